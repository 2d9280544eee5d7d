// bench: `npm run bench` builds generated corpora (bench/generate.ts) and reports speed, memory and incremental
// rebuilds on this machine. Every build runs in a child process, so that its peak RSS is the build's own.
//
//   npm run bench                          1,000 and 10,000 documents (and 100,000 with --large)
//   npm run bench -- --docs N --json FILE  one size; the figures also go to FILE as JSON
//   npm run bench -- --generate N --out DIR   only writes the corpus
//   options: --seed S (default "border-events"), --workers N (default: one per core), --keep (keep the temporary folders)
import { NodeContext } from "@effect/platform-node"
import { DuckDBInstance } from "@duckdb/node-api"
import { Effect, Option, Tracer } from "effect"
import { spawnSync } from "node:child_process"
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from "node:fs"
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "../pipeline/build.ts"
import { buildUnlessUpToDate } from "../pipeline/up-to-date.ts"
import { extract } from "../pipeline/extract.ts"
import { extractSource } from "../pipeline/extract-source.ts"
import { parseSource } from "../pipeline/ingest.ts"
import { parquetChunks } from "../pipeline/parquet.ts"
import { type Progress, silent } from "../pipeline/progress.ts"
import { project, type Table } from "../pipeline/project.ts"
import { resolve } from "../pipeline/resolve.ts"
import { segment } from "../pipeline/segment.ts"
import { type Chunk, csvChunks } from "../pipeline/write.ts"
import type { ColumnKind } from "../schemas/columns.ts"
import { generateDocument, writeCorpus } from "./generate.ts"

// ---- arguments ------------------------------------------------------------------------------------------------

const argv = process.argv.slice(2)
const flag = (name: string): boolean => argv.includes(`--${name}`)
const option = (name: string): string | null => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 && i + 1 < argv.length ? argv[i + 1]! : null
}
const numberOption = (name: string): number | null => {
  const v = option(name)
  if (v === null) return null
  const n = Number(v.replace(/_/g, ""))
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${v}`)
  return n
}

const SEED = option("seed") ?? "border-events"
/** A fixed release date, so that two builds of the same corpus are the same bytes. */
const EPOCH = "1767225600"
const self = fileURLToPath(import.meta.url)
const run = <A, E>(effect: Effect.Effect<A, E, NodeContext.NodeContext | Progress>) =>
  Effect.runPromise(effect.pipe(Effect.provide(NodeContext.layer), Effect.provide(silent)))

const mb = (bytes: number) => bytes / 1_048_576
const fmt = (n: number, digits = 1) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits })
const seconds = (ns: bigint) => Number(ns) / 1e9

/** Bytes of every file under a folder. */
const folderBytes = (dir: string): Array<[string, number]> =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d): [string, number] => [join(d.parentPath, d.name).slice(dir.length + 1), statSync(join(d.parentPath, d.name)).size])
    .sort((a, b) => b[1] - a[1])

// ---- children: each measures one thing and prints one line of JSON ------------------------------------------

const RESULT = "BENCH-RESULT "
const report = (value: unknown) => process.stdout.write(`${RESULT}${JSON.stringify(value)}\n`)

/** A tracer that remembers the spans the build opens (build.*, extract.*), to time its stages. */
const recordingTracer = (native: Tracer.Tracer, spans: Array<Tracer.Span>): Tracer.Tracer =>
  Tracer.make({
    span: (...args) => {
      const span = native.span(...args)
      spans.push(span)
      return span
    },
    context: (f, fiber) => native.context(f, fiber)
  })

/** One build, timed, with its stages, the cache's share and the peak RSS of this process. */
const childBuild = async (raw: string, out: string) => {
  const spans: Array<Tracer.Span> = []
  const workers = numberOption("workers")
  const cpu = process.cpuUsage()
  const started = process.hrtime.bigint()
  // The command line's path: a build with nothing changed stops once its inputs are hashed.
  const result = await run(Effect.flatMap(Effect.tracer, (native) =>
    buildUnlessUpToDate({ rawDir: raw, outDir: out, workers: workers ?? undefined }).pipe(Effect.withTracer(recordingTracer(native, spans)))
  ))
  const wall = seconds(process.hrtime.bigint() - started)
  const used = process.cpuUsage(cpu)
  const stages: Record<string, number> = {}
  for (const s of spans) {
    if (s.status._tag === "Ended") stages[s.name] = (stages[s.name] ?? 0) + seconds(s.status.endTime - s.status.startTime)
  }
  report({
    wall_s: wall,
    cpu_s: (used.user + used.system) / 1e6,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    stages,
    stats: result._tag === "Built" ? result.built.dataset.stats : null,
    events: result.summary.events,
    files: folderBytes(out)
  })
}

const WARM_UP = 25

/** Per-source stages on one core, over a sample of the corpus: where extraction time goes, and MB/s per core. */
const childStages = (raw: string, sample: number) => {
  const names = readdirSync(raw).filter((n) => n.endsWith(".md")).sort()
  const step = Math.max(1, Math.floor(names.length / sample))
  const picked = names.filter((_, i) => i % step === 0).slice(0, sample)
  // Steady state, as in a long build: the patterns compile and the code warms up on a few documents first.
  for (const name of picked.slice(0, WARM_UP)) extractSource(join(raw, name), readFileSync(join(raw, name)))
  const ms = { parse: 0, segment: 0, extract: 0, resolve: 0 }
  let bytes = 0
  let events = 0
  for (const name of picked) {
    const path = join(raw, name)
    const data = readFileSync(path)
    bytes += data.length
    let t = performance.now()
    const parsed = parseSource(path, data)
    ms.parse += performance.now() - t
    if (parsed._tag === "Left") continue
    t = performance.now()
    const doc = segment(parsed.right)
    ms.segment += performance.now() - t
    t = performance.now()
    const drafts = extract(doc)
    ms.extract += performance.now() - t
    t = performance.now()
    events += resolve(doc, drafts).length
    ms.resolve += performance.now() - t
  }
  report({ docs: picked.length, bytes, events, ms })
}


const duckType = (kind: ColumnKind, item: ColumnKind | null): string =>
  kind === "list"
    ? `${duckType(item ?? "string", null)}[]`
    : ({ string: "VARCHAR", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN", date: "DATE" } as const)[kind]

/**
 * The tables of a build (from the warm cache) written as Parquet and CSV by the pipeline's writers, then the
 * same rows written by DuckDB's COPY, both timed; loading the rows into DuckDB is not timed.
 */
/** Writes a file chunk by chunk, as the build does. */
const writeChunks = (path: string, chunks: Iterable<Chunk>) => {
  const fd = openSync(path, "w")
  try {
    for (const c of chunks) typeof c === "string" ? writeSync(fd, c) : writeSync(fd, c)
  } finally {
    closeSync(fd)
  }
}

const childWrite = async (raw: string, work: string) => {
  const built = await run(build({ rawDir: raw, outDir: join(work, "dist-write") }))
  const tables: ReadonlyArray<Table> = project(built.dataset)
  const ours = join(work, "ours")
  const duck = join(work, "duck")
  mkdirSync(ours, { recursive: true })
  mkdirSync(duck, { recursive: true })
  let started = process.hrtime.bigint()
  for (const t of tables) {
    writeChunks(join(ours, `${t.name}.csv`), csvChunks(t))
    writeChunks(join(ours, `${t.name}.parquet`), parquetChunks(t, "border-events bench"))
  }
  const writeS = seconds(process.hrtime.bigint() - started)

  const db = await (await DuckDBInstance.create(":memory:")).connect()
  const quote = (s: string) => `'${s.replace(/'/g, "''")}'`
  for (const t of tables) {
    const cols = t.columns.map((c) => `"${c.name}" ${duckType(c.kind, c.itemKind ?? null)}`).join(", ")
    await db.run(`CREATE TABLE "${t.name}" (${cols})`)
    if (t.rows.length === 0) continue
    const file = join(duck, `${t.name}.ndjson`)
    writeFileSync(file, t.rows.map((r) => JSON.stringify(Object.fromEntries(t.columns.map((c) => [c.name, r[c.name] ?? null])))).join("\n"))
    const types = t.columns.map((c) => `${quote(c.name)}: ${quote(duckType(c.kind, c.itemKind ?? null))}`).join(", ")
    await db.run(`INSERT INTO "${t.name}" SELECT * FROM read_json(${quote(file)}, format = 'newline_delimited', columns = {${types}})`)
  }
  started = process.hrtime.bigint()
  for (const t of tables) {
    await db.run(`COPY "${t.name}" TO ${quote(join(duck, `${t.name}.parquet`))} (FORMAT parquet, COMPRESSION snappy)`)
    await db.run(`COPY "${t.name}" TO ${quote(join(duck, `${t.name}.csv`))} (HEADER, DELIMITER ',')`)
  }
  const duckS = seconds(process.hrtime.bigint() - started)
  db.closeSync()
  report({ write_s: writeS, duckdb_copy_s: duckS, rows: tables.reduce((n, t) => n + t.rows.length, 0) })
}

// ---- the parent -----------------------------------------------------------------------------------------------

interface BuildRun {
  readonly wall_s: number
  readonly cpu_s: number
  readonly peak_rss_mb: number
  readonly stages: Record<string, number>
  /** Null when the output was up to date and nothing was built. */
  readonly stats: { readonly files: number; readonly cached: number; readonly extracted: number; readonly threads: number } | null
  readonly events: number
  readonly files: Array<[string, number]>
  /** Load average over the last minute when the child started, to tell a busy machine from a slow build. */
  readonly load: number
}

const repo = fileURLToPath(new URL("..", import.meta.url))

/**
 * A copy of the code as it is when the benchmark starts, which every child runs: the pipeline may be edited while
 * a benchmark runs, and the builds of one run must see the same code (the cache would rightly refuse its entries).
 */
const snapshotCode = (work: string): string => {
  const code = join(work, "code")
  for (const dir of ["pipeline", "schemas", "bench"]) cpSync(join(repo, dir), join(code, dir), { recursive: true })
  for (const file of ["package.json", "package-lock.json", "CITATION.cff", "tsconfig.json"]) {
    if (existsSync(join(repo, file))) cpSync(join(repo, file), join(code, file))
  }
  symlinkSync(join(repo, "node_modules"), join(code, "node_modules"), "dir")
  return join(code, "bench", "bench.ts")
}

let childScript = self

/** Runs this file (from the snapshot) as a child with the given arguments; returns the JSON it reported. */
const child = <A>(args: ReadonlyArray<string>): A & { readonly load: number } => {
  const load = loadavg()[0]!
  const r = spawnSync(process.execPath, ["--import", "tsx", childScript, ...args], {
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, CI: "1" },
    maxBuffer: 1 << 28
  })
  const line = r.stdout.split("\n").find((l) => l.startsWith(RESULT))
  if (r.status !== 0 || line === undefined) throw new Error(`bench child ${args.join(" ")} failed:\n${r.stderr.slice(-4000)}`)
  return { ...JSON.parse(line.slice(RESULT.length)), load }
}

const workerArgs = () => (option("workers") === null ? [] : ["--workers", option("workers")!])

const machine = () => {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    available: availableParallelism(),
    node: process.version,
    memory_gb: totalmem() / 2 ** 30
  }
}

interface Figures {
  readonly docs: number
  readonly raw_mb: number
  readonly full_s: number
  readonly extract_mb_s: number
  readonly rebuild_one_s: number
  readonly rebuild_none_s: number
  readonly peak_rss_mb: number
  readonly write_s: number
  readonly duckdb_copy_s: number
}

const line = (label: string, r: BuildRun, docs: number, rawMb: number) =>
  `  ${label.padEnd(24)}${fmt(r.wall_s, 2).padStart(9)} s${fmt(r.cpu_s, 1).padStart(9)} s${fmt(docs / r.wall_s, 0).padStart(10)}${
    fmt(rawMb / r.wall_s, 2).padStart(9)
  }${fmt(r.peak_rss_mb, 0).padStart(10)}   ${
    r.stats ? `${r.stats.extracted} extracted, ${r.stats.cached} cached, ${r.stats.threads} threads` : "up to date: inputs hashed, nothing built"
  }, load ${fmt(r.load, 1)}`

/** Generates, builds three times and measures one corpus size. */
const measure = async (docs: number): Promise<Figures> => {
  const work = mkdtempSync(join(tmpdir(), `border-events-bench-${docs}-`))
  const raw = join(work, "raw")
  try {
    let t = performance.now()
    const rawBytes = await run(writeCorpus(raw, docs, SEED))
    const rawMb = mb(rawBytes)
    console.log(`\n${fmt(docs, 0)} documents, ${fmt(rawMb, 1)} MB of raw text (generated in ${fmt((performance.now() - t) / 1000, 1)} s, seed "${SEED}")`)
    console.log(`  ${"".padEnd(24)}${"wall".padStart(11)}${"cpu".padStart(11)}${"docs/s".padStart(10)}${"MB/s".padStart(9)}${"RSS MB".padStart(10)}`)

    const full = child<BuildRun>(["--child", "build", raw, join(work, "dist"), ...workerArgs()])
    console.log(line("full build", full, docs, rawMb))
    const none = child<BuildRun>(["--child", "build", raw, join(work, "dist"), ...workerArgs()])
    console.log(line("rebuild, nothing changed", none, docs, rawMb))
    // One source edited. raw/ is append-only once released (the build refuses an edited released source), so the
    // rebuild goes to a new output folder beside the first, with the same cache.
    const changed = generateDocument(SEED, Math.floor(docs / 2), 1)
    writeFileSync(join(raw, `${changed.sourceId}.md`), changed.text)
    const one = child<BuildRun>(["--child", "build", raw, join(work, "dist-one"), ...workerArgs()])
    console.log(line("rebuild, one changed", one, docs, rawMb))

    const st = full.stages
    const stage = (name: string) => fmt(st[name] ?? 0, 2)
    console.log(
      `  stages of the full build (wall s): read+hash+cache ${stage("extract.scan")} · per-source stages ${stage("extract.run")} (${full.stats?.threads ?? 0} threads) · review ${
        stage("build.review")
      } · project ${stage("build.project")} · release, written as rendered ${stage("build.write")}`
    )
    const sample = child<{ docs: number; bytes: number; events: number; ms: Record<string, number> }>(["--child", "stages", raw, String(Math.min(docs, 500))])
    const total = Object.values(sample.ms).reduce((a, b) => a + b, 0)
    const perCore = mb(sample.bytes) / (total / 1000)
    console.log(
      `  per-source stages on one core (sample of ${sample.docs} docs after a warm-up on ${WARM_UP}, ${fmt(mb(sample.bytes), 2)} MB): ${
        Object.entries(sample.ms).map(([k, v]) => `${k} ${fmt(v / sample.docs, 2)} ms/doc (${fmt((100 * v) / total, 0)} %)`).join(" · ")
      } → ${fmt(perCore, 3)} MB/s per core; in the build ${fmt(rawMb / (st["extract.run"] ?? full.wall_s), 3)} MB/s on ${full.stats?.threads ?? 0} threads`
    )
    const outBytes = full.files.reduce((n, [, b]) => n + b, 0)
    console.log(
      `  output: ${full.files.length} files, ${fmt(mb(outBytes), 1)} MB, ${fmt(full.events, 0)} events; largest ${
        full.files.slice(0, 6).map(([f, b]) => `${f} ${fmt(mb(b), 1)} MB`).join(", ")
      }`
    )
    const write = child<{ write_s: number; duckdb_copy_s: number; rows: number }>(["--child", "write", raw, work])
    console.log(
      `  Parquet + CSV of ${fmt(write.rows, 0)} rows: pipeline writers ${fmt(write.write_s, 2)} s, DuckDB COPY ${fmt(write.duckdb_copy_s, 2)} s → ${
        fmt(write.write_s / write.duckdb_copy_s, 1)
      }× DuckDB's time`
    )
    const figures: Figures = {
      docs,
      raw_mb: rawMb,
      full_s: full.wall_s,
      extract_mb_s: perCore,
      rebuild_one_s: one.wall_s,
      rebuild_none_s: none.wall_s,
      peak_rss_mb: full.peak_rss_mb,
      write_s: write.write_s,
      duckdb_copy_s: write.duckdb_copy_s
    }
    targets(figures)
    return figures
  } finally {
    if (!flag("keep")) rmSync(work, { recursive: true, force: true })
    else console.log(`  kept ${work}`)
  }
}

const targets = (f: Figures) => {
  const check = (ok: boolean, text: string) => console.log(`  ${ok ? "✓" : "✗"} ${text}`)
  if (f.docs === 10_000) check(f.full_s <= 15, `full build ≤ 15 s (${fmt(f.full_s, 1)} s)`)
  check(f.extract_mb_s >= 10, `extraction ≥ 10 MB/s per core (${fmt(f.extract_mb_s, 3)})`)
  check(f.rebuild_one_s <= 0.05 * f.full_s, `rebuild after one change ≤ 5 % of full (${fmt((100 * f.rebuild_one_s) / f.full_s, 1)} %)`)
  check(f.rebuild_none_s <= 0.03 * f.full_s, `rebuild with nothing changed ≤ 3 % of full (${fmt((100 * f.rebuild_none_s) / f.full_s, 1)} %)`)
  if (f.docs === 100_000) check(f.peak_rss_mb <= 512, `peak RSS ≤ 512 MB (${fmt(f.peak_rss_mb, 0)} MB)`)
}

const main = async () => {
  const mode = option("child")
  if (mode === "build") return childBuild(argv[argv.indexOf("build") + 1]!, argv[argv.indexOf("build") + 2]!)
  if (mode === "stages") return childStages(argv[argv.indexOf("stages") + 1]!, Number(argv[argv.indexOf("stages") + 2]))
  if (mode === "write") return childWrite(argv[argv.indexOf("write") + 1]!, argv[argv.indexOf("write") + 2]!)

  const generate = numberOption("generate")
  if (generate !== null) {
    const out = option("out")
    if (out === null) throw new Error("--generate N needs --out DIR")
    const bytes = await run(writeCorpus(out, generate, SEED))
    console.log(`wrote ${fmt(generate, 0)} documents, ${fmt(mb(bytes), 1)} MB, into ${out}`)
    return
  }

  const m = machine()
  const [l1, l5] = loadavg()
  console.log(
    `border-events benchmark: ${m.cpu}, ${m.cores} cores (${m.available} available), ${fmt(m.memory_gb, 0)} GB, Node ${m.node}; load ${fmt(l1!, 1)} / ${
      fmt(l5!, 1)
    } (1 / 5 min)`
  )
  const code = mkdtempSync(join(tmpdir(), "border-events-bench-code-"))
  childScript = snapshotCode(code)
  const single = numberOption("docs")
  const sizes = single !== null ? [single] : [1_000, 10_000, ...(flag("large") ? [100_000] : [])]
  const all: Array<Figures> = []
  try {
    for (const n of sizes) all.push(await measure(n))
  } finally {
    rmSync(code, { recursive: true, force: true })
  }
  const json = option("json")
  if (json !== null) writeFileSync(json, `${JSON.stringify(single !== null ? all[0] : all, null, 2)}\n`)
  Option.fromNullable(json).pipe(Option.map((f) => console.log(`\nwrote ${f}`)))
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exitCode = 1
})
