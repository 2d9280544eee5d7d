// resolve: drafts of one source → events with stable ids, verbatim evidence and provenance, in dataset order.
import type { Event } from "../schemas/events.ts"
import type { Draft } from "./extract.ts"
import { EXTRACTOR_VERSION } from "./extract.ts"
import { sha256 } from "./ingest.ts"
import { slice } from "./offsets.ts"
import type { Segmented } from "./segment.ts"

/**
 * `<type>-` + 12 hex digits of a hash of the source, the type and the evidence text (and an ordinal when one
 * evidence yields several events of a type): never of extracted values, so a better parse keeps the id.
 */
export const eventId = (sourceId: string, type: string, evidence: string, ordinal: number): string =>
  `${type}-${sha256(`${sourceId}\n${type}\n${evidence}${ordinal > 0 ? `\n${ordinal}` : ""}`).slice(0, 12)}`

const typeOrder = { crossing: 0, detention: 1, ruling: 2, statement: 3 } as const

/** Dataset order: (source_id, evidence_start, event_type), then the extractor's order. */
export const compareEvents = (a: Event, b: Event): number =>
  a.source_id < b.source_id ? -1 : a.source_id > b.source_id ? 1 :
  a.evidence_start - b.evidence_start || typeOrder[a.event_type] - typeOrder[b.event_type] ||
  a.evidence_end - b.evidence_end || (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0)

export const resolve = (doc: Segmented, drafts: ReadonlyArray<Draft>): ReadonlyArray<Event> => {
  const sourceId = doc.source.sourceId
  const seen = new Map<string, number>()
  const events = drafts.map((d): Event => {
    const evidence = slice(doc.source.body, d.start, d.end)
    const key = `${d.event_type}\n${evidence}`
    const ordinal = seen.get(key) ?? 0
    seen.set(key, ordinal + 1)
    return {
      event_id: eventId(sourceId, d.event_type, evidence, ordinal),
      event_type: d.event_type,
      source_id: sourceId,
      evidence,
      evidence_start: d.start,
      evidence_end: d.end,
      ...d.columns,
      confidence: d.confidence,
      method: `${d.rule}@${EXTRACTOR_VERSION}`,
      review_status: "machine"
    } as Event
  })
  return events.sort(compareEvents)
}
