// up-to-date: a rebuild with nothing changed reads and hashes its inputs, finds that the output folder already
// holds their build, and stops (issue 7: ≤ 3 % of a full build). Takes: the build's options. Produces: the
// summary of the build already in place, or the summary of a new build, after which it records a stamp.
//
// The stamp (`<cache root>/builds/<hash of the output path>.json`) records a key of every input of the build:
// the code of every module the build imports (and the lock file, ICU, Unicode), every raw file and review log
// by its sha256, CITATION.cff, SOURCE_DATE_EPOCH and the explicit previous manifest. It also records each output
// file's size and modification time, as make does, so that an output edited or removed by hand is rebuilt.
import { FileSystem, Path } from "@effect/platform"
import { Config, Effect, Option, Schema } from "effect"
import { fileURLToPath } from "node:url"
import { build, type BuildOptions } from "./build.ts"
import { cacheRootFor, moduleTreeVersion } from "./cache.ts"
import { listRaw, sha256 } from "./ingest.ts"

/** What the command line says of a build. */
export const BuildSummary = Schema.Struct({
  version: Schema.String,
  sources: Schema.Number,
  events: Schema.Number,
  files: Schema.Number,
  /** Reviewed events the extractor no longer finds, one line each. */
  kept: Schema.Array(Schema.String)
})
export type BuildSummary = typeof BuildSummary.Type

const OutputStat = Schema.Struct({ path: Schema.String, bytes: Schema.Number, mtime_ms: Schema.Number })

const Stamp = Schema.Struct({ format: Schema.Literal(1), key: Schema.String, summary: BuildSummary, files: Schema.Array(OutputStat) })
type Stamp = typeof Stamp.Type
const StampJson = Schema.parseJson(Stamp)

const buildModule = fileURLToPath(new URL("./build.ts", import.meta.url))
const citation = fileURLToPath(new URL("../CITATION.cff", import.meta.url))

/** Every input a build reads, hashed: equal keys give byte-identical output. */
export const inputKey = (options: BuildOptions) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const hashOf = (file: string) => Effect.map(Effect.orDie(fs.readFile(file)), (bytes) => `${path.basename(file)} ${sha256(bytes)}`)
    const raw = yield* Effect.forEach(yield* listRaw(options.rawDir), hashOf, { concurrency: 16 })
    const reviewDir = path.join(options.rawDir, "reviews")
    const reviewNames = (yield* fs.exists(reviewDir).pipe(Effect.orElseSucceed(() => false)))
      ? [...(yield* Effect.orDie(fs.readDirectory(reviewDir)))].sort()
      : []
    const reviews = yield* Effect.forEach(reviewNames.map((n) => path.join(reviewDir, n)), hashOf)
    const code = yield* moduleTreeVersion(buildModule, ["build"])
    const epoch = yield* Config.option(Config.string("SOURCE_DATE_EPOCH"))
    const previous = options.previous ? yield* hashOf(options.previous) : "none"
    const cff = yield* Effect.map(fs.readFile(citation).pipe(Effect.orElseSucceed(() => new Uint8Array())), sha256)
    return sha256([
      `code ${code}`,
      `citation ${cff}`,
      `epoch ${Option.getOrElse(epoch, () => "unset")}`,
      `previous ${previous}`,
      `out ${path.resolve(options.outDir)}`,
      ...raw.map((r) => `raw ${r}`),
      ...reviews.map((r) => `review ${r}`)
    ].join("\n"))
  })

/** Every file of the output folder with its size and modification time, in path order; empty when there is none. */
const outputStats = (outDir: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    if (!(yield* fs.exists(outDir).pipe(Effect.orElseSucceed(() => false)))) return []
    const names = [...(yield* Effect.orDie(fs.readDirectory(outDir, { recursive: true })))].sort()
    const stats = yield* Effect.forEach(names, (name) =>
      Effect.map(Effect.orDie(fs.stat(path.join(outDir, name))), (info) =>
        info.type === "File"
          ? [{ path: name, bytes: Number(info.size), mtime_ms: Option.match(info.mtime, { onNone: () => 0, onSome: (d) => d.getTime() }) }]
          : []))
    return stats.flat()
  })

const sameFiles = (a: ReadonlyArray<typeof OutputStat.Type>, b: ReadonlyArray<typeof OutputStat.Type>) =>
  a.length === b.length && a.every((x, i) => x.path === b[i]!.path && x.bytes === b[i]!.bytes && x.mtime_ms === b[i]!.mtime_ms)

/**
 * Builds unless the output already holds the build of these inputs: `UpToDate` with the summary recorded then,
 * or `Built` with the summary and the build. Without the cache (`cache: false`) it always builds. A stamp that
 * cannot be read or written only costs a full build next time.
 */
export const buildUnlessUpToDate = (options: BuildOptions) =>
  Effect.gen(function*() {
    if (options.cache === false) {
      const built = yield* build(options)
      return { _tag: "Built" as const, summary: summaryOf(built), built }
    }
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const root = yield* cacheRootFor(options.outDir)
    const stampFile = path.join(root, "builds", `${sha256(path.resolve(options.outDir)).slice(0, 16)}.json`)
    const key = yield* inputKey(options).pipe(Effect.withSpan("build.up-to-date"))
    const stamp = yield* fs.readFileString(stampFile).pipe(
      Effect.flatMap(Schema.decodeUnknown(StampJson)),
      Effect.option
    )
    if (Option.isSome(stamp) && stamp.value.key === key && sameFiles(stamp.value.files, yield* outputStats(options.outDir))) {
      return { _tag: "UpToDate" as const, summary: stamp.value.summary }
    }
    const built = yield* build(options)
    const fresh: Stamp = { format: 1, key, summary: summaryOf(built), files: yield* outputStats(options.outDir) }
    yield* fs.makeDirectory(path.dirname(stampFile), { recursive: true }).pipe(
      Effect.zipRight(fs.writeFileString(stampFile, Schema.encodeSync(StampJson)(fresh))),
      Effect.ignore
    )
    return { _tag: "Built" as const, summary: fresh.summary, built }
  })

const summaryOf = (built: Effect.Effect.Success<ReturnType<typeof build>>): BuildSummary => ({
  version: built.version,
  sources: built.dataset.sources.length,
  events: built.dataset.events.length,
  files: built.files.length,
  kept: built.dataset.reviewed.kept.map(({ by, event }) =>
    `kept ${event.event_id}: the extractor no longer finds it; reviewed at ${by.path}:${by.line}`
  )
})
