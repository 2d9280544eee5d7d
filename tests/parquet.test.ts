import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { createHash } from "node:crypto"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { epochDay, parquetChunks, parquetSchema, rowGroups } from "../pipeline/parquet.ts"
import type { Table } from "../pipeline/project.ts"
import { columnsOf, Confidence, Count, IsoDate, List } from "../schemas/columns.ts"
import { tempDir } from "./helpers.ts"
import { concat } from "./memory-staging.ts"
import { wholeParquet } from "./whole-render.ts"
import { describeParquet, duckdb, readParquetDuck, readParquetHyparquet, repetitions } from "./readers.ts"

// A table with every column kind, nullable and not: the event schemas have no nullable list, but the writer
// must keep a null list apart from an empty one wherever a schema allows both.
const Sample = Schema.Struct({
  id: Schema.String,
  note: Schema.NullOr(Schema.String),
  day: IsoDate,
  maybe_day: Schema.NullOr(IsoDate),
  count: Count,
  maybe_count: Schema.NullOr(Count),
  flag: Schema.NullOr(Schema.Boolean),
  score: Confidence,
  tags: List(Schema.String),
  maybe_tags: Schema.NullOr(List(Schema.String)),
  days: List(IsoDate),
  kind: Schema.Literal("a", "b")
})

const sampleRows = [
  {
    id: "😀 astral",
    note: null,
    day: "1970-01-01",
    maybe_day: null,
    count: 0,
    maybe_count: null,
    flag: null,
    score: 0,
    tags: [],
    maybe_tags: null,
    days: [],
    kind: "a"
  },
  {
    id: "Cafe\u0301 — 𝄞",
    note: "",
    day: "2020-02-29",
    maybe_day: "1969-12-31",
    count: 2147483647,
    maybe_count: 7,
    flag: false,
    score: 0.1,
    tags: ["x", "ü;semi"],
    maybe_tags: [],
    days: ["2021-08-04", "1900-03-01"],
    kind: "b"
  },
  {
    id: "third",
    note: "العربية",
    day: "2099-12-31",
    maybe_day: "2021-08-04",
    count: 1,
    maybe_count: 0,
    flag: true,
    score: 1,
    tags: ["only"],
    maybe_tags: ["a", "😀"],
    days: ["2000-01-01"],
    kind: "a"
  }
]

const table = (rows: ReadonlyArray<Record<string, unknown>>): Table => ({ name: "sample", schema: Sample, columns: columnsOf(Sample), rows })

/** The whole file, from its chunks. */
const renderParquet = (t: Table, createdBy: string): Uint8Array => concat([...parquetChunks(t, createdBy)])

/** Rows with long, hardly compressible text (hex digests), so that one row group is several megabytes. */
const manyRows = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const hex = (k: number) => createHash("sha256").update(`${i}:${k}`).digest("hex")
    const base = sampleRows[i % sampleRows.length]!
    return { ...base, id: `${i} ${Array.from({ length: 40 }, (_, k) => hex(k)).join("")}`, count: i }
  })

describe("parquet", () => {
  it("counts days from 1970-01-01, before and after", () => {
    assert.strictEqual(epochDay("1970-01-01"), 0)
    assert.strictEqual(epochDay("1970-01-02"), 1)
    assert.strictEqual(epochDay("1969-12-31"), -1)
    assert.strictEqual(epochDay("2021-08-04"), 18843)
  })

  it("maps column kinds to Parquet types, REQUIRED where never null, lists in three levels", () => {
    const schema = parquetSchema(columnsOf(Sample))
    const by = new Map(schema.map((e) => [e.name, e]))
    assert.deepStrictEqual(schema[0], { name: "root", num_children: 12 })
    assert.strictEqual(by.get("id")?.repetition_type, "REQUIRED")
    assert.strictEqual(by.get("note")?.repetition_type, "OPTIONAL")
    assert.deepStrictEqual(by.get("day")?.logical_type, { type: "DATE" })
    assert.strictEqual(by.get("count")?.type, "INT32")
    assert.strictEqual(by.get("score")?.type, "DOUBLE")
    assert.strictEqual(by.get("flag")?.type, "BOOLEAN")
    assert.strictEqual(by.get("tags")?.repetition_type, "REQUIRED")
    assert.strictEqual(by.get("maybe_tags")?.repetition_type, "OPTIONAL")
    const i = schema.findIndex((e) => e.name === "tags")
    assert.deepStrictEqual(schema.slice(i + 1, i + 3).map((e) => [e.name, e.repetition_type]), [["list", "REPEATED"], ["element", "REQUIRED"]])
  })

  it("round-trips every kind exactly through DuckDB and hyparquet: nulls, empty lists, astral text, dates", async () => {
    const t = table(sampleRows)
    const bytes = renderParquet(t, "test")
    const path = join(tempDir(), "sample.parquet")
    writeFileSync(path, bytes)
    const db = await duckdb()
    assert.deepStrictEqual(await describeParquet(db, path), {
      id: "VARCHAR",
      note: "VARCHAR",
      day: "DATE",
      maybe_day: "DATE",
      count: "INTEGER",
      maybe_count: "INTEGER",
      flag: "BOOLEAN",
      score: "DOUBLE",
      tags: "VARCHAR[]",
      maybe_tags: "VARCHAR[]",
      days: "DATE[]",
      kind: "VARCHAR"
    })
    const reps = await repetitions(db, path, t.columns)
    assert.strictEqual(reps.id, "REQUIRED")
    assert.strictEqual(reps.maybe_tags, "OPTIONAL")
    assert.strictEqual(reps.tags, "REQUIRED")
    assert.deepStrictEqual(await readParquetDuck(db, path), sampleRows)
    assert.deepStrictEqual(await readParquetHyparquet(bytes, t.columns), sampleRows)
    db.closeSync()
  })

  it("writes an empty table with its full schema", async () => {
    const path = join(tempDir(), "empty.parquet")
    writeFileSync(path, renderParquet(table([]), "test"))
    const db = await duckdb()
    assert.strictEqual(Object.keys(await describeParquet(db, path)).length, 12)
    assert.deepStrictEqual(await readParquetDuck(db, path), [])
    db.closeSync()
  })

  it("is deterministic and SNAPPY-compressed", async () => {
    const a = renderParquet(table(sampleRows), "test")
    const b = renderParquet(table(sampleRows), "test")
    assert.deepStrictEqual(a, b)
    const path = join(tempDir(), "sample.parquet")
    writeFileSync(path, a)
    const db = await duckdb()
    const codecs = (await db.runAndReadAll(`SELECT DISTINCT compression FROM parquet_metadata('${path}')`)).getRowObjectsJson()
    assert.deepStrictEqual(codecs, [{ compression: "SNAPPY" }])
    db.closeSync()
  })

  it("cuts row groups as the writer always did: 1,000 rows, then 100,000 each", () => {
    assert.deepStrictEqual(rowGroups(0), [])
    assert.deepStrictEqual(rowGroups(1000), [[0, 1000]])
    assert.deepStrictEqual(rowGroups(2500), [[0, 1000], [1000, 2500]])
    assert.deepStrictEqual(rowGroups(250_000), [[0, 1000], [1000, 101_000], [101_000, 201_000], [201_000, 250_000]])
  })

  it("writes in chunks (per row group, and within a large group) the very bytes of the file written whole", async () => {
    const t = table(manyRows(2500))
    const chunks = [...parquetChunks(t, "test")]
    // 2,500 rows of ~2.6 kB: the second group alone is ~4 MB, so it leaves the writer in several chunks.
    assert.isAbove(chunks.length, 4)
    assert.isBelow(Math.max(...chunks.map((c) => c.length)), 3 << 20)
    const bytes = concat(chunks)
    assert.deepStrictEqual(bytes, wholeParquet(t, "test"))
    assert.deepStrictEqual(renderParquet(table(sampleRows), "test"), wholeParquet(table(sampleRows), "test"))
    assert.deepStrictEqual(renderParquet(table([]), "test"), wholeParquet(table([]), "test"))
    const path = join(tempDir(), "many.parquet")
    writeFileSync(path, bytes)
    const db = await duckdb()
    const groups = (await db.runAndReadAll(`SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${path}') ORDER BY 1`))
      .getRowObjectsJson()
    assert.deepStrictEqual(groups.map((g) => Number(g.row_group_num_rows)), [1000, 1500])
    assert.deepStrictEqual(await readParquetDuck(db, path), t.rows)
    db.closeSync()
  })

  it("refuses a null in a column that is never null, rather than writing a wrong file", () => {
    assert.throws(() => renderParquet(table([{ ...sampleRows[0], tags: null }]), "test"))
  })
})
