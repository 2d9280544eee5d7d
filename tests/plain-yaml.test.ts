import { assert, describe, it } from "@effect/vitest"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parseDocument } from "yaml"
import { plainMapping } from "../pipeline/plain-yaml.ts"
import { DEV } from "./helpers.ts"

/** What the ingest reads with the package: the value, or null when it reports an error. */
const byPackage = (text: string): unknown => {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  return doc.errors.length > 0 ? null : doc.toJS()
}

describe("plainMapping", () => {
  it("reads keys to plain and quoted one-line strings, as the yaml package does", () => {
    const text = [
      "title: Over the fence and back - a first look at N.D. and N.T. v. Spain, part 2",
      "url: https://example.org/a?b=c&d=e",
      "publisher: \"Rights Watch: Europe #1\"",
      "license: 'CC BY 4.0 – see \"terms\"'",
      "published: 2020-02-20",
      "language: en",
      "retrieved: 2026-11-25",
      "note: Café  Zürich’s two  spaces",
      ""
    ].join("\n")
    const read = plainMapping(text)
    assert.deepStrictEqual(read, byPackage(text) as Record<string, string>)
    assert.deepStrictEqual(Object.keys(read ?? {}), ["title", "url", "publisher", "license", "published", "language", "retrieved", "note"])
    assert.strictEqual(read?.publisher, "Rights Watch: Europe #1")
  })

  it("leaves every other shape to the package", () => {
    for (
      const text of [
        "",
        "title: T",
        "title: T\ntitle: U\n",
        "title: T # a comment\n",
        "# comment\ntitle: T\n",
        "title: a: b\n",
        "title: ends with a colon:\n",
        "title: trailing space \n",
        "title:  two spaces before\n",
        "title:\n",
        "title:T\n",
        "published: 2020\n",
        "published: 1e5\n",
        "flag: true\n",
        "none: null\n",
        "none: ~\n",
        "list: [a, b]\n",
        "title: \"with \\\"escape\\\"\"\n",
        "title: 'it''s'\n",
        "title: \"quoted\" and more\n",
        "title: - dash\n",
        "title: *alias\n",
        "title: !tag x\n",
        "title: >\n  folded\n",
        "Title: capital key\n",
        "true: key\n",
        "title: tab\there\n",
        "title: emoji 🙂\n",
        "  title: indented\n",
        "title: T\n\nretrieved: 2020-01-01\n"
      ]
    ) {
      assert.isNull(plainMapping(text), JSON.stringify(text))
    }
  })

  it("agrees with the package on the front matter of every dev document", () => {
    const raw = join(DEV, "raw")
    let read = 0
    for (const file of readdirSync(raw).filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(raw, file), "utf8").replace(/\r\n?/g, "\n")
      const yaml = text.slice(4, text.indexOf("\n---\n", 3) + 1)
      const quick = plainMapping(yaml)
      if (quick === null) continue
      read++
      assert.deepStrictEqual(quick, byPackage(yaml) as Record<string, string>, file)
    }
    assert.isAbove(read, 0)
  })
})
