// workers: a folder of raw files → every source and its events, streamed: each file is read and hashed, its
// events taken from the extraction cache when it holds them, else the file goes through extract-source.ts in
// the main thread or in a worker thread (one per core but one). Only the events and each source's metadata are
// kept; the text of a source is read again only if something asks for its body. The result is the same whatever
// the number of workers, because every file is extracted on its own and the results are put back in file order.
import { FileSystem, Path, Worker } from "@effect/platform"
import { NodeWorker } from "@effect/platform-node"
import { Deferred, Effect, Either, Exit, Fiber, Schema } from "effect"
import { createRequire } from "node:module"
import { readFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { pathToFileURL } from "node:url"
import * as WT from "node:worker_threads"
import type { Event } from "../schemas/events.ts"
import { type ExtractionCache, openCache } from "./cache.ts"
import { InvalidSources, SourceProblem } from "./errors.ts"
import { type Extraction, extractSource } from "./extract-source.ts"
import { listRaw, parseSource, sha256, type Source } from "./ingest.ts"
import type { Body } from "./offsets.ts"
import { Progress } from "./progress.ts"
import { compareEvents } from "./resolve.ts"

// ---- one job, in a worker or here -------------------------------------------------------------------------

export interface RawFile {
  readonly path: string
  readonly bytes: Uint8Array
}

/** What a file gives, in a form that crosses a thread boundary (problems as their encoded schema). */
export type Outcome =
  | { readonly _tag: "Extracted"; readonly extraction: Extraction }
  | { readonly _tag: "Invalid"; readonly problems: ReadonlyArray<typeof SourceProblem.Encoded> }

const encodeProblems = Schema.encodeSync(Schema.Array(SourceProblem))
const decodeProblems = Schema.decodeSync(Schema.Array(SourceProblem))

/** The job a worker does for a batch of files; the main thread runs the same function when it works alone. */
export const runJob = (files: ReadonlyArray<RawFile>): ReadonlyArray<Outcome> =>
  files.map((f) => {
    try {
      return Either.match(extractSource(f.path, f.bytes), {
        onLeft: (problems): Outcome => ({ _tag: "Invalid", problems: encodeProblems(problems) }),
        onRight: (extraction): Outcome => ({ _tag: "Extracted", extraction })
      })
    } catch (e) {
      // A bug in a stage: say which file set it off, from whichever thread.
      throw new Error(`extracting ${f.path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
    }
  })

// ---- sources without their text ---------------------------------------------------------------------------

/**
 * A source whose body is read from its file again on first use (the review of an event, `show`, `eval`), so
 * that a build never holds every text at once. The file must still have the bytes the events came from.
 */
export const sourceOf = (info: Extraction["source"], path: string): Source => {
  let body: Body | undefined
  const load = (): Body => {
    const bytes = readFileSync(path)
    const parsed = parseSource(path, bytes)
    if (Either.isLeft(parsed) || sha256(bytes) !== info.sha256) {
      throw new Error(`${path} changed while the build was running; run the build again`)
    }
    return parsed.right.body
  }
  return Object.defineProperty({ ...info, path } as Source, "body", {
    enumerable: true,
    get: () => (body ??= load())
  })
}

// ---- the pool ---------------------------------------------------------------------------------------------

/** worker.ts beside this file, or worker.js when the pipeline runs compiled. */
const workerModule = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url)

/**
 * A worker thread running the worker module. A thread does not inherit the TypeScript loader of the main thread
 * (tsx or vitest), so it registers tsx's before importing a .ts module.
 */
const spawnThread = (onError: (e: unknown) => void) => (): WT.Worker => {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href.replace(/\.cjs$/, ".mjs")
  const load = `import(${JSON.stringify(workerModule.href)})`
  const code = workerModule.href.endsWith(".ts") ? `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return ${load} })` : load
  const thread = new WT.Worker(code, { eval: true, name: "border-events/extract" })
  thread.on("error", onError)
  return thread
}

/** Files per job: a few dozen KB, so that messaging costs little and every thread stays busy to the end. */
const BATCH = 8

/** Runs jobs in the main thread, one file at a time, letting the threads' messages through in between. */
const mainLane = <A>(
  take: () => A | undefined,
  load: (job: A) => Effect.Effect<ReadonlyArray<RawFile>>,
  done: (job: A, outcomes: ReadonlyArray<Outcome>) => Effect.Effect<void>
) =>
  Effect.gen(function*() {
    for (let job = take(); job !== undefined; job = take()) {
      const outcomes: Array<Outcome> = []
      for (const file of yield* load(job)) {
        outcomes.push(...runJob([file]))
        yield* Effect.yieldNow()
      }
      yield* done(job, outcomes)
    }
  })

/**
 * Runs `jobs` in the main thread and in `threads` worker threads, whichever is free taking the next job; `done`
 * receives each job's outcomes as they come. The main thread starts at once, the threads once they have loaded
 * the modules. It returns when every job is done, without waiting for threads still starting (they are shut
 * down in the background); a thread that fails to start or crashes, or a stage that throws, is a defect.
 */
const runBatches = <A>(
  jobs: ReadonlyArray<A>,
  threads: number,
  mainToo: boolean,
  load: (job: A) => Effect.Effect<ReadonlyArray<RawFile>>,
  done: (job: A, outcomes: ReadonlyArray<Outcome>, inThread: boolean) => Effect.Effect<void>
) =>
  Effect.gen(function*() {
    let next = 0
    const take = () => (next < jobs.length ? jobs[next++] : undefined)
    const here = (job: A, outcomes: ReadonlyArray<Outcome>) => done(job, outcomes, false)
    if (threads === 0) return yield* mainLane(take, load, here)
    const finished = yield* Deferred.make<void>()
    const crashed = yield* Deferred.make<never>()
    let count = 0
    const counted = (job: A, outcomes: ReadonlyArray<Outcome>, inThread: boolean) =>
      Effect.zipRight(done(job, outcomes, inThread), Effect.sync(() => ++count === jobs.length && Deferred.unsafeDone(finished, Exit.void)))
    const threadLanes = Effect.gen(function*() {
      const pool = yield* Worker.makePool<ReadonlyArray<RawFile>, ReadonlyArray<Outcome>, never>({ size: threads, concurrency: 2 })
      // Two lanes a thread, so that a thread has its next job while the main thread handles the last one's outcomes.
      const lane = Effect.gen(function*() {
        for (let job = take(); job !== undefined; job = take()) {
          const files = yield* load(job)
          yield* counted(job, yield* Effect.orDie(pool.executeEffect(files)), true)
        }
      })
      yield* Effect.all(Array.from({ length: threads * 2 }, () => lane), { concurrency: "unbounded", discard: true })
    }).pipe(Effect.scoped, Effect.provide(NodeWorker.layer(spawnThread((e) => Deferred.unsafeDone(crashed, Exit.die(e))))))
    const main = mainToo ? [mainLane(take, load, (job: A, outcomes: ReadonlyArray<Outcome>) => counted(job, outcomes, false))] : []
    const lanes = yield* Effect.forkDaemon(Effect.all([...main, threadLanes], { concurrency: "unbounded", discard: true }))
    // Done when every job is, or at the first failure of a lane or thread; the pool may still be starting or
    // retrying a thread that cannot start, so it is not waited for.
    yield* Effect.raceFirst(Effect.raceFirst(Deferred.await(finished), Fiber.join(lanes)), Deferred.await(crashed)).pipe(
      Effect.ensuring(Fiber.interruptFork(lanes))
    )
  })

// ---- the stage ----------------------------------------------------------------------------------------------

export interface ExtractOptions {
  /**
   * Worker threads beside the main thread, which extracts too; 0: the main thread alone. Default: one per core
   * but one. A thread holds its own copy of the modules (about 200 MB), so it only pays on its own core.
   */
  readonly workers?: number | undefined
  /** Whether the main thread extracts beside the worker threads; default true. */
  readonly mainThreadToo?: boolean | undefined
  /** Below this many bytes to extract, the main thread does it alone: starting threads costs more. Default 64 KiB. */
  readonly inlineBelow?: number | undefined
  /** Root of the extraction cache (see cache.ts); null or absent: no cache. */
  readonly cacheRoot?: string | null | undefined
}

export interface ExtractStats {
  readonly files: number
  readonly rawBytes: number
  /** Files whose events came from the cache. */
  readonly cached: number
  /** Files that went through the stages, and their bytes. */
  readonly extracted: number
  readonly extractedBytes: number
  /** Worker threads used; 0 when the main thread did the work. */
  readonly threads: number
  /** Files extracted in worker threads rather than in the main thread. */
  readonly inThreads: number
}

export interface Extracted {
  /** Every source, in source_id order. */
  readonly sources: ReadonlyArray<Source>
  /** Every event, in dataset order. */
  readonly events: ReadonlyArray<Event>
  readonly stats: ExtractStats
}

type Scanned =
  | { readonly _tag: "Hit"; readonly extraction: Extraction; readonly bytes: number }
  | { readonly _tag: "Miss"; readonly bytes: number }

/** Reads and hashes one file and looks it up in the cache; keeps nothing of the text. */
const scan = (fs: FileSystem.FileSystem, path: Path.Path, cache: ExtractionCache | null) => (file: string) =>
  Effect.gen(function*() {
    const bytes = yield* fs.readFile(file).pipe(Effect.orDie)
    const name = path.basename(file)
    const hit = cache && name.endsWith(".md") ? yield* cache.read(name.slice(0, -3), sha256(bytes)) : null
    const scanned: Scanned = hit ? { _tag: "Hit", extraction: hit, bytes: bytes.length } : { _tag: "Miss", bytes: bytes.length }
    return scanned
  })

/**
 * Every raw file of `rawDir` → its source and events, or every problem of every file in one error (as ingest
 * reports them). Files are read a few at a time and only their events are kept.
 */
export const extractSources = (rawDir: string, options: ExtractOptions = {}) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const progress = yield* Progress
    const paths = yield* listRaw(rawDir)
    const cache = options.cacheRoot ? yield* openCache(options.cacheRoot) : null

    const scanned = yield* Effect.forEach(paths, scan(fs, path, cache), { concurrency: 16 }).pipe(Effect.withSpan("extract.scan"))
    const misses = scanned.flatMap((s, i) => (s._tag === "Miss" ? [i] : []))
    const missBytes = misses.reduce((n, i) => n + scanned[i]!.bytes, 0)
    const wanted = options.workers ?? availableParallelism() - 1
    const mainToo = options.mainThreadToo ?? true
    // No more threads than there are batches left for them.
    const threads = missBytes < (options.inlineBelow ?? 65_536)
      ? 0
      : Math.max(0, Math.min(wanted, Math.ceil(misses.length / BATCH) - (mainToo ? 1 : 0)))

    const outcomes = new Map<number, Outcome>()
    let finished = 0
    let inThreads = 0
    const read = (batch: ReadonlyArray<number>) =>
      Effect.forEach(batch, (i) => Effect.map(Effect.orDie(fs.readFile(paths[i]!)), (bytes): RawFile => ({ path: paths[i]!, bytes })))
    const record = (batch: ReadonlyArray<number>, results: ReadonlyArray<Outcome>, inThread: boolean) =>
      Effect.gen(function*() {
        for (const [k, i] of batch.entries()) {
          const outcome = results[k]!
          outcomes.set(i, outcome)
          if (cache && outcome._tag === "Extracted") yield* cache.write(outcome.extraction)
        }
        finished += batch.length
        if (inThread) inThreads += batch.length
        yield* progress.update("extract", finished, misses.length)
      })
    const batches = Array.from({ length: Math.ceil(misses.length / BATCH) }, (_, b) => misses.slice(b * BATCH, (b + 1) * BATCH))
    yield* runBatches(batches, threads, mainToo, read, record).pipe(Effect.withSpan("extract.run"))
    yield* progress.done

    const problems = misses.flatMap((i) => {
      const o = outcomes.get(i)!
      return o._tag === "Invalid" ? decodeProblems(o.problems) : []
    })
    if (problems.length > 0) return yield* new InvalidSources({ problems })
    if (cache) yield* cache.prune
    const extractions = scanned.map((s, i) => {
      if (s._tag === "Hit") return s.extraction
      const o = outcomes.get(i)!
      return (o as Extract<Outcome, { _tag: "Extracted" }>).extraction
    })
    return {
      sources: extractions.map((x, i) => sourceOf(x.source, paths[i]!)),
      events: extractions.flatMap((x) => x.events).sort(compareEvents),
      stats: {
        files: paths.length,
        rawBytes: scanned.reduce((n, s) => n + s.bytes, 0),
        cached: paths.length - misses.length,
        extracted: misses.length,
        extractedBytes: missBytes,
        threads,
        inThreads
      }
    } satisfies Extracted
  })
