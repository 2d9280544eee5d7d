// The build: the stages in their order, declared once.
// ingest → segment → extract → resolve → review → project → write → release
import { Effect } from "effect"
import { checkReleased, previousRelease, type Released } from "./append-only.ts"
import { extract } from "./extract.ts"
import { ingest } from "./ingest.ts"
import { Progress } from "./progress.ts"
import { type Dataset, project } from "./project.ts"
import { compareEvents, resolve } from "./resolve.ts"
import { release, releaseOptions } from "./release.ts"
import { review } from "./review.ts"
import { segment } from "./segment.ts"
import { writeAtomic } from "./write.ts"

export interface BuildOptions {
  readonly rawDir: string
  readonly outDir: string
  /** manifest.json of the previous release, to version this one against; none for the first release. */
  readonly previous?: string | null
}

/**
 * Raw sources and the review log → the dataset: every source, its events in dataset order, the log. With the
 * previous release's sources, fails first when one of them has changed (raw/ is append-only).
 */
export const buildDataset = (rawDir: string, released: Released | null = null) =>
  Effect.gen(function*() {
    const progress = yield* Progress
    const sources = yield* ingest(rawDir)
    if (released) yield* checkReleased(sources, released)
    const events = []
    for (const [i, source] of sources.entries()) {
      const doc = segment(source)
      events.push(...resolve(doc, extract(doc)))
      yield* progress.update("extract", i + 1, sources.length)
    }
    yield* progress.done
    const reviewed = yield* review(rawDir, sources, events.sort(compareEvents))
    const dataset: Dataset = { sources, events: reviewed.events, reviews: reviewed.log }
    return { ...dataset, reviewed }
  })

/** Builds `rawDir` into `outDir`, replacing it atomically. */
export const build = (options: BuildOptions) =>
  Effect.gen(function*() {
    const dataset = yield* buildDataset(options.rawDir, yield* previousRelease(options))
    const tables = project(dataset)
    const { changes, files, version } = release(dataset, tables, yield* releaseOptions(dataset, options.previous ?? null))
    yield* writeAtomic(options.outDir, files)
    return { dataset, files, version, changes }
  })
