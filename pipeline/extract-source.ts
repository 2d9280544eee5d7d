// extract-source: one raw file → its source and its events, through the per-source stages in their order:
// ingest (parse) → segment → extract → resolve. Pure, so it runs the same in a worker thread, in the main
// thread, or not at all when the cache already holds its result (see workers.ts and cache.ts).
import { Either } from "effect"
import type { Event } from "../schemas/events.ts"
import type { SourceProblem } from "./errors.ts"
import { extract } from "./extract.ts"
import { parseSource, type Source } from "./ingest.ts"
import { resolve } from "./resolve.ts"
import { segment } from "./segment.ts"

/** What the build keeps of a source once its events are extracted: everything but its text and where it lies. */
export type SourceInfo = Omit<Source, "body" | "path">

/** One source's share of the dataset. */
export interface Extraction {
  readonly source: SourceInfo
  /** In dataset order. */
  readonly events: ReadonlyArray<Event>
}

export const extractSource = (path: string, bytes: Uint8Array): Either.Either<Extraction, ReadonlyArray<SourceProblem>> =>
  Either.map(parseSource(path, bytes), (source) => {
    const doc = segment(source)
    const { body: _body, path: _path, ...info } = source
    return { source: info, events: resolve(doc, extract(doc)) }
  })
