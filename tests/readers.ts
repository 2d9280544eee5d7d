// Independent readers for the release tests: DuckDB (its own Parquet and CSV readers, in C++) and hyparquet (a
// second Parquet reader). Each returns plain JSON values: dates as YYYY-MM-DD, lists as arrays, null as null.
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api"
import { parquetReadObjects } from "hyparquet"
import type { Column, ColumnKind } from "../schemas/columns.ts"

export type Row = Record<string, unknown>

export const duckdb = async (): Promise<DuckDBConnection> => (await DuckDBInstance.create(":memory:")).connect()

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`

/** The DuckDB type a column must read as. */
export const duckType = (kind: ColumnKind, item: ColumnKind | null = null): string => {
  switch (kind) {
    case "string":
      return "VARCHAR"
    case "integer":
      return "INTEGER"
    case "number":
      return "DOUBLE"
    case "boolean":
      return "BOOLEAN"
    case "date":
      return "DATE"
    case "list":
      return `${duckType(item ?? "string")}[]`
  }
}

const rows = async (db: DuckDBConnection, sql: string): Promise<Array<Row>> =>
  (await db.runAndReadAll(sql)).getRowObjectsJson() as Array<Row>

/** Column name → type, as DESCRIBE reports it. */
export const describeParquet = async (db: DuckDBConnection, path: string): Promise<Record<string, string>> =>
  Object.fromEntries(
    (await rows(db, `DESCRIBE SELECT * FROM read_parquet(${quote(path)})`)).map((r) => [r.column_name as string, r.column_type as string])
  )

/** Top-level column name → Parquet repetition (REQUIRED / OPTIONAL), from the file's own schema. */
export const repetitions = async (db: DuckDBConnection, path: string, columns: ReadonlyArray<Column>): Promise<Record<string, string>> => {
  const names = new Set(columns.map((c) => c.name))
  return Object.fromEntries(
    (await rows(db, `SELECT name, repetition_type FROM parquet_schema(${quote(path)})`))
      .filter((r) => names.has(r.name as string))
      .map((r) => [r.name as string, r.repetition_type as string])
  )
}

export const readParquetDuck = (db: DuckDBConnection, path: string): Promise<Array<Row>> =>
  rows(db, `SELECT * FROM read_parquet(${quote(path)})`)

/**
 * A CSV read by DuckDB with the column types given (nothing guessed): an empty cell is null, and a list cell is
 * split on `;` (an empty cell being the empty list, as lists are never null).
 */
export const readCsvDuck = async (db: DuckDBConnection, path: string, columns: ReadonlyArray<Column>): Promise<Array<Row>> => {
  const types = columns.map((c) => `${quote(c.name)}: ${quote(c.kind === "list" ? "VARCHAR" : duckType(c.kind))}`).join(", ")
  const read = await rows(
    db,
    `SELECT * FROM read_csv(${quote(path)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', ` +
      `auto_detect = false, columns = {${types}})`
  )
  return read.map((r) =>
    Object.fromEntries(columns.map((c) => {
      const v = r[c.name] ?? null
      return [c.name, c.kind === "list" ? (v === null ? [] : (v as string).split(";")) : v]
    }))
  )
}

/** The header of a CSV as DuckDB sniffs it (so the byte-order mark must not leak into the first name). */
export const csvHeader = async (db: DuckDBConnection, path: string): Promise<Array<string>> =>
  (await rows(db, `DESCRIBE SELECT * FROM read_csv(${quote(path)}, header = true, all_varchar = true)`)).map((r) => r.column_name as string)

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/** A Parquet file read by hyparquet, values normalised to JSON (it reads DATE as Date and a null list as undefined). */
export const readParquetHyparquet = async (bytes: Uint8Array, columns: ReadonlyArray<Column>): Promise<Array<Row>> => {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const read = (await parquetReadObjects({ file: buffer })) as Array<Row>
  return read.map((r) =>
    Object.fromEntries(columns.map((c) => {
      const v = r[c.name] ?? null
      if (v instanceof Date) return [c.name, isoDay(v)]
      if (Array.isArray(v)) return [c.name, v.map((x) => (x instanceof Date ? isoDay(x) : x))]
      return [c.name, v]
    }))
  )
}

/** A row restricted to the given columns, in their order. */
export const project = (row: Row, columns: ReadonlyArray<Column>): Row => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))
