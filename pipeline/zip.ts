// zip: the files of a release → one deterministic zip archive: the files in their release order under one
// folder, every entry with the same timestamp (issue 4: a release built twice is byte-identical, zip included).
import { zipSync, type Zippable } from "fflate"
import type { OutputFile } from "./write.ts"

/**
 * The entries' timestamp. A zip stores local wall-clock fields, and fflate reads them from a Date in the local
 * time zone: building the Date from the UTC calendar day at noon gives the same bytes in every time zone (noon
 * is never skipped by a daylight-saving change). Zip cannot store years before 1980.
 */
const entryTime = (created: Date): Date =>
  created.getUTCFullYear() < 1980
    ? new Date(1980, 0, 1, 12, 0, 0)
    : new Date(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate(), 12, 0, 0)

export const zipName = (version: string) => `border-events-${version}.zip`

/** Parquet is compressed already: stored as it is; text is deflated. */
const level = (path: string) => (path.endsWith(".parquet") ? 0 : 9)

export const renderZip = (files: ReadonlyArray<OutputFile>, folder: string, created: Date): Uint8Array => {
  const mtime = entryTime(created)
  const entries: Zippable = {}
  for (const f of files) entries[`${folder}/${f.path}`] = [f.content, { mtime, level: level(f.path) }]
  return zipSync(entries)
}
