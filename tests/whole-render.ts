// Frozen copies of the renderers as they were before the release was streamed: each file made whole, in one
// piece. The streamed writers must give exactly these bytes (the zip aside, which changed layout).
import { stringify } from "csv-stringify/sync"
import { parquetWriteBuffer } from "hyparquet-writer"
import { epochDay, parquetSchema } from "../pipeline/parquet.ts"
import type { Dataset, Table } from "../pipeline/project.ts"
import type { Column } from "../schemas/columns.ts"
import { typeTables } from "../schemas/events.ts"

const ordered = (columns: ReadonlyArray<Column>, row: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(columns.map((c) => [c.name, row[c.name]]))

const cell = (column: Column, value: unknown): string => {
  if (value === null || value === undefined) return ""
  if (column.kind === "list") return (value as ReadonlyArray<unknown>).join(";")
  return String(value)
}

export const wholeCsv = (table: Table): string =>
  stringify(
    table.rows.map((row) => table.columns.map((c) => cell(c, row[c.name]))),
    { bom: true, header: true, columns: table.columns.map((c) => c.name), record_delimiter: "windows", quoted_match: /^\s|\s$|[\r\n]/ }
  )

export const wholeEventLines = (dataset: Dataset, tables: ReadonlyArray<Table>): ReadonlyArray<string> => {
  const byType = tables.filter((t) => typeTables.some((x) => x.table === t.name))
  const order = new Map(dataset.events.map((e, i) => [e.event_id, i]))
  return byType
    .flatMap((t) => t.rows.map((row) => ({ row, columns: t.columns })))
    .sort((a, b) => order.get(a.row.event_id as string)! - order.get(b.row.event_id as string)!)
    .map(({ columns, row }) => JSON.stringify(ordered(columns, row)))
}

export const wholeJsonArray = (lines: ReadonlyArray<string>) => (lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`)

export const wholeReviewsJson = (t: Table) => wholeJsonArray(t.rows.map((row) => JSON.stringify(ordered(t.columns, row))))

/** Every row in one call of the writer, which cuts the row groups itself. */
export const wholeParquet = (t: Table, createdBy: string): Uint8Array => {
  const value = (c: Column, v: unknown) =>
    v === null ? null : c.kind === "date" ? epochDay(v as string) : c.kind === "list" && c.itemKind === "date" ? (v as Array<string>).map(epochDay) : v
  return new Uint8Array(parquetWriteBuffer({
    schema: parquetSchema(t.columns),
    columnData: t.columns.map((c) => ({ name: c.name, data: t.rows.map((r) => value(c, r[c.name] ?? null)) })),
    codec: "SNAPPY",
    createdBy
  }))
}
