import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { appendFileSync, copyFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { changedSources, checkReleased, readReleased } from "../pipeline/append-only.ts"
import { snapshot, sourceOf, tempDir } from "./helpers.ts"
import { rawCopy, realBuild, SOURCE } from "./review-data.ts"

const a = sourceOf("First text.\n", "a-text")
const b = sourceOf("Second text.\n", "b-text")
const released = (sources: ReadonlyArray<{ sourceId: string; sha256: string; bytes: number }>) => ({
  path: "dist/manifest.json",
  sources: sources.map((s) => ({ source_id: s.sourceId, sha256: s.sha256, bytes: s.bytes }))
})

describe("append-only raw layer", () => {
  it("a source whose bytes changed since the release is named; new and unchanged ones are fine", () => {
    const edited = sourceOf("First text, edited.\n", "a-text")
    assert.deepStrictEqual(changedSources([a, b], released([a, b])), [])
    assert.deepStrictEqual(changedSources([a, b, sourceOf("New.\n", "c-text")], released([a, b])), [])
    assert.deepStrictEqual(changedSources([edited, b], released([a, b])), [
      { source_id: "a-text", path: "a-text.md", released: a.sha256, now: edited.sha256 }
    ])
    const error = Either.getLeft(checkReleased([edited, b], released([a, b]))).pipe((o) => (o._tag === "Some" ? o.value : null))!
    assert.strictEqual(error._tag, "ReleasedSourceChanged")
    assert.strictEqual(error.manifest, "dist/manifest.json")
    // The message says how to correct a text: retire the old source, add the corrected text as a new one.
    assert.include(error.message, "npm run review -- retire a-text")
    assert.include(error.message, "new source")
  })

  it.effect("reads only the sources of a manifest; a missing optional manifest is none, a missing --previous an error", () =>
    Effect.gen(function*() {
      const dir = tempDir()
      const path = join(dir, "manifest.json")
      writeFileSync(path, JSON.stringify({ name: "border-events", some_future_field: 1, sources: released([a]).sources }))
      assert.deepStrictEqual((yield* readReleased(path, true))?.sources.map((s) => s.source_id), ["a-text"])
      assert.isNull(yield* readReleased(join(dir, "none.json"), false))
      const missing = yield* readReleased(join(dir, "none.json"), true).pipe(Effect.flip)
      assert.strictEqual(missing._tag, "InvalidPreviousManifest")
      writeFileSync(path, "{\"sources\": 3}")
      assert.strictEqual((yield* readReleased(path, false).pipe(Effect.flip))._tag, "InvalidPreviousManifest")
    }).pipe(Effect.provide(NodeContext.layer)))

  it.effect("an edited released source stops the build and leaves dist/ untouched; appending a source does not", () =>
    Effect.gen(function*() {
      const raw = rawCopy()
      const out = join(tempDir(), "dist")
      yield* realBuild(raw, out)
      writeFileSync(join(raw, "added-later.md"), "---\ntitle: Added later\nretrieved: 2026-12-01\n---\nA new text.\n")
      yield* realBuild(raw, out)
      const before = snapshot(out)
      appendFileSync(join(raw, `${SOURCE}.md`), "\nA sentence added after the release.\n")
      const error = yield* realBuild(raw, out).pipe(Effect.flip)
      assert.deepInclude(error, { _tag: "ReleasedSourceChanged", manifest: join(out, "manifest.json") })
      assert.deepStrictEqual((error as { changes: ReadonlyArray<{ source_id: string }> }).changes.map((c) => c.source_id), [SOURCE])
      assert.deepStrictEqual(snapshot(out), before)
    }))

  it.effect("--previous FILE is the manifest checked against, whatever the output folder holds", () =>
    Effect.gen(function*() {
      const raw = rawCopy()
      const first = join(tempDir(), "dist")
      yield* realBuild(raw, first)
      const previous = join(tempDir(), "manifest.json")
      copyFileSync(join(first, "manifest.json"), previous)
      appendFileSync(join(raw, `${SOURCE}.md`), "\nEdited.\n")
      const fresh = join(tempDir(), "dist")
      const error = yield* realBuild(raw, fresh, previous).pipe(Effect.flip)
      assert.deepInclude(error, { _tag: "ReleasedSourceChanged", manifest: previous })
    }))
})
