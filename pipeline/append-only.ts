// append-only: a released raw text is never edited. Takes: the sources of this build and the manifest of the
// previous release (`--previous FILE`, else the manifest.json of the last build in the output folder).
// Produces: nothing, or the error that names every released source whose bytes changed and says how to correct a text.
import { FileSystem, Path } from "@effect/platform"
import { Effect, Schema } from "effect"
import { ManifestSource } from "../schemas/manifest.ts"
import { at, ReleasedSourceChanged } from "./errors.ts"
import type { Source } from "./ingest.ts"
import { InvalidPreviousManifest } from "./version.ts"

/** The part of a manifest the guard reads; the rest may differ between pipeline versions. */
const ReleasedSources = Schema.parseJson(Schema.Struct({ sources: Schema.Array(ManifestSource) }))
const decodeReleased = Schema.decodeUnknownEither(ReleasedSources)

export interface Released {
  /** The manifest file. */
  readonly path: string
  readonly sources: ReadonlyArray<typeof ManifestSource.Type>
}

/** Sources that the release recorded and whose bytes are now different. Pure. */
export const changedSources = (sources: ReadonlyArray<Source>, released: Released) => {
  const now = new Map(sources.map((s) => [s.sourceId, s]))
  return released.sources.flatMap((r) => {
    const source = now.get(r.source_id)
    return source && source.sha256 !== r.sha256
      ? [{ source_id: r.source_id, path: source.path, released: r.sha256, now: source.sha256 }]
      : []
  })
}

/** The released sources of the manifest at `path`; none when `required` is false and there is no such file. */
export const readReleased = (path: string, required: boolean) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const exists = yield* fs.exists(path).pipe(Effect.orElseSucceed(() => false))
    if (!exists && !required) return null
    const text = yield* fs.readFileString(path).pipe(
      Effect.mapError((e) => new InvalidPreviousManifest(at(path, null, `cannot read the previous manifest: ${e.message}`)))
    )
    const decoded = decodeReleased(text)
    if (decoded._tag === "Left") {
      return yield* new InvalidPreviousManifest(
        at(path, null, `is not the manifest.json of a build: ${decoded.left.message.split("\n")[0] ?? ""}`)
      )
    }
    return { path, sources: decoded.right.sources } satisfies Released
  })

/** Fails when a source recorded by the previous release, or else by the last build in `outDir`, has changed. */
export const checkAppendOnly = (sources: ReadonlyArray<Source>, options: { readonly outDir: string; readonly previous?: string | null }) =>
  Effect.gen(function*() {
    const path = yield* Path.Path
    const released = options.previous
      ? yield* readReleased(options.previous, true)
      : yield* readReleased(path.join(options.outDir, "manifest.json"), false)
    if (released === null) return
    const changes = changedSources(sources, released)
    if (changes.length > 0) return yield* new ReleasedSourceChanged({ manifest: released.path, changes })
  })
