// The manifest of a build: what went in (every raw file's sha256) and what came out (every file's sha256,
// bytes and rows), so that a release can be checked and compared without reading its data.
import { Schema } from "effect"
import { Sha256 } from "./columns.ts"
import { SourceId } from "./source.ts"

export const ManifestSource = Schema.Struct({
  source_id: SourceId,
  sha256: Sha256,
  bytes: Schema.Int
})

export const ManifestFile = Schema.Struct({
  path: Schema.String,
  sha256: Sha256,
  bytes: Schema.Int,
  /** Data rows for tables; null for other files. */
  rows: Schema.NullOr(Schema.Int)
})
export type ManifestFile = typeof ManifestFile.Type

export const Manifest = Schema.Struct({
  name: Schema.Literal("border-events"),
  pipeline_version: Schema.String,
  extractor_version: Schema.String,
  sources: Schema.Array(ManifestSource),
  files: Schema.Array(ManifestFile)
}).annotations({ identifier: "Manifest" })
export type Manifest = typeof Manifest.Type
