// extract: Segmented → drafts of events, each with its evidence span, the rule that made it and its confidence.
// The extractors of the four types plug in here; `resolve` turns drafts into events with ids.
import type { Crossing } from "../schemas/crossing.ts"
import type { Detention } from "../schemas/detention.ts"
import type { EventType } from "../schemas/event.ts"
import type { Ruling } from "../schemas/ruling.ts"
import type { Statement } from "../schemas/statement.ts"
import { crossings } from "./extract/crossing.ts"
import { detentions } from "./extract/detention.ts"
import { rulings } from "./extract/ruling.ts"
import { statements } from "./extract/statement.ts"
import type { Segmented } from "./segment.ts"

/** Bumped whenever extraction output may change; recorded in `method` and in the manifest. */
export const EXTRACTOR_VERSION = "0.1.0"

/** Columns an extractor does not set: ids, evidence and provenance come from the draft's span and rule. */
type Derived = "event_id" | "event_type" | "source_id" | "evidence" | "evidence_start" | "evidence_end" | "confidence" | "method" | "review_status"

interface ByType {
  readonly crossing: Crossing
  readonly detention: Detention
  readonly ruling: Ruling
  readonly statement: Statement
}

export type Columns<T extends EventType> = Omit<ByType[T], Derived>

export type Draft = {
  readonly [T in EventType]: {
    readonly event_type: T
    /** Evidence span: code-point offsets into the body, half-open; whole sentences. */
    readonly start: number
    readonly end: number
    /** Name of the rule that made the draft. */
    readonly rule: string
    readonly confidence: number
    readonly columns: Columns<T>
  }
}[EventType]

export type Extractor = (doc: Segmented) => ReadonlyArray<Draft>

/** The extractors, in the order their drafts are numbered. */
export const extractors: ReadonlyArray<Extractor> = [crossings, detentions, rulings, statements]

export const extract = (doc: Segmented): ReadonlyArray<Draft> => extractors.flatMap((x) => x(doc))
