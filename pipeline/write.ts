// write: tables → the files of dist/ (events.json and its JSON Schema, one CSV per table; manifest.json and
// SHA256SUMS sealing whatever the release adds). Each file is rendered as a sequence of chunks (pure, made as they
// are written) and written one at a time into a folder beside the output, hashed and counted on the way; the
// folder is swapped in at the end, so a failed build leaves the previous output as it was.
import { FileSystem, Path } from "@effect/platform"
import { stringify } from "csv-stringify/sync"
import { Effect, JSONSchema, Sink, Stream } from "effect"
import { createHash } from "node:crypto"
import type { Column } from "../schemas/columns.ts"
import { EventsFile, typeTables } from "../schemas/events.ts"
import type { Manifest, ManifestFile } from "../schemas/manifest.ts"
import { at, WriteFailed } from "./errors.ts"
import type { Dataset, Table } from "./project.ts"

/** A piece of a file: text (written as UTF-8) or bytes. */
export type Chunk = string | Uint8Array

/** A file to write: its chunks, made only when it is written, so that one file's rendering is in memory at a time. */
export interface Rendering {
  readonly path: string
  /** Data rows for a table file; null otherwise. */
  readonly rows: number | null
  readonly chunks: () => IterableIterator<Chunk>
}

/** A written file, as the manifest lists it: its sha256, bytes and rows. */
export type Written = ManifestFile

/** Rows per chunk of a text file: few enough to keep a chunk small, enough to make each write worth it. */
export const CHUNK_ROWS = 1000

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

const csvOptions = { record_delimiter: "windows", quoted_match: /^\s|\s$|[\r\n]/ } as const

/**
 * RFC 4180 CSV with a header row, UTF-8 with a byte-order mark so that spreadsheets read accents, in chunks of
 * rows; the first chunk carries the mark and the header, even for a table without rows.
 */
export function* csvChunks(table: Table): Generator<string> {
  const columns = table.columns.map((c) => c.name)
  for (let start = 0; start === 0 || start < table.rows.length; start += CHUNK_ROWS) {
    const cells = table.rows.slice(start, start + CHUNK_ROWS).map((row) => table.columns.map((c) => cell(c, row[c.name])))
    yield stringify(cells, { ...csvOptions, columns, bom: start === 0, header: start === 0 })
  }
}

export const eventsJsonSchema = (): string => `${JSON.stringify(JSONSchema.make(EventsFile), null, 2)}\n`

/** A file of one piece of text. */
export const textFile = (path: string, text: string, rows: number | null = null): Rendering => ({
  path,
  rows,
  chunks: () => [text].values()
})

/**
 * Each event as its line of events.json (the columns of its type, in order), in dataset order, made one at a time.
 * The type tables hold the dataset's events in dataset order, so one cursor per table walks them in step.
 */
export function* eventLines(dataset: Dataset, tables: ReadonlyArray<Table>): Generator<string> {
  const cursors = new Map(typeTables.flatMap(({ table, type }) => {
    const t = tables.find((x) => x.name === table)
    return t ? [[type, { table: t, next: 0 }]] as Array<[string, { table: Table; next: number }]> : []
  }))
  for (const e of dataset.events) {
    const cursor = cursors.get(e.event_type)
    if (!cursor) continue
    const row = cursor.table.rows[cursor.next++]
    if (row?.event_id !== e.event_id) throw new Error(`${cursor.table.name} is not in dataset order at ${e.event_id}`)
    yield JSON.stringify(ordered(cursor.table.columns, row))
  }
}

/** A JSON array with one element per line, in chunks of lines. */
function* jsonArray(lines: Iterable<string>): Generator<string> {
  let batch: Array<string> = []
  let opened = false
  const flush = () => {
    const text = `${opened ? ",\n" : "[\n"}${batch.join(",\n")}`
    opened = true
    batch = []
    return text
  }
  for (const line of lines) {
    batch.push(line)
    if (batch.length === CHUNK_ROWS) yield flush()
  }
  if (batch.length > 0) yield flush()
  yield opened ? "\n]\n" : "[]\n"
}

/**
 * The data files, in a fixed order: events.json, its JSON Schema, reviews.json, one CSV per table. `lines` are
 * events.json's lines: eventLines, or those same lines seen on their way by the caller.
 */
export const dataFiles = (
  dataset: Dataset,
  tables: ReadonlyArray<Table>,
  lines: () => Iterable<string> = () => eventLines(dataset, tables)
): ReadonlyArray<Rendering> => {
  const events = tables.find((t) => t.name === "events")!
  const reviews = tables.filter((t) => t.name === "reviews")
  return [
    { path: "events.json", rows: events.rows.length, chunks: () => jsonArray(lines()) },
    textFile("events.schema.json", eventsJsonSchema()),
    ...reviews.map((t): Rendering => ({
      path: "reviews.json",
      rows: t.rows.length,
      chunks: () => jsonArray(t.rows.map((row) => JSON.stringify(ordered(t.columns, row))))
    })),
    ...tables.map((t): Rendering => ({ path: `${t.name}.csv`, rows: t.rows.length, chunks: () => csvChunks(t) }))
  ]
}

/** What the manifest says besides its list of files. */
export type ManifestHead = Omit<Manifest, "files">

/** JSON.stringify(value, null, 2) of a value nested at `indent`: a JSON string never holds a raw line break. */
const indented = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)

/**
 * The text of JSON.stringify(object, null, 2) in chunks: member by member, and a long array member in chunks
 * of elements, so that a manifest listing every event is never one string.
 */
export function* prettyJson(object: Readonly<Record<string, unknown>>): Generator<string> {
  const members = Object.entries(object).filter(([, v]) => v !== undefined)
  if (members.length === 0) return yield "{}"
  for (const [i, [key, value]] of members.entries()) {
    const name = `${i === 0 ? "{\n" : ",\n"}  ${JSON.stringify(key)}: `
    if (!Array.isArray(value) || value.length === 0) {
      yield `${name}${indented(value, "  ")}`
      continue
    }
    for (let start = 0; start < value.length; start += CHUNK_ROWS) {
      // As JSON.stringify does, a missing element is written as null.
      const elements = value.slice(start, start + CHUNK_ROWS).map((v: unknown) => `    ${indented(v ?? null, "    ")}`)
      yield `${start === 0 ? `${name}[\n` : ",\n"}${elements.join(",\n")}`
    }
    yield "\n  ]"
  }
  yield "\n}"
}

/** manifest.json, listing every file given. */
export const manifestFile = (files: ReadonlyArray<Written>, head: ManifestHead): Rendering => {
  const manifest: Manifest = { ...head, files }
  return {
    path: "manifest.json",
    rows: null,
    chunks: function*() {
      yield* prettyJson(manifest)
      yield "\n"
    }
  }
}

/** SHA256SUMS, the checksums of every file given, for `sha256sum -c`. */
export const checksumsFile = (files: ReadonlyArray<Written>): Rendering =>
  textFile(
    "SHA256SUMS",
    [...files]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => `${f.sha256}  ${f.path}\n`)
      .join("")
  )

/** Where the files of an output are written, one at a time, and read back (for the zip). */
export interface Staging {
  /** Writes the bytes it takes, in order, as the file at `path`. */
  readonly sink: (path: string) => Sink.Sink<void, Uint8Array, never, WriteFailed>
  /** A written file's bytes, in chunks. */
  readonly read: (path: string) => Stream.Stream<Uint8Array, WriteFailed>
}

/** Bytes gathered before each write: a few large writes rather than many small ones (deflate gives small pieces). */
const WRITE_BYTES = 1 << 20

/** The bytes regrouped into pieces of at least WRITE_BYTES (the last one aside), in order. */
const coalesce = <E>(bytes: Stream.Stream<Uint8Array, E>): Stream.Stream<Uint8Array, E> =>
  Stream.suspend(() => {
    let parts: Array<Uint8Array> = []
    let size = 0
    const take = (): Uint8Array => {
      const out = parts.length === 1 ? parts[0]! : new Uint8Array(size)
      if (parts.length > 1) parts.reduce((at, p) => (out.set(p, at), at + p.length), 0)
      parts = []
      size = 0
      return out
    }
    return bytes.pipe(
      Stream.mapConcat((b) => {
        parts.push(b)
        size += b.length
        return size >= WRITE_BYTES ? [take()] : []
      }),
      Stream.concat(Stream.suspend(() => Stream.fromIterable(size > 0 ? [take()] : [])))
    )
  })

/** Writes one file from a stream of its chunks, hashing and counting its bytes on the way. */
export const stage = (
  staging: Staging,
  path: string,
  rows: number | null,
  content: Stream.Stream<Chunk, WriteFailed>
): Effect.Effect<Written, WriteFailed> =>
  Effect.suspend(() => {
    const hash = createHash("sha256")
    let bytes = 0
    return content.pipe(
      Stream.map((c) => (typeof c === "string" ? encoder.encode(c) : c)),
      Stream.tap((b) =>
        Effect.sync(() => {
          hash.update(b)
          bytes += b.length
        })
      ),
      coalesce,
      Stream.run(staging.sink(path)),
      Effect.map((): Written => ({ path, sha256: hash.digest("hex"), bytes, rows }))
    )
  })

/** Writes one rendered file, pulling one chunk at a time. */
export const writeFile = (staging: Staging, file: Rendering): Effect.Effect<Written, WriteFailed> =>
  stage(staging, file.path, file.rows, Stream.fromIteratorSucceed(file.chunks(), 1))

/**
 * Fills a new folder beside `outDir` (through `fill`), then swaps it in: the old output is moved aside and
 * removed only once the new one is in place, and put back if the swap fails. The new folder is removed when
 * anything fails before the swap.
 */
export const writeAtomic = <A, E, R>(outDir: string, fill: (staging: Staging) => Effect.Effect<A, E, R>) =>
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
    const folder: Staging = {
      sink: (p) => {
        const dest = path.join(staging, p)
        return Sink.unwrap(fs.makeDirectory(path.dirname(dest), { recursive: true }).pipe(Effect.as(fs.sink(dest)))).pipe(
          Sink.mapError(fail("cannot write the output"))
        )
      },
      read: (p) => fs.stream(path.join(staging, p), { chunkSize: FileSystem.MiB(1) }).pipe(Stream.mapError(fail("cannot read back the output")))
    }
    const result = yield* Effect.gen(function*() {
      // A temporary folder is private (0700); the output is for everyone to read.
      yield* fs.chmod(staging, 0o755).pipe(Effect.mapError(fail("cannot write the output")))
      return yield* fill(folder)
    }).pipe(Effect.onError(() => cleanup))
    const old = `${staging}.old`
    const hadOld = yield* fs.exists(target).pipe(Effect.orElseSucceed(() => false))
    if (hadOld) yield* fs.rename(target, old).pipe(Effect.mapError(fail("cannot move the previous output aside")), Effect.tapError(() => cleanup))
    yield* fs.rename(staging, target).pipe(
      Effect.mapError(fail("cannot move the new output into place")),
      Effect.tapError(() => (hadOld ? fs.rename(old, target).pipe(Effect.ignore) : Effect.void).pipe(Effect.zipRight(cleanup)))
    )
    if (hadOld) yield* fs.remove(old, { recursive: true }).pipe(Effect.ignore)
    return result
  })
