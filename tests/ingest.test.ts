import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { InvalidSources } from "../pipeline/errors.ts"
import { ingest, parseSource } from "../pipeline/ingest.ts"
import { slice } from "../pipeline/offsets.ts"
import { DEV, frontMatter, rawFolder } from "./helpers.ts"

const problemsOf = (files: Record<string, string | Uint8Array>) =>
  ingest(rawFolder(files)).pipe(Effect.flip, Effect.map((e) => (e as InvalidSources).problems))

const good = `${frontMatter("published: 2021-07-09\n")}Body text.\n`

describe("ingest", () => {
  it.effect("reads a folder in source_id order with decoded front matter and hashes", () =>
    Effect.gen(function*() {
      const dir = rawFolder({ "b-source.md": good, "a-source.md": good, "a.md": good, ".gitkeep": "" })
      const sources = yield* ingest(dir)
      expect(sources.map((s) => s.sourceId)).toEqual(["a", "a-source", "b-source"])
      const s = sources[0]!
      expect(s.meta).toEqual({ title: "A test source", retrieved: "2026-11-24", published: "2021-07-09", language: "en" })
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(s.bytes).toBe(Buffer.byteLength(good))
      expect(s.body.text).toBe("Body text.\n")
    }).pipe(Effect.provide(NodeContext.layer)))

  it("normalises the body to LF and NFC, and hashes the raw bytes", () => {
    const text = "---\r\ntitle: T\r\nretrieved: 2026-11-24\r\n---\r\nBajaru\u0304nas said.\r\nNext line.\r\n"
    const bytes = new TextEncoder().encode(text)
    const parsed = parseSource("crlf.md", bytes)
    expect(Either.isRight(parsed)).toBe(true)
    const s = Either.getOrThrow(parsed)
    expect(s.body.text).toBe("Bajarūnas said.\nNext line.\n")
    expect(s.body.text.includes("\r")).toBe(false)
    expect(s.bodyLine).toBe(5)
  })

  it("ingests the whole dev corpus", () => {
    const path = join(DEV, "raw", "insider-pushbacks-eastern-border.md")
    const s = Either.getOrThrow(parseSource(path, readFileSync(path)))
    expect(s.meta.publisher).toBe("The Insider")
    expect(s.meta.published).toBeUndefined()
    expect(slice(s.body, 0, 15)).toBe("Two years later")
  })

  it.effect("reports every problem of every file in one run, each with file and line", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf({
        "no-front-matter.md": "Just a body.\n",
        "unterminated.md": "---\ntitle: T\nretrieved: 2026-11-24\nBody without a closing line.\n",
        "bad-yaml.md": "---\ntitle: T\nretrieved: [2026-11-24\n---\nBody.\n",
        "no-title.md": "---\nretrieved: 2026-11-24\n---\nBody.\n",
        "no-retrieved.md": "---\ntitle: T\n---\nBody.\n",
        "bad-date.md": "---\ntitle: T\nretrieved: 2026-11-24\npublished: 2021-13-45\n---\nBody.\n",
        "Bad_Name.md": good,
        "latin1.md": new Uint8Array([...new TextEncoder().encode(`${frontMatter()}Caf`), 0xe9, 0x0a]),
        "empty-body.md": `${frontMatter()}\n  \n`,
        "notes.txt": "not markdown",
        "fine.md": good
      })
      const byTag = (tag: string) => problems.filter((p) => p._tag === tag)
      expect(byTag("MissingFrontMatter")[0]).toMatchObject({ line: 1 })
      expect(byTag("MissingFrontMatter")[0]!.path).toMatch(/no-front-matter\.md$/)
      expect(byTag("UnterminatedFrontMatter")[0]!.path).toMatch(/unterminated\.md$/)
      expect(byTag("InvalidYaml")[0]).toMatchObject({ line: 3 })
      const fields = byTag("InvalidFrontMatter").map((p) => [p.path.split("/").pop(), (p as { field: string }).field, p.line])
      expect(fields).toContainEqual(["no-title.md", "title", 3])
      expect(fields).toContainEqual(["no-retrieved.md", "retrieved", 3])
      expect(fields).toContainEqual(["bad-date.md", "published", 4])
      expect(byTag("InvalidSourceId")[0]!.path).toMatch(/Bad_Name\.md$/)
      expect(byTag("InvalidUtf8")[0]).toMatchObject({ line: 5 })
      expect(byTag("EmptyBody")[0]!.path).toMatch(/empty-body\.md$/)
      expect(byTag("NotMarkdown")[0]!.path).toMatch(/notes\.txt$/)
      expect(problems.some((p) => p.path.endsWith("fine.md"))).toBe(false)
      for (const p of problems) expect(p.message.startsWith(p.path)).toBe(true)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.effect("refuses unknown front matter keys and names them", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf({ "typo.md": `${frontMatter("publised: 2021-07-09\n")}Body.\n` })
      expect(problems[0]).toMatchObject({ _tag: "InvalidFrontMatter", field: "publised", line: 4 })
    }).pipe(Effect.provide(NodeContext.layer)))

  it.effect("fails with RawDirNotFound for a missing folder", () =>
    Effect.gen(function*() {
      const error = yield* ingest("/nonexistent/raw").pipe(Effect.flip)
      expect(error._tag).toBe("RawDirNotFound")
    }).pipe(Effect.provide(NodeContext.layer)))
})
