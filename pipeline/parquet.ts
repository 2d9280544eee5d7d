// parquet: a table → one Parquet file, typed from its column descriptors (issue 4): dates as DATE, integers as
// INT32, numbers as DOUBLE, booleans as BOOLEAN, lists as LIST<item>, and REQUIRED wherever a column is never
// null, so that a null list and an empty list stay apart. SNAPPY-compressed and byte-for-byte deterministic.
import type { SchemaElement } from "hyparquet"
import { parquetWriteBuffer } from "hyparquet-writer"
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

/** A column's values as the writer takes them; dates become day numbers, the rest is stored as it is. */
const columnValues = (table: Table, c: Column): Array<unknown> =>
  table.rows.map((row) => {
    const v = row[c.name] ?? null
    if (v === null) return null
    if (c.kind === "date") return epochDay(v as string)
    if (c.kind === "list" && c.itemKind === "date") return (v as ReadonlyArray<string>).map(epochDay)
    if (c.kind === "integer" && (v as number) > INT32_MAX) throw new Error(`${table.name}.${c.name}: ${String(v)} does not fit INT32`)
    return v
  })

/** One Parquet file holding every row of the table, in order. */
export const renderParquet = (table: Table, createdBy: string): Uint8Array =>
  new Uint8Array(
    parquetWriteBuffer({
      schema: parquetSchema(table.columns),
      columnData: table.columns.map((c) => ({ name: c.name, data: columnValues(table, c) })),
      codec: "SNAPPY",
      createdBy
    })
  )
