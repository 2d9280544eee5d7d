import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "../pipeline/build.ts"
import { cacheRootFor, codeVersion, decodeEntry, encodeEntry, entryKey, importsOf, openCache } from "../pipeline/cache.ts"
import type { Extraction } from "../pipeline/extract-source.ts"
import { extractSource } from "../pipeline/extract-source.ts"
import { silent } from "../pipeline/progress.ts"
import { DEV, snapshot, tempDir } from "./helpers.ts"

const provide = <A, E, R>(e: Effect.Effect<A, E, R>) => e.pipe(Effect.provide(NodeContext.layer), Effect.provide(silent))

/** A dev document through the per-source stages. */
const devExtraction = (sourceId: string): Extraction => {
  const path = join(DEV, "raw", `${sourceId}.md`)
  const result = extractSource(path, readFileSync(path))
  if (result._tag === "Left") throw new Error(`${sourceId} does not parse`)
  return result.right
}

/** Every cache entry file under a root. */
const entries = (root: string): Array<string> =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith(".json"))
      .map((d) => join(d.parentPath, d.name))
    : []

/** A copy of the dev corpus's raw folder, in its own temporary folder. */
const devCopy = (): string => {
  const raw = join(tempDir(), "raw")
  cpSync(join(DEV, "raw"), raw, { recursive: true })
  return raw
}

const SOURCE = "wire-lithuania-pushbacks-2021"

describe("cache entries", () => {
  const extraction = devExtraction(SOURCE)
  const expected = { version: "v1", sourceId: extraction.source.sourceId, sha256: extraction.source.sha256 }
  const text = encodeEntry("v1", extraction)

  it("decode gives back exactly what was encoded", () => {
    expect(extraction.events.length).toBeGreaterThan(0)
    expect(decodeEntry(text, expected)).toEqual(extraction)
  })

  it("refuses an entry of another code version, source or raw text", () => {
    expect(decodeEntry(text, { ...expected, version: "v2" })).toBeNull()
    expect(decodeEntry(text, { ...expected, sourceId: "another-source" })).toBeNull()
    expect(decodeEntry(text, { ...expected, sha256: "0".repeat(64) })).toBeNull()
  })

  it("refuses a truncated, edited or unreadable entry instead of trusting it", () => {
    expect(decodeEntry(text.slice(0, text.length - 10), expected)).toBeNull()
    expect(decodeEntry(text.slice(0, text.indexOf("\n") + 1), expected)).toBeNull()
    expect(decodeEntry(text.replace("Lithuanian", "Latvian"), expected)).toBeNull()
    expect(decodeEntry("", expected)).toBeNull()
    expect(decodeEntry("not json\n{}\n", expected)).toBeNull()
    expect(decodeEntry(`${text.split("\n")[0]}\n[]\n`, expected)).toBeNull()
  })

  it("refuses a well-formed entry whose events belong to another source", () => {
    const foreign = { ...extraction, events: extraction.events.map((e) => ({ ...e, source_id: "another-source" })) }
    expect(decodeEntry(encodeEntry("v1", foreign), expected)).toBeNull()
  })

  it("keys an entry by version, source id and raw hash: the same bytes under another name are another entry", () => {
    const key = entryKey("v1", SOURCE, extraction.source.sha256)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(entryKey("v1", "renamed", extraction.source.sha256)).not.toBe(key)
    expect(entryKey("v2", SOURCE, extraction.source.sha256)).not.toBe(key)
  })
})

describe("code version", () => {
  it("follows relative imports of every form, and no package imports", () => {
    const text = [
      `import { a } from "./a.ts"`,
      `import type { B } from "../schemas/b.ts"`,
      `export { c } from './c.ts'`,
      `import "./side-effect.ts"`,
      `const d = await import("./d.ts")`,
      `import { Effect } from "effect"`,
      `import x from "node:fs"`
    ].join("\n")
    expect(importsOf(text)).toEqual(["./a.ts", "../schemas/b.ts", "./c.ts", "./side-effect.ts", "./d.ts"])
  })

  it.effect("is a short hash, the same on every call", () =>
    provide(Effect.gen(function*() {
      const a = yield* codeVersion
      expect(a).toMatch(/^[0-9a-f]{16}$/)
      expect(yield* codeVersion).toBe(a)
    })))

  it.effect("lives beside the output, not in it (the output folder is swapped whole)", () =>
    provide(Effect.gen(function*() {
      expect(yield* cacheRootFor("/data/site/dist")).toBe("/data/site/.cache/border-events")
    })))
})

describe("the store", () => {
  it.effect("reads back what it wrote, misses what it does not hold, and prunes other versions", () =>
    provide(Effect.gen(function*() {
      const root = tempDir()
      const extraction = devExtraction(SOURCE)
      mkdirSync(join(root, "extract", "0000000000000000"), { recursive: true })
      writeFileSync(join(root, "extract", "0000000000000000", "stale.json"), "old")
      const cache = yield* openCache(root)
      expect(yield* cache.read(SOURCE, extraction.source.sha256)).toBeNull()
      yield* cache.write(extraction)
      expect(yield* cache.read(SOURCE, extraction.source.sha256)).toEqual(extraction)
      expect(yield* cache.read(SOURCE, "f".repeat(64))).toBeNull()
      yield* cache.prune
      expect(readdirSync(join(root, "extract"))).toEqual([cache.version])
      expect(entries(root).every((f) => !f.endsWith(".tmp"))).toBe(true)
    })))
})

describe("incremental builds", () => {
  const run = (raw: string, out: string, cache = true) => provide(build({ rawDir: raw, outDir: out, cache }))

  it.effect("re-extracts only the changed source, and the output is byte-identical to a clean build", () =>
    Effect.gen(function*() {
      const raw = devCopy()
      const work = tempDir()
      const first = yield* run(raw, join(work, "dist"))
      expect(first.dataset.stats).toMatchObject({ files: 20, cached: 0, extracted: 20 })
      expect(entries(join(work, ".cache"))).toHaveLength(20)

      // Nothing changed: every source from the cache, the same bytes out.
      const again = yield* run(raw, join(work, "again"))
      expect(again.dataset.stats).toMatchObject({ cached: 20, extracted: 0 })
      expect(snapshot(join(work, "again"))).toEqual(snapshot(join(work, "dist")))

      // One source changed. Released sources may not change in place (append-only guard), so the rebuild goes to
      // a new output folder beside the first, sharing its cache.
      appendFileSync(join(raw, `${SOURCE}.md`), "\nOn Thursday, Lithuanian border guards turned back 54 migrants near Medininkai, the service said.\n")
      const rebuilt = yield* run(raw, join(work, "rebuilt"))
      expect(rebuilt.dataset.stats).toMatchObject({ cached: 19, extracted: 1 })
      const clean = join(tempDir(), "clean")
      const fresh = yield* run(raw, clean, false)
      expect(fresh.dataset.stats).toMatchObject({ cached: 0, extracted: 20 })
      expect(snapshot(join(work, "rebuilt"))).toEqual(snapshot(clean))
      expect(rebuilt.dataset.events.length).toBeGreaterThanOrEqual(first.dataset.events.length)
    }))

  it.effect("ignores corrupt entries, re-extracts their sources and rewrites them", () =>
    Effect.gen(function*() {
      const raw = devCopy()
      const work = tempDir()
      yield* run(raw, join(work, "dist"))
      const files = entries(join(work, ".cache"))
      for (const [i, f] of files.entries()) {
        const text = readFileSync(f, "utf8")
        // Truncated, emptied, a changed value that leaves valid JSON (only the digest tells), garbage.
        const edited = text.replace(/"bodyLine":(\d+)/, (_, n: string) => `"bodyLine":${Number(n) + 1}`)
        expect(edited).not.toBe(text)
        writeFileSync(f, [text.slice(0, text.length / 2), "", edited, "\u0000\u0001"][i % 4]!)
      }
      const rebuilt = yield* run(raw, join(work, "rebuilt"))
      expect(rebuilt.dataset.stats).toMatchObject({ cached: 0, extracted: 20 })
      expect(snapshot(join(work, "rebuilt"))).toEqual(snapshot(join(work, "dist")))
      const healed = yield* run(raw, join(work, "healed"))
      expect(healed.dataset.stats).toMatchObject({ cached: 20, extracted: 0 })
    }))

  it.effect("keeps no cache when asked not to", () =>
    Effect.gen(function*() {
      const work = tempDir()
      yield* run(devCopy(), join(work, "dist"), false)
      expect(existsSync(join(work, ".cache"))).toBe(false)
    }))
})
