// parquet: a table → one Parquet file, typed from its column descriptors (issue 4): dates as DATE, integers as
// INT32, numbers as DOUBLE, booleans as BOOLEAN, lists as LIST<item>, and REQUIRED wherever a column is never
// null, so that a null list and an empty list stay apart. SNAPPY-compressed and byte-for-byte deterministic.
// Written one row group at a time, so that only one group's values and bytes are in memory.
import type { SchemaElement } from "hyparquet"
import { ByteWriter, ParquetWriter } from "hyparquet-writer"
import type { Column, ColumnKind } from "../schemas/columns.ts"
import type { Table } from "./project.ts"

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of an ISO date: the DATE logical type's storage. */
export const epochDay = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) / DAY_MS
}

const INT32_MAX = 2 ** 31 - 1

/** The physical and logical type of a leaf of the given kind. */
const leaf = (name: string, kind: ColumnKind, repetition: "REQUIRED" | "OPTIONAL"): SchemaElement => {
  switch (kind) {
    case "string":
      return { name, type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type: repetition }
    case "integer":
      return { name, type: "INT32", repetition_type: repetition }
    case "number":
      return { name, type: "DOUBLE", repetition_type: repetition }
    case "boolean":
      return { name, type: "BOOLEAN", repetition_type: repetition }
    case "date":
      return { name, type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" }, repetition_type: repetition }
    case "list":
      throw new Error(`a list of lists has no column type (${name})`)
    default: {
      const never: never = kind
      throw new Error(`unknown column kind ${String(never)}`)
    }
  }
}

const repetitionOf = (c: Column): "REQUIRED" | "OPTIONAL" => (c.nullable || !c.required ? "OPTIONAL" : "REQUIRED")

/**
 * The Parquet schema of a table: a root, then per column either one leaf or the standard three-level list
 * (`<name>` LIST → repeated `list` → `element`), whose items are never null.
 */
export const parquetSchema = (columns: ReadonlyArray<Column>): Array<SchemaElement> => [
  { name: "root", num_children: columns.length },
  ...columns.flatMap((c): Array<SchemaElement> =>
    c.kind === "list"
      ? [
        { name: c.name, repetition_type: repetitionOf(c), converted_type: "LIST", logical_type: { type: "LIST" }, num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        leaf("element", c.itemKind ?? "string", "REQUIRED")
      ]
      : [leaf(c.name, c.kind, repetitionOf(c))]
  )
]

/**
 * Rows per row group: hyparquet-writer's default layout (1,000 rows, then 100,000 per group), which the files
 * have always had; a group is also the unit held in memory while writing.
 */
const GROUP_SIZES = [1_000, 100_000] as const

/** The [start, end) row ranges of the row groups of a table of `rows` rows. */
export const rowGroups = (rows: number): Array<readonly [number, number]> => {
  const groups: Array<readonly [number, number]> = []
  for (let start = 0, g = 0; start < rows; g++) {
    const end = Math.min(rows, start + GROUP_SIZES[Math.min(g, GROUP_SIZES.length - 1)]!)
    groups.push([start, end])
    start = end
  }
  return groups
}

/** A column's values in rows [start, end) as the writer takes them; dates become day numbers, the rest is stored as it is. */
const columnValues = (table: Table, c: Column, start: number, end: number): Array<unknown> =>
  table.rows.slice(start, end).map((row) => {
    const v = row[c.name] ?? null
    if (v === null) return null
    if (c.kind === "date") return epochDay(v as string)
    if (c.kind === "list" && c.itemKind === "date") return (v as ReadonlyArray<string>).map(epochDay)
    if (c.kind === "integer" && (v as number) > INT32_MAX) throw new Error(`${table.name}.${c.name}: ${String(v)} does not fit INT32`)
    return v
  })

/** Bytes handed out once this many are buffered, even inside a row group. */
const CHUNK_BYTES = 1 << 20

/** hyparquet-writer's buffer, drained into chunks instead of growing to the whole file (as its own fileWriter does). */
const chunkWriter = () => {
  const writer = new ByteWriter()
  const chunks: Array<Uint8Array> = []
  const take = () => {
    if (writer.index > 0) chunks.push(writer.getBytes().slice())
    writer.index = 0
  }
  const ensure = writer.ensure.bind(writer)
  // The writer only ever appends and reads `offset`, never earlier bytes, so they can leave the buffer.
  writer.ensure = (size: number) => {
    if (writer.index > CHUNK_BYTES) take()
    ensure(size)
  }
  return { writer, drain: () => (take(), chunks.splice(0)) }
}

/** One Parquet file holding every row of the table, in order, as consecutive chunks of its bytes. */
export function* parquetChunks(table: Table, createdBy: string): Generator<Uint8Array> {
  const { drain, writer } = chunkWriter()
  const parquet = new ParquetWriter({ writer, schema: parquetSchema(table.columns), codec: "SNAPPY", createdBy })
  for (const [start, end] of rowGroups(table.rows.length)) {
    parquet.write({
      columnData: table.columns.map((c) => ({ name: c.name, data: columnValues(table, c, start, end) })),
      rowGroupSize: end - start
    })
    yield* drain()
  }
  parquet.finish()
  yield* drain()
}
