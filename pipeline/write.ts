// write: tables → the files of dist/ (events.json and its JSON Schema, one CSV per table; manifest.json and
// SHA256SUMS sealing whatever the release adds), written into a folder beside the output and swapped in at the
// end, so a failed build leaves the previous output as it was.
import { FileSystem, Path } from "@effect/platform"
import { stringify } from "csv-stringify/sync"
import { Effect, JSONSchema } from "effect"
import type { Column } from "../schemas/columns.ts"
import { EventsFile, typeTables } from "../schemas/events.ts"
import type { Manifest, ManifestFile } from "../schemas/manifest.ts"
import { at, WriteFailed } from "./errors.ts"
import { sha256 } from "./ingest.ts"
import type { Dataset, Table } from "./project.ts"

export interface OutputFile {
  readonly path: string
  readonly content: Uint8Array
  /** Data rows for a table file; null otherwise. */
  readonly rows: number | null
}

const encoder = new TextEncoder()

/** A row's values in column order, as JSON writes them. */
const ordered = (columns: ReadonlyArray<Column>, row: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(columns.map((c) => [c.name, row[c.name]]))

/** One cell of a CSV: lists joined with `;`, null as an empty cell. */
const cell = (column: Column, value: unknown): string => {
  if (value === null || value === undefined) return ""
  if (column.kind === "list") return (value as ReadonlyArray<unknown>).join(";")
  return String(value)
}

/** RFC 4180 CSV with a header row, UTF-8 with a byte-order mark so that spreadsheets read accents. */
export const renderCsv = (table: Table): string =>
  stringify(
    table.rows.map((row) => table.columns.map((c) => cell(c, row[c.name]))),
    { bom: true, header: true, columns: table.columns.map((c) => c.name), record_delimiter: "windows", quoted_match: /^\s|\s$|[\r\n]/ }
  )

export const eventsJsonSchema = (): string => `${JSON.stringify(JSONSchema.make(EventsFile), null, 2)}\n`

export const file = (path: string, text: string, rows: number | null = null): OutputFile => ({
  path,
  content: encoder.encode(text),
  rows
})

const entry = (f: OutputFile): ManifestFile => ({
  path: f.path,
  sha256: sha256(f.content),
  bytes: f.content.length,
  rows: f.rows
})

/** Each event as its line of events.json (the columns of its type, in order), in dataset order. */
export const eventLines = (dataset: Dataset, tables: ReadonlyArray<Table>): ReadonlyArray<string> => {
  const byType = tables.filter((t) => typeTables.some((x) => x.table === t.name))
  const order = new Map(dataset.events.map((e, i) => [e.event_id, i]))
  return byType
    .flatMap((t) => t.rows.map((row) => ({ row, columns: t.columns })))
    .sort((a, b) => order.get(a.row.event_id as string)! - order.get(b.row.event_id as string)!)
    .map(({ columns, row }) => JSON.stringify(ordered(columns, row)))
}

/** A JSON array with one element per line. */
const jsonArray = (lines: ReadonlyArray<string>) => (lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`)

/** The data files, in a fixed order: events.json, its JSON Schema, reviews.json, one CSV per table. */
export const renderData = (
  dataset: Dataset,
  tables: ReadonlyArray<Table>,
  lines: ReadonlyArray<string> = eventLines(dataset, tables)
): ReadonlyArray<OutputFile> => {
  const events = tables.find((t) => t.name === "events")!
  const reviews = tables.filter((t) => t.name === "reviews")
  return [
    file("events.json", jsonArray(lines), events.rows.length),
    file("events.schema.json", eventsJsonSchema()),
    ...reviews.map((t) => file("reviews.json", jsonArray(t.rows.map((row) => JSON.stringify(ordered(t.columns, row)))), t.rows.length)),
    ...tables.map((t) => file(`${t.name}.csv`, renderCsv(t), t.rows.length))
  ]
}

/** What the manifest says besides its list of files. */
export type ManifestHead = Omit<Manifest, "files">

/** Appends manifest.json, listing every file given. */
export const withManifest = (files: ReadonlyArray<OutputFile>, head: ManifestHead): ReadonlyArray<OutputFile> => {
  const manifest: Manifest = { ...head, files: files.map(entry) }
  return [...files, file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`)]
}

/** Appends SHA256SUMS, the checksums of every file given, for `sha256sum -c`. */
export const withChecksums = (files: ReadonlyArray<OutputFile>): ReadonlyArray<OutputFile> => {
  const sums = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => `${sha256(f.content)}  ${f.path}\n`)
    .join("")
  return [...files, file("SHA256SUMS", sums)]
}

/**
 * Writes the files into a new folder beside `outDir`, then swaps it in: the old output is moved aside and
 * removed only once the new one is in place, and put back if the swap fails.
 */
export const writeAtomic = (outDir: string, files: ReadonlyArray<OutputFile>) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const target = path.resolve(outDir)
    const parent = path.dirname(target)
    const fail = (problem: string) => (e: unknown) =>
      new WriteFailed(at(target, null, `${problem}: ${e instanceof Error ? e.message : String(e)}`))
    yield* fs.makeDirectory(parent, { recursive: true }).pipe(Effect.mapError(fail("cannot create the parent folder")))
    const staging = yield* fs.makeTempDirectory({ directory: parent, prefix: `.${path.basename(target)}.new-` }).pipe(
      Effect.mapError(fail("cannot create a staging folder"))
    )
    const cleanup = fs.remove(staging, { recursive: true }).pipe(Effect.ignore)
    yield* Effect.gen(function*() {
      // A temporary folder is private (0700); the output is for everyone to read.
      yield* fs.chmod(staging, 0o755)
      for (const f of files) {
        const dest = path.join(staging, f.path)
        yield* fs.makeDirectory(path.dirname(dest), { recursive: true })
        yield* fs.writeFile(dest, f.content)
      }
    }).pipe(Effect.mapError(fail("cannot write the output")), Effect.tapError(() => cleanup))
    const old = `${staging}.old`
    const hadOld = yield* fs.exists(target).pipe(Effect.orElseSucceed(() => false))
    if (hadOld) yield* fs.rename(target, old).pipe(Effect.mapError(fail("cannot move the previous output aside")), Effect.tapError(() => cleanup))
    yield* fs.rename(staging, target).pipe(
      Effect.mapError(fail("cannot move the new output into place")),
      Effect.tapError(() => (hadOld ? fs.rename(old, target).pipe(Effect.ignore) : Effect.void).pipe(Effect.zipRight(cleanup)))
    )
    if (hadOld) yield* fs.remove(old, { recursive: true }).pipe(Effect.ignore)
  })
