// The manifest of a release: what went in (every raw file's sha256), what came out (every file's sha256, bytes
// and rows), the shape of every table and a hash of every event row, so that the next release can compute its
// version and changelog from this file alone (issue 4: versions by the data-package-version pattern).
import { Schema } from "effect"
import { Sha256 } from "./columns.ts"
import { EventId, EventType } from "./event.ts"
import { SourceId } from "./source.ts"

/** Semantic version MAJOR.MINOR.PATCH. */
export const Version = Schema.String.pipe(Schema.pattern(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/)).annotations({
  identifier: "Version"
})

export const ManifestSource = Schema.Struct({
  source_id: SourceId,
  sha256: Sha256,
  bytes: Schema.Int
})
export type ManifestSource = typeof ManifestSource.Type

export const ManifestFile = Schema.Struct({
  path: Schema.String,
  sha256: Sha256,
  bytes: Schema.Int,
  /** Data rows for tables; null for other files. */
  rows: Schema.NullOr(Schema.Int)
})
export type ManifestFile = typeof ManifestFile.Type

/** A column as the version comparison sees it: a change of `type` or `nullable` is a retyping. */
export const ManifestColumn = Schema.Struct({
  name: Schema.String,
  /** The column kind; a list is `list<item kind>`. */
  type: Schema.String,
  nullable: Schema.Boolean,
  enum: Schema.NullOr(Schema.Array(Schema.String))
})
export type ManifestColumn = typeof ManifestColumn.Type

export const ManifestTable = Schema.Struct({
  name: Schema.String,
  columns: Schema.Array(ManifestColumn)
})
export type ManifestTable = typeof ManifestTable.Type

export const ManifestSchema = Schema.Struct({
  /** sha256 of the tables below as JSON: equal fingerprints mean equal public schemas. */
  fingerprint: Sha256,
  tables: Schema.Array(ManifestTable)
})
export type ManifestSchema = typeof ManifestSchema.Type

/** An event of the release and the sha256 of its row (its line in events.json). */
export const ManifestEvent = Schema.Struct({
  event_id: EventId,
  event_type: EventType,
  sha256: Sha256
})
export type ManifestEvent = typeof ManifestEvent.Type

export const Manifest = Schema.Struct({
  name: Schema.Literal("border-events"),
  version: Version,
  /** When the release was made (from SOURCE_DATE_EPOCH), RFC 3339 in UTC. */
  created: Schema.String,
  pipeline_version: Schema.String,
  extractor_version: Schema.String,
  schema: ManifestSchema,
  sources: Schema.Array(ManifestSource),
  events: Schema.Array(ManifestEvent),
  files: Schema.Array(ManifestFile)
}).annotations({ identifier: "Manifest" })
export type Manifest = typeof Manifest.Type
