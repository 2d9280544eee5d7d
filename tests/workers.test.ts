import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { appendFileSync, cpSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "../pipeline/build.ts"
import { parseSource } from "../pipeline/ingest.ts"
import { silent } from "../pipeline/progress.ts"
import { extractSources, runJob, sourceOf } from "../pipeline/workers.ts"
import { DEV, snapshot, tempDir } from "./helpers.ts"

const provide = <A, E, R>(e: Effect.Effect<A, E, R>) => e.pipe(Effect.provide(NodeContext.layer), Effect.provide(silent))

const devRaw = join(DEV, "raw")

/** Each thread loads the pipeline through tsx when it starts: seconds on a busy machine. */
const THREADS_TIMEOUT = 180_000

/** Plain JSON of the sources (bodies included, read back from the files) and events of an extraction. */
const plain = (x: { readonly sources: ReadonlyArray<unknown>; readonly events: ReadonlyArray<unknown> }) =>
  JSON.stringify({ sources: x.sources, events: x.events })

describe("extraction in worker threads", () => {
  it.effect("gives the same sources and events in the main thread, with one worker and with two", () =>
    provide(Effect.gen(function*() {
      // Threads even for a corpus this small, and only threads: else the main thread may take every file first.
      const threads = { inlineBelow: 0, mainThreadToo: false }
      const inline = yield* extractSources(devRaw, { workers: 0, inlineBelow: 0 })
      const one = yield* extractSources(devRaw, { workers: 1, ...threads })
      const two = yield* extractSources(devRaw, { workers: 2, ...threads })
      expect([inline.stats.threads, one.stats.threads, two.stats.threads]).toEqual([0, 1, 2])
      expect([inline.stats.inThreads, one.stats.inThreads, two.stats.inThreads]).toEqual([0, 20, 20])
      expect(inline.sources).toHaveLength(20)
      expect(inline.events.length).toBeGreaterThan(0)
      expect(plain(one)).toBe(plain(inline))
      expect(plain(two)).toBe(plain(inline))
    })), THREADS_TIMEOUT)

  it.effect("builds byte-identical output with one worker and with two", () =>
    provide(Effect.gen(function*() {
      const a = join(tempDir(), "dist")
      const b = join(tempDir(), "dist")
      // A corpus above the inline threshold, so that the threads really run.
      const raw = join(tempDir(), "raw")
      cpSync(devRaw, raw, { recursive: true })
      for (const name of ["wire-lithuania-pushbacks-2021", "feature-poland-belarus-border-2021", "digest-borders-detention-october-2022"]) {
        const text = readFileSync(join(devRaw, `${name}.md`), "utf8")
        for (const k of [1, 2, 3]) writeFileSync(join(raw, `${name}-copy-${k}.md`), text)
      }
      const one = yield* build({ rawDir: raw, outDir: a, workers: 1, cache: false })
      const two = yield* build({ rawDir: raw, outDir: b, workers: 2, cache: false })
      expect(one.dataset.stats.extractedBytes).toBeGreaterThan(65_536)
      expect([one.dataset.stats.threads, two.dataset.stats.threads]).toEqual([1, 2])
      expect(snapshot(b)).toEqual(snapshot(a))
    })), THREADS_TIMEOUT)

  it.effect("reports every problem of every file, in file order, the same from threads as from the main thread", () =>
    provide(Effect.gen(function*() {
      const raw = join(tempDir(), "raw")
      cpSync(devRaw, raw, { recursive: true })
      writeFileSync(join(raw, "a-no-front-matter.md"), "Just a body.\n")
      writeFileSync(join(raw, "z-missing-retrieved.md"), "---\ntitle: T\n---\nBody.\n")
      writeFileSync(join(raw, "notes.txt"), "not markdown\n")
      const problems = (workers: number) =>
        extractSources(raw, { workers, inlineBelow: 0, mainThreadToo: false }).pipe(Effect.flip, Effect.map((e) => e._tag === "InvalidSources" ? e.problems : []))
      const inline = yield* problems(0)
      expect(inline.map((p) => [p._tag, p.path.split("/").pop(), p.line])).toEqual([
        ["MissingFrontMatter", "a-no-front-matter.md", 1],
        ["NotMarkdown", "notes.txt", null],
        ["InvalidFrontMatter", "z-missing-retrieved.md", 3]
      ])
      const threaded = yield* problems(2)
      expect(threaded.map((p) => p._tag)).toEqual(inline.map((p) => p._tag))
      expect(threaded.map((p) => p.message)).toEqual(inline.map((p) => p.message))
    })), THREADS_TIMEOUT)
})

describe("runJob", () => {
  it("gives a file's extraction, or its problems encoded for the trip between threads", () => {
    const path = join(devRaw, "wire-lithuania-pushbacks-2021.md")
    const [ok, bad] = runJob([
      { path, bytes: readFileSync(path) },
      { path: "bad.md", bytes: new TextEncoder().encode("no front matter\n") }
    ])
    expect(ok?._tag).toBe("Extracted")
    expect(bad).toEqual({
      _tag: "Invalid",
      problems: [{ _tag: "MissingFrontMatter", path: "bad.md", line: 1, message: "bad.md:1: does not start with a front matter block (a line '---')" }]
    })
  })
})

describe("sources without their text", () => {
  const copy = () => {
    const raw = join(tempDir(), "raw")
    cpSync(devRaw, raw, { recursive: true })
    return join(raw, "wire-lithuania-pushbacks-2021.md")
  }
  const parsed = (path: string) => {
    const p = parseSource(path, readFileSync(path))
    if (Either.isLeft(p)) throw new Error("does not parse")
    return p.right
  }

  it("reads the body from the file on first use, as ingest would", () => {
    const path = copy()
    const { body, path: _path, ...info } = parsed(path)
    const source = sourceOf(info, path)
    expect(source.body.text).toBe(body.text)
    expect(source.body.length).toBe(body.length)
    expect(source.path).toBe(path)
    expect(source.sha256).toBe(info.sha256)
  })

  it("refuses a file that changed since its events were extracted", () => {
    const path = copy()
    const { body: _body, path: _path, ...info } = parsed(path)
    const source = sourceOf(info, path)
    appendFileSync(path, "\nA new paragraph.\n")
    expect(() => source.body).toThrow(/changed while the build was running/)
  })
})
