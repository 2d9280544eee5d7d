// The build: the stages in their order, declared once.
// ingest → segment → extract → resolve → project → write
import { Effect } from "effect"
import { extract } from "./extract.ts"
import { ingest } from "./ingest.ts"
import { Progress } from "./progress.ts"
import { type Dataset, project } from "./project.ts"
import { compareEvents, resolve } from "./resolve.ts"
import { segment } from "./segment.ts"
import { render, writeAtomic } from "./write.ts"

export interface BuildOptions {
  readonly rawDir: string
  readonly outDir: string
}

/** Raw sources → the dataset: every source and its events, in dataset order. */
export const buildDataset = (rawDir: string) =>
  Effect.gen(function*() {
    const progress = yield* Progress
    const sources = yield* ingest(rawDir)
    const events = []
    for (const [i, source] of sources.entries()) {
      const doc = segment(source)
      events.push(...resolve(doc, extract(doc)))
      yield* progress.update("extract", i + 1, sources.length)
    }
    yield* progress.done
    return { sources, events: events.sort(compareEvents) } satisfies Dataset
  })

/** Builds `rawDir` into `outDir`, replacing it atomically. */
export const build = (options: BuildOptions) =>
  Effect.gen(function*() {
    const dataset = yield* buildDataset(options.rawDir)
    const files = render(dataset, project(dataset))
    yield* writeAtomic(options.outDir, files)
    return { dataset, files }
  })
