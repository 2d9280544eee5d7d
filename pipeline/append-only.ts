// append-only: a released raw text is never edited. Takes: the sources of this build and the manifest of the
// previous release (`--previous FILE`, else the manifest.json of the last build in the output folder).
// Produces: nothing, or the error that names every released source whose bytes changed and says how to correct a text.
import { FileSystem, Path } from "@effect/platform"
import { Effect, Either, Schema } from "effect"
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
    if (Either.isLeft(decoded)) {
      return yield* new InvalidPreviousManifest(
        at(path, null, `is not the manifest.json of a build: ${decoded.left.message.split("\n")[0] ?? ""}`)
      )
    }
    return { path, sources: decoded.right.sources } satisfies Released
  })

/** The previous release's sources: from `--previous FILE`, else from the last build's manifest in `outDir`, if any. */
export const previousRelease = (options: { readonly outDir: string; readonly previous?: string | null }) =>
  Effect.gen(function*() {
    const path = yield* Path.Path
    return options.previous
      ? yield* readReleased(options.previous, true)
      : yield* readReleased(path.join(options.outDir, "manifest.json"), false)
  })

/** Fails when a source the release recorded has changed. */
export const checkReleased = (sources: ReadonlyArray<Source>, released: Released): Either.Either<void, ReleasedSourceChanged> => {
  const changes = changedSources(sources, released)
  return changes.length === 0 ? Either.right(undefined) : Either.left(new ReleasedSourceChanged({ manifest: released.path, changes }))
}
