import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Ajv } from "ajv"
import formats from "ajv-formats"
import { ConfigProvider, Effect, Layer, Stream } from "effect"
import { unzipSync } from "fflate"
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { build } from "../pipeline/build.ts"
import { silent } from "../pipeline/progress.ts"
import { project as projectTables, type Table } from "../pipeline/project.ts"
import pkg from "../package.json" with { type: "json" }
import type { Dataset } from "../pipeline/project.ts"
import { release as releaseTo, type ReleaseOptions, releaseOptions, timestamp } from "../pipeline/release.ts"
import { CHUNK_ROWS, dataFiles, prettyJson, textFile, writeAtomic, writeFile } from "../pipeline/write.ts"
import { zipStream } from "../pipeline/zip.ts"
import { columnsOf } from "../schemas/columns.ts"
import { EventRow } from "../schemas/event.ts"
import { typeTables } from "../schemas/events.ts"
import { DEV, tempDir } from "./helpers.ts"
import { concat, releaseInMemory as release, type StagedFile } from "./memory-staging.ts"
import { wholeCsv, wholeEventLines, wholeJsonArray, wholeParquet, wholeReviewsJson } from "./whole-render.ts"
import {
  csvHeader,
  describeParquet,
  duckdb,
  duckType,
  project,
  readCsvDuck,
  readParquetDuck,
  readParquetHyparquet,
  repetitions,
  type Row
} from "./readers.ts"
import { allEvents, alpha, baseDataset, beta, datasetOf } from "./release-data.ts"

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname
const ROOT_CITATION = new URL("../CITATION.cff", import.meta.url).pathname
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"))

const created = new Date("2026-11-24T10:20:30Z")
const options = (over: Partial<ReleaseOptions> = {}): ReleaseOptions => ({
  previous: null,
  created,
  citation: readFileSync(ROOT_CITATION, "utf8"),
  ...over
})

const writeOut = (files: ReadonlyArray<StagedFile>): string => {
  const dir = tempDir("be-release-")
  for (const f of files) writeFileSync(join(dir, f.path), f.content)
  return dir
}

const text = (files: ReadonlyArray<StagedFile>, path: string): string => {
  const f = files.find((x) => x.path === path)
  if (!f) throw new Error(`no ${path} in the release`)
  return new TextDecoder().decode(f.content)
}

/** The zip of files already in memory. */
const zipOf = (files: ReadonlyArray<StagedFile>, folder: string, at: Date): Uint8Array =>
  concat([...Effect.runSync(Stream.runCollect(zipStream(files.map((f) => ({ path: f.path, content: Stream.make(f.content) })), folder, at)))])

const ajv = () => {
  const a = new Ajv({ allErrors: true, strict: false })
  const addFormats = ("default" in formats ? formats.default : formats) as unknown as (ajv: Ajv) => void
  addFormats(a)
  a.addFormat("textarea", true)
  return a
}

/** The rows each table must hold: event tables from events.json, the others (sources, ...) from the projection. */
const expectedRows = (table: Table, events: ReadonlyArray<Row>): Array<Row> => {
  const type = typeTables.find((t) => t.table === table.name)?.type
  if (table.name !== "events" && type === undefined) return table.rows.map((r) => project(r, table.columns))
  const own = type === undefined ? events : events.filter((e) => e.event_type === type)
  return own.map((e) => project(e, table.columns))
}

/** Every Parquet and CSV file of a release, read by DuckDB (and the Parquet also by hyparquet), against events.json. */
const checkTables = async (dir: string, tables: ReadonlyArray<Table>) => {
  const events = json(join(dir, "events.json")) as Array<Row>
  const db = await duckdb()
  for (const t of tables) {
    const expected = expectedRows(t, events)
    const parquet = join(dir, `${t.name}.parquet`)
    const csv = join(dir, `${t.name}.csv`)
    assert.deepStrictEqual(
      await describeParquet(db, parquet),
      Object.fromEntries(t.columns.map((c) => [c.name, duckType(c.kind, c.itemKind)])),
      `${t.name}.parquet types`
    )
    assert.deepStrictEqual(
      await repetitions(db, parquet, t.columns),
      Object.fromEntries(t.columns.map((c) => [c.name, c.nullable ? "OPTIONAL" : "REQUIRED"])),
      `${t.name}.parquet repetitions`
    )
    assert.deepStrictEqual(await readParquetDuck(db, parquet), expected, `${t.name}.parquet via DuckDB`)
    assert.deepStrictEqual(await readParquetHyparquet(readFileSync(parquet), t.columns), expected, `${t.name}.parquet via hyparquet`)
    assert.deepStrictEqual(await csvHeader(db, csv), t.columns.map((c) => c.name), `${t.name}.csv header`)
    assert.deepStrictEqual(await readCsvDuck(db, csv, t.columns), expected, `${t.name}.csv via DuckDB`)
  }
  db.closeSync()
  return events
}

const runBuild = (rawDir: string, outDir: string, previous: string | null = null) =>
  build({ rawDir, outDir, previous }).pipe(
    Effect.provide(Layer.mergeAll(NodeContext.layer, silent)),
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["SOURCE_DATE_EPOCH", "1764000000"]])))
  )

describe("release: tables", () => {
  it("every Parquet and CSV file, read by DuckDB and hyparquet, gives exactly the rows of events.json", async () => {
    const dataset = baseDataset()
    const tables = projectTables(dataset)
    const dir = writeOut(release(dataset, tables, options()).files)
    const events = await checkTables(dir, tables)
    assert.strictEqual(events.length, 5)
    // The awkward values really are in the files checked above.
    const statement = events.find((e) => e.event_type === "statement")!
    assert.strictEqual(statement.speaker, "Eitvydas Bajarūnas 😀")
    assert.strictEqual(statement.quote, "Cafe\u0301, \"quoted\", comma; semicolon — العربية")
    const lawful = events.find((e) => e.event_id === "detention-ba9876543210")!
    assert.deepStrictEqual([lawful.arbitrary, lawful.nationalities, lawful.date_start], [false, [], "1970-01-01"])
  })

  it.effect("the same holds for a build of the dev corpus through the real stages", () =>
    Effect.gen(function*() {
      const out = join(tempDir(), "dist")
      const { dataset } = yield* runBuild(join(DEV, "raw"), out)
      const events = yield* Effect.promise(() => checkTables(out, projectTables(dataset)))
      assert.strictEqual(events.length, dataset.events.length)
    }))

  it("writes every table of the dataset once in each format, with the rows counted in the manifest", () => {
    const dataset = baseDataset()
    const { files } = release(dataset, projectTables(dataset), options())
    const manifest = JSON.parse(text(files, "manifest.json"))
    const rows = Object.fromEntries(manifest.files.map((f: { path: string; rows: number | null }) => [f.path, f.rows]))
    for (const [name, n] of [["events", 5], ["crossings", 1], ["detentions", 2], ["rulings", 1], ["statements", 1], ["sources", 2]] as const) {
      assert.strictEqual(rows[`${name}.parquet`], n)
      assert.strictEqual(rows[`${name}.csv`], n)
    }
  })
})

describe("release: datapackage.json", () => {
  const dataset = baseDataset()
  const tables = projectTables(dataset)
  const { files } = release(dataset, tables, options())
  const dp = JSON.parse(text(files, "datapackage.json"))

  type Field = { name: string; type: string; delimiter?: string; itemType?: string }
  const fieldsOf = (r: { schema: { fields: Array<Field> } }) => r.schema.fields
  /** The descriptor with its `list` fields written as plain strings, which the published v2.0 profile knows. */
  const withoutLists = () => ({
    ...dp,
    resources: dp.resources.map((r: { schema: { fields: Array<Field> } }) => ({
      ...r,
      schema: { ...r.schema, fields: fieldsOf(r).map(({ delimiter: _d, itemType: _i, ...f }) => (f.type === "list" ? { ...f, type: "string" } : f)) }
    }))
  })
  const listPaths = (): Set<string> =>
    new Set(dp.resources.flatMap((r: { schema: { fields: Array<Field> } }, i: number) =>
      fieldsOf(r).flatMap((f, j) => (f.type === "list" ? [`/resources/${i}/schema/fields/${j}`] : []))))

  it("validates against the official Data Package v2.0 profiles (package, resources, table schemas), list fields aside", () => {
    const a = ajv()
    const profile = (name: string) => a.compile(json(join(FIXTURES, "frictionless", name)))
    const pkg = profile("datapackage.json")
    const plain = withoutLists()
    assert.isTrue(pkg(plain), JSON.stringify(pkg.errors?.slice(0, 3)))
    const resource = profile("dataresource.json")
    const schema = profile("tableschema.json")
    for (const r of plain.resources) {
      assert.isTrue(resource(r), `${r.name}: ${JSON.stringify(resource.errors?.slice(0, 3))}`)
      assert.isTrue(schema(r.schema), `${r.name}: ${JSON.stringify(schema.errors?.slice(0, 3))}`)
    }
  })

  it("the published v2.0 profile rejects only the list fields (it lacks the spec's `list` type), each well formed", () => {
    const a = ajv()
    const pkg = a.compile(json(join(FIXTURES, "frictionless", "datapackage.json")))
    assert.isFalse(pkg(dp))
    const lists = listPaths()
    assert.isAbove(lists.size, 0)
    const outside = (pkg.errors ?? []).filter((e) => ![...lists].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)))
    assert.deepStrictEqual(outside, [])
    const listField = a.compile(json(join(FIXTURES, "frictionless", "list-field.json")))
    for (const r of dp.resources) {
      for (const f of fieldsOf(r).filter((x) => x.type === "list")) {
        assert.isTrue(listField(f), `${r.name}.${f.name}: ${JSON.stringify(listField.errors)}`)
        assert.deepStrictEqual([f.delimiter, f.itemType], [";", "string"])
      }
    }
  })

  it("fails the profile when a required part is missing, so the check can fail", () => {
    const pkg = ajv().compile(json(join(FIXTURES, "frictionless", "datapackage.json")))
    const plain = withoutLists()
    assert.isTrue(pkg(plain))
    assert.isFalse(pkg({ ...plain, resources: [] }))
    assert.isFalse(pkg({ ...plain, resources: [{ ...plain.resources[0], hash: "not a hash" }] }))
    assert.isFalse(pkg({ ...plain, created: "24 November 2026" }))
  })

  it("describes the package: name, version, created from the release time, licence, sources with their licences", () => {
    assert.strictEqual(dp.$schema, "https://datapackage.org/profiles/2.0/datapackage.json")
    assert.strictEqual(dp.name, "border-events")
    assert.strictEqual(dp.version, "1.0.0")
    assert.strictEqual(dp.created, "2026-11-24T10:20:30Z")
    assert.deepStrictEqual(dp.licenses.map((l: { name: string }) => l.name), ["CC-BY-4.0"])
    assert.deepStrictEqual(dp.sources, [
      {
        title: "Border report 🚧 from Łódź (Example News)",
        path: "https://example.org/news/1",
        hash: `sha256:${alpha.sha256}`,
        license: "quoted for research; copyright of the publisher"
      },
      { title: "Court rules on pushbacks", hash: `sha256:${beta.sha256}` }
    ])
    assert.isAbove(dp.keywords.length, 0)
    assert.isAbove(dp.contributors.length, 0)
  })

  it("has one resource per CSV and Parquet file, with the file's bytes and sha256", () => {
    const byPath = new Map(files.map((f) => [f.path, f]))
    const paths = dp.resources.map((r: { path: string }) => r.path)
    assert.deepStrictEqual(paths, [...tables.map((t) => `${t.name}.csv`), ...tables.map((t) => `${t.name}.parquet`)])
    for (const r of dp.resources) {
      const f = byPath.get(r.path)!
      assert.strictEqual(r.bytes, f.content.length)
      assert.strictEqual(r.hash, `sha256:${execFileSync("sha256sum", { input: f.content, encoding: "utf8" }).slice(0, 64)}`)
      assert.strictEqual(r.format, r.path.endsWith(".csv") ? "csv" : "parquet")
    }
  })

  it("generates each Table Schema from the columns: types, enums, required, lists, keys", () => {
    const crossings = dp.resources.find((r: { name: string }) => r.name === "crossings")
    const fields = new Map(crossings.schema.fields.map((f: { name: string }) => [f.name, f]))
    assert.deepStrictEqual(crossings.schema.fields.map((f: { name: string }) => f.name), tables.find((t) => t.name === "crossings")!.columns.map((c) => c.name))
    assert.deepStrictEqual(fields.get("countries"), {
      name: "countries",
      type: "list",
      delimiter: ";",
      itemType: "string",
      description: "every state the event involves (ISO 3166-1 alpha-2), for filtering"
    })
    assert.deepStrictEqual(fields.get("date_start"), {
      name: "date_start",
      type: "date",
      description: "first day of the period in which the event happened; null when open"
    })
    assert.deepStrictEqual((fields.get("outcome") as { constraints: unknown }).constraints, {
      required: true,
      enum: ["entered", "protection_granted", "refused_entry", "pushed_back", "deported", "prevented", "attempted", "unknown"]
    })
    assert.deepStrictEqual((fields.get("evidence_start") as { type: string }).type, "integer")
    assert.deepStrictEqual((fields.get("confidence") as { type: string }).type, "number")
    assert.deepStrictEqual(crossings.schema.primaryKey, ["event_id"])
    assert.deepStrictEqual(crossings.schema.foreignKeys, [
      { fields: ["source_id"], reference: { resource: "sources", fields: ["source_id"] } },
      { fields: ["event_id"], reference: { resource: "events", fields: ["event_id"] } }
    ])
    const detentions = dp.resources.find((r: { name: string }) => r.name === "detentions-parquet")
    const arbitrary = detentions.schema.fields.find((f: { name: string }) => f.name === "arbitrary")
    assert.strictEqual(arbitrary.type, "boolean")
    assert.isUndefined(arbitrary.constraints)
    assert.deepStrictEqual(detentions.schema.foreignKeys[0].reference, { resource: "sources-parquet", fields: ["source_id"] })
    const sources = dp.resources.find((r: { name: string }) => r.name === "sources")
    assert.deepStrictEqual(sources.schema.primaryKey, ["source_id"])
    assert.isUndefined(sources.schema.foreignKeys)
  })
})

describe("release: CITATION.cff", () => {
  const schema = () => ajv().compile(json(join(FIXTURES, "citation-file-format", "schema.json")))
  // The YAML core schema keeps dates as strings, which the CFF schema requires.
  const load = (s: string) => parse(s, { schema: "core" })

  it("the repository's CITATION.cff is valid CFF 1.2.0, a dataset", () => {
    const cff = load(readFileSync(ROOT_CITATION, "utf8"))
    const validate = schema()
    assert.isTrue(validate(cff), JSON.stringify(validate.errors))
    assert.strictEqual(cff["cff-version"], "1.2.0")
    assert.strictEqual(cff.type, "dataset")
  })

  it("the release's copy is valid and carries the release's version and date", () => {
    const dataset = baseDataset()
    const { files } = release(dataset, projectTables(dataset), options())
    const cff = load(text(files, "CITATION.cff"))
    const validate = schema()
    assert.isTrue(validate(cff), JSON.stringify(validate.errors))
    assert.strictEqual(cff.version, "1.0.0")
    assert.strictEqual(cff["date-released"], "2026-11-24")
    assert.isFalse(validate({ ...cff, "date-released": "24.11.2026" }))
  })
})

describe("release: layout and determinism", () => {
  it("is byte-identical when built twice, zip included", () => {
    const a = release(baseDataset(), projectTables(baseDataset()), options()).files
    const b = release(baseDataset(), projectTables(baseDataset()), options()).files
    assert.deepStrictEqual(a.map((f) => f.path), b.map((f) => f.path))
    for (const [i, f] of a.entries()) assert.deepStrictEqual(f.content, b[i]!.content, f.path)
  })

  it.effect("a build through the real stages, run twice, writes byte-identical folders", () =>
    Effect.gen(function*() {
      const a = join(tempDir(), "dist")
      const b = join(tempDir(), "dist")
      yield* runBuild(join(DEV, "raw"), a)
      yield* runBuild(join(DEV, "raw"), b)
      const names = readdirSync(a).sort()
      assert.deepStrictEqual(names, readdirSync(b).sort())
      assert.include(names, "border-events-1.0.0.zip")
      for (const n of names) assert.deepStrictEqual(readFileSync(join(a, n)), readFileSync(join(b, n)), n)
    }))

  it("writes the same zip in any time zone", () => {
    const files = release(baseDataset(), projectTables(baseDataset()), options()).files
    const zone = process.env.TZ
    try {
      process.env.TZ = "Pacific/Kiritimati"
      const east = zipOf(files, "x", created)
      process.env.TZ = "America/Los_Angeles"
      const west = zipOf(files, "x", created)
      assert.deepStrictEqual(east, west)
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it("holds every release file in the zip, and SHA256SUMS checks every file of the folder", () => {
    const { files } = release(baseDataset(), projectTables(baseDataset()), options())
    const zip = files.find((f) => f.path === "border-events-1.0.0.zip")!
    const entries = unzipSync(zip.content)
    const inZip = files.filter((f) => f.path !== "SHA256SUMS" && f !== zip)
    assert.deepStrictEqual(Object.keys(entries), inZip.map((f) => `border-events-1.0.0/${f.path}`))
    for (const f of inZip) assert.deepStrictEqual(entries[`border-events-1.0.0/${f.path}`], f.content, f.path)
    for (const name of ["README.md", "CITATION.cff", "datapackage.json", "CHANGELOG.md", "changes.json", "manifest.json", "events.parquet"]) {
      assert.isTrue(files.some((f) => f.path === name), name)
    }
    const dir = writeOut(files)
    const checked = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir, encoding: "utf8" })
    assert.strictEqual(checked.split("\n").filter((l) => l.endsWith(": OK")).length, files.length - 1)
  })

  it("writes a README with loading recipes, the citation and a column reference from the schema descriptions", () => {
    const dataset = baseDataset()
    const tables = projectTables(dataset)
    const readme = text(release(dataset, tables, options()).files, "README.md")
    for (const needle of ["pd.read_parquet", "arrow::read_parquet", "FROM 'crossings.parquet'", "spreadsheet", "(Version 1.0.0) [Data set]", "## Columns"]) {
      assert.include(readme, needle)
    }
    for (const t of tables) {
      assert.include(readme, `### ${t.name} (${t.rows.length} rows)`)
      for (const c of t.columns) assert.include(readme, `| \`${c.name}\` |`)
    }
    const common = columnsOf(EventRow)
    for (const c of common) assert.include(readme, c.description)
    assert.include(readme, "| `arbitrary` | boolean or null |")
    assert.include(readme, "| `nationalities` | list of string |")
  })
})

describe("release: streamed in chunks", () => {
  /** 2,600 events (every awkward value of the base events, many times): several chunks of rows per file, two row groups in events.parquet. */
  const large = (): Dataset =>
    datasetOf(
      [alpha, beta],
      Array.from({ length: 2600 }, (_, i) => {
        const e = allEvents[i % allEvents.length]!
        return { ...e, event_id: `${e.event_type}-${i.toString(16).padStart(12, "0")}`, evidence_start: i, evidence_end: i + 49 }
      })
    )

  it("writes the very bytes of the files rendered whole, and lists them in the manifest", () => {
    const dataset = large()
    const tables = projectTables(dataset)
    const events = dataFiles(dataset, tables).find((f) => f.path === "events.json")!
    assert.strictEqual([...events.chunks()].length, Math.ceil(2600 / CHUNK_ROWS) + 1)
    const { files } = release(dataset, tables, options())
    const byPath = new Map(files.map((f) => [f.path, f.content]))
    const encode = (s: string) => new TextEncoder().encode(s)
    assert.deepStrictEqual(byPath.get("events.json"), encode(wholeJsonArray(wholeEventLines(dataset, tables))))
    assert.deepStrictEqual(byPath.get("reviews.json"), encode(wholeReviewsJson(tables.find((t) => t.name === "reviews")!)))
    for (const t of tables) {
      assert.deepStrictEqual(byPath.get(`${t.name}.csv`), encode(wholeCsv(t)), `${t.name}.csv`)
      assert.deepStrictEqual(byPath.get(`${t.name}.parquet`), wholeParquet(t, `border-events ${pkg.version}`), `${t.name}.parquet`)
    }
    const manifest = JSON.parse(text(files, "manifest.json"))
    assert.strictEqual(text(files, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`)
    for (const entry of manifest.files) {
      const content = byPath.get(entry.path)!
      assert.strictEqual(entry.bytes, content.length, entry.path)
      assert.strictEqual(entry.sha256, createHash("sha256").update(content).digest("hex"), entry.path)
    }
    const zip = unzipSync(byPath.get("border-events-1.0.0.zip")!)
    for (const f of files.filter((x) => !x.path.endsWith(".zip") && x.path !== "SHA256SUMS")) {
      assert.deepStrictEqual(zip[`border-events-1.0.0/${f.path}`], f.content, f.path)
    }
  })

  it("renders pretty JSON in chunks exactly as JSON.stringify does", () => {
    const cases: Array<Record<string, unknown>> = [
      {},
      { a: 1, b: [], c: {}, d: null, e: undefined, f: "line\nbreak \"quoted\" 😀" },
      { many: Array.from({ length: 2500 }, (_, i) => ({ i, list: [i, { empty: [] }] })), nested: [1, [2, [3]]], holes: [undefined, null] }
    ]
    for (const c of cases) assert.strictEqual([...prettyJson(c)].join(""), JSON.stringify(c, null, 2))
    assert.isAbove([...prettyJson(cases[2]!)].length, 3)
  })

  it.effect("writes the same bytes into a folder as into memory, zip included, whatever chunks the files are read back in", () =>
    Effect.gen(function*() {
      const dataset = large()
      const tables = projectTables(dataset)
      const out = join(tempDir(), "dist")
      const written = yield* writeAtomic(out, (staging) => releaseTo(dataset, tables, options(), staging))
      const { files } = release(dataset, tables, options())
      assert.deepStrictEqual(written.files.map((f) => f.path), files.map((f) => f.path))
      assert.deepStrictEqual(readdirSync(out).sort(), files.map((f) => f.path).sort())
      for (const f of files) assert.deepStrictEqual(new Uint8Array(readFileSync(join(out, f.path))), f.content, f.path)
    }).pipe(Effect.provide(NodeContext.layer)))
})

describe("release: the staging folder", () => {
  it.effect("a write that fails half-way is a WriteFailed naming the output; the previous output stays, the staging folder goes", () =>
    Effect.gen(function*() {
      const out = join(tempDir(), "dist")
      yield* writeAtomic(out, (staging) => writeFile(staging, textFile("kept.txt", "previous\n")))
      const error = yield* writeAtomic(out, (staging) =>
        Effect.gen(function*() {
          yield* writeFile(staging, textFile("sub/a.txt", "a\n"))
          // "sub" is a folder by now: writing a file there fails in the file system.
          yield* writeFile(staging, { path: "sub", rows: null, chunks: () => ["x", "y"].values() })
        })).pipe(Effect.flip)
      assert.strictEqual(error._tag, "WriteFailed")
      assert.strictEqual(error.path, out)
      assert.deepStrictEqual(readdirSync(out), ["kept.txt"])
      assert.deepStrictEqual(readdirSync(join(out, "..")).filter((n) => n.startsWith(".dist")), [])
    }).pipe(Effect.provide(NodeContext.layer)))
})

describe("release: options", () => {
  const dataset = datasetOf([alpha, beta], [])
  const withEnv = (env: Record<string, string>) =>
    releaseOptions(dataset, null).pipe(
      Effect.provide(NodeContext.layer),
      Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))
    )

  it.effect("takes the release time from SOURCE_DATE_EPOCH", () =>
    Effect.gen(function*() {
      const o = yield* withEnv({ SOURCE_DATE_EPOCH: "1764000000" })
      assert.strictEqual(timestamp(o.created), "2025-11-24T16:00:00Z")
      assert.isNull(o.previous)
      assert.include(o.citation, "cff-version: 1.2.0")
    }))

  it.effect("without SOURCE_DATE_EPOCH, uses the last retrieval date of the sources (still a function of the inputs)", () =>
    Effect.gen(function*() {
      const o = yield* withEnv({})
      assert.strictEqual(timestamp(o.created), "2026-11-24T00:00:00Z")
    }))

  it.effect("a build given --previous versions itself against that manifest", () =>
    Effect.gen(function*() {
      const first = join(tempDir(), "dist")
      yield* runBuild(join(DEV, "raw"), first)
      const kept = join(tempDir(), "previous")
      mkdirSync(kept)
      writeFileSync(join(kept, "manifest.json"), readFileSync(join(first, "manifest.json")))
      const second = join(tempDir(), "dist")
      const { changes, version } = yield* runBuild(join(DEV, "raw"), second, join(kept, "manifest.json"))
      assert.strictEqual(version, "1.0.0")
      assert.isNull(changes.level)
      assert.include(readFileSync(join(second, "CHANGELOG.md"), "utf8"), "No changes since 1.0.0.")
    }))
})
