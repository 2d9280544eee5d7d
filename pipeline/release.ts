// release: the dataset and its tables → every file of a release (issue 4): the data files of write, one Parquet
// file per table, datapackage.json, CITATION.cff, README.md, CHANGELOG.md, changes.json and manifest.json, all
// of it in border-events-<version>.zip, and SHA256SUMS over every file, the zip included. The version comes from
// comparing with the previous release's manifest; the date from SOURCE_DATE_EPOCH. The files are written one at
// a time into a staging folder, each from its chunks, and later files (datapackage.json, manifest.json, the zip,
// SHA256SUMS) are made from what was recorded of the earlier ones, or read back from the folder.
import { FileSystem } from "@effect/platform"
import { fileURLToPath } from "node:url"
import { Config, Effect, Option } from "effect"
import pkg from "../package.json" with { type: "json" }
import type { Manifest, ManifestEvent } from "../schemas/manifest.ts"
import { renderChangelog, renderChangesJson } from "./changelog.ts"
import { stampCitation } from "./citation.ts"
import { renderDataPackage } from "./datapackage.ts"
import { EXTRACTOR_VERSION } from "./extract.ts"
import type { WriteFailed } from "./errors.ts"
import { parquetChunks } from "./parquet.ts"
import { Progress } from "./progress.ts"
import type { Dataset, Table } from "./project.ts"
import { renderReadme } from "./readme.ts"
import { type Changes, compare, eventHash, readPrevious, schemaOf } from "./version.ts"
import {
  checksumsFile,
  dataFiles,
  eventLines,
  type ManifestHead,
  manifestFile,
  type Rendering,
  stage,
  type Staging,
  textFile,
  type Written,
  writeFile
} from "./write.ts"
import { zipName, zipStream } from "./zip.ts"

export interface ReleaseOptions {
  /** The previous release's manifest; null for the first release. */
  readonly previous: Manifest | null
  /** When the release is made. */
  readonly created: Date
  /** The text of the repository's CITATION.cff. */
  readonly citation: string
}

export interface Release {
  readonly version: string
  readonly changes: Changes
  /** Every file as written, the zip and SHA256SUMS last. */
  readonly files: ReadonlyArray<Written>
}

/** RFC 3339 in UTC, to the second. */
export const timestamp = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`

/**
 * Writes every file of the release into `staging`, one at a time. The same dataset and options give the same
 * bytes.
 */
export const release = (
  dataset: Dataset,
  tables: ReadonlyArray<Table>,
  options: ReleaseOptions,
  staging: Staging
): Effect.Effect<Release, WriteFailed> =>
  Effect.gen(function*() {
    // What the manifest hashes per event are events.json's lines: hashed as that file is written. The data files
    // do not depend on the version, which depends on these hashes.
    const events: Array<ManifestEvent> = []
    const hashed = function*() {
      events.length = 0
      for (const line of eventLines(dataset, tables)) {
        events.push(eventHash(line))
        yield line
      }
    }
    const renderings = dataFiles(dataset, tables, hashed)
    // Progress on a terminal, when the caller has one: at 10,000 sources the release takes tens of seconds.
    const progress = yield* Effect.serviceOption(Progress)
    let done = 0
    const shown = <A>(self: Effect.Effect<A, WriteFailed>) =>
      Option.match(progress, {
        onNone: () => self,
        // The data files, a Parquet file per table, five files about the release, the manifest, the zip, SHA256SUMS.
        onSome: (p) => Effect.tap(self, () => p.update("release: files written", ++done, renderings.length + tables.length + 8))
      })
    const write = (f: Rendering) => shown(writeFile(staging, f))
    const data = yield* Effect.forEach(renderings, write)
    const schema = schemaOf(tables)
    const sources = dataset.sources.map((s) => ({ source_id: s.sourceId, sha256: s.sha256, bytes: s.bytes }))
    const changes = compare(options.previous, { schema, sources, events })
    const version = changes.version
    const created = timestamp(options.created)
    const date = created.slice(0, 10)
    const parquet = yield* Effect.forEach(tables, (t) =>
      write({ path: `${t.name}.parquet`, rows: t.rows.length, chunks: () => parquetChunks(t, `border-events ${pkg.version}`) }))
    const about = yield* Effect.forEach([
      textFile("datapackage.json", renderDataPackage({ version, created, tables, files: [...data, ...parquet] })),
      textFile("CITATION.cff", stampCitation(options.citation, version, date)),
      textFile("README.md", renderReadme({ version, date, tables, sources: dataset.sources.length })),
      textFile("CHANGELOG.md", renderChangelog(changes, date)),
      textFile("changes.json", renderChangesJson(changes, date))
    ], write)
    const head: ManifestHead = {
      name: "border-events",
      version,
      created,
      pipeline_version: pkg.version,
      extractor_version: EXTRACTOR_VERSION,
      schema,
      sources,
      events
    }
    const listed = [...data, ...parquet, ...about]
    const described = [...listed, yield* write(manifestFile(listed, head))]
    // The zip holds every file but SHA256SUMS, which covers the zip too (the manifest inside covers the rest).
    const zipped = described.map((f) => ({ path: f.path, content: staging.read(f.path) }))
    const zip = yield* shown(stage(staging, zipName(version), null, zipStream(zipped, `border-events-${version}`, options.created)))
    const sums = yield* write(checksumsFile([...described, zip]))
    if (Option.isSome(progress)) yield* progress.value.done
    return { version, changes, files: [...described, zip, sums] }
  })

/** The release date when SOURCE_DATE_EPOCH is not set: the last day a source was retrieved, so still a function of the inputs. */
const fallbackDate = (dataset: Dataset): Date => {
  const last = dataset.sources.map((s) => s.meta.retrieved).reduce((a, b) => (b > a ? b : a), "1980-01-01")
  return new Date(`${last}T00:00:00Z`)
}

const rootCitation = fileURLToPath(new URL("../CITATION.cff", import.meta.url))

/** The options of a release from the world: the previous manifest (if a path is given), SOURCE_DATE_EPOCH, CITATION.cff. */
export const releaseOptions = (dataset: Dataset, previousPath: string | null) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const previous = previousPath === null ? null : yield* readPrevious(previousPath)
    const epoch = yield* Config.option(Config.integer("SOURCE_DATE_EPOCH"))
    const created = Option.match(epoch, { onNone: () => fallbackDate(dataset), onSome: (s) => new Date(s * 1000) })
    const citation = yield* fs.readFileString(rootCitation).pipe(Effect.orDie)
    return { previous, created, citation } satisfies ReleaseOptions
  })
