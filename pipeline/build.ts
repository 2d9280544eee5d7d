// The build: the stages in their order, declared once.
// ingest → segment → extract → resolve → review → project → write → release
// The first four run per source (extract-source.ts), in worker threads and behind a cache (workers.ts, cache.ts).
import { Effect } from "effect"
import { checkReleased, previousRelease, type Released } from "./append-only.ts"
import { cacheRootFor } from "./cache.ts"
import { type Dataset, project } from "./project.ts"
import { release, releaseOptions } from "./release.ts"
import { review } from "./review.ts"
import { type ExtractOptions, extractSources } from "./workers.ts"
import { writeAtomic } from "./write.ts"

export interface BuildOptions {
  readonly rawDir: string
  readonly outDir: string
  /** manifest.json of the previous release, to version this one against; none for the first release. */
  readonly previous?: string | null
  /** Worker threads for extraction: default one per core; 0 extracts in the main thread. */
  readonly workers?: number | undefined
  /** Reuse the extraction of unchanged sources (kept in .cache/ beside `outDir`); default true. */
  readonly cache?: boolean | undefined
}

/**
 * Raw sources and the review log → the dataset: every source, its events in dataset order, the log. With the
 * previous release's sources, fails first when one of them has changed (raw/ is append-only).
 */
export const buildDataset = (rawDir: string, released: Released | null = null, options: ExtractOptions = {}) =>
  Effect.gen(function*() {
    const { events, sources, stats } = yield* extractSources(rawDir, options).pipe(Effect.withSpan("build.extract"))
    if (released) yield* checkReleased(sources, released)
    const reviewed = yield* review(rawDir, sources, events).pipe(Effect.withSpan("build.review"))
    const dataset: Dataset = { sources, events: reviewed.events, reviews: reviewed.log }
    return { ...dataset, reviewed, stats }
  })

/** Builds `rawDir` into `outDir`, replacing it atomically. */
export const build = (options: BuildOptions) =>
  Effect.gen(function*() {
    const cacheRoot = options.cache === false ? null : yield* cacheRootFor(options.outDir)
    const dataset = yield* buildDataset(options.rawDir, yield* previousRelease(options), { cacheRoot, workers: options.workers })
    const tables = yield* Effect.sync(() => project(dataset)).pipe(Effect.withSpan("build.project"))
    const settings = yield* releaseOptions(dataset, options.previous ?? null)
    // The release's files are written one at a time into the folder that replaces the output.
    const { changes, files, version } = yield* writeAtomic(options.outDir, (staging) =>
      release(dataset, tables, settings, staging).pipe(Effect.withSpan("build.release"))).pipe(Effect.withSpan("build.write"))
    return { dataset, files, version, changes }
  })
