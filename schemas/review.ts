// The review log: reviewers' decisions as past-tense records, one JSON object per line of raw/reviews/*.jsonl,
// and the `reviews` table that publishes them (codebook: confidence, method and review_status of every event).
import { Schema } from "effect"
import { Count, IsoDate } from "./columns.ts"
import { EventId, EventType } from "./event.ts"
import { SourceId } from "./source.ts"

/** Text that says something: not empty, not only spaces. Kept verbatim. */
const Text = Schema.String.pipe(Schema.filter((s) => s.trim() !== "", { message: () => "a non-empty text" }))

/** Names a record in the log; the CLI makes `<date>-<10 hex>`, a hand-written record may use any such token. */
export const ReviewId = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/),
  Schema.maxLength(80)
).annotations({ identifier: "ReviewId", description: "identifier of the review record, unique in the log" })

/** What every record says: which record, when (a date given by the reviewer, not a clock), who, and why. */
const common = {
  review_id: ReviewId,
  date: IsoDate,
  reviewer: Text,
  note: Schema.optional(Text)
}

/**
 * An event's values as reviewed: every column of its type except `event_id` and the provenance columns
 * (`confidence`, `method`, `review_status`), which the review sets. Checked against the event's schema when
 * the log is folded, so that a wrong value is reported with its column.
 */
export const Values = Schema.Record({ key: Schema.String, value: Schema.Unknown })
export type Values = typeof Values.Type

/** A reviewer found the event right as it stood. `values` keeps it even when the extractor stops finding it. */
export const EventConfirmed = Schema.Struct({
  type: Schema.Literal("EventConfirmed"),
  ...common,
  event_id: EventId,
  values: Values
})
export type EventConfirmed = typeof EventConfirmed.Type

/** A reviewer changed columns of the event: `set` holds the changed columns, `values` the whole event after the change. */
export const EventCorrected = Schema.Struct({
  type: Schema.Literal("EventCorrected"),
  ...common,
  event_id: EventId,
  set: Values,
  values: Values
})
export type EventCorrected = typeof EventCorrected.Type

/** A reviewer found that the text does not report this event; `values` is the event as it was rejected. */
export const EventRejected = Schema.Struct({
  type: Schema.Literal("EventRejected"),
  ...common,
  event_id: EventId,
  reason: Text,
  values: Values
})
export type EventRejected = typeof EventRejected.Type

/**
 * A reviewer coded an event the extractor missed. `evidence` must occur in the source's body; `evidence_start`
 * (code points) says which occurrence where the text occurs more than once. `columns` are the type's own and
 * common columns; a nullable column left out is null, a list empty, an enum with `unknown` unknown.
 */
export const EventAdded = Schema.Struct({
  type: Schema.Literal("EventAdded"),
  ...common,
  event_type: EventType,
  source_id: SourceId,
  evidence: Text,
  evidence_start: Schema.optional(Count),
  columns: Values
})
export type EventAdded = typeof EventAdded.Type

/** A source leaves the dataset with all its events; its text stays in raw/, as every released text does. */
export const SourceRetired = Schema.Struct({
  type: Schema.Literal("SourceRetired"),
  ...common,
  source_id: SourceId,
  reason: Text
})
export type SourceRetired = typeof SourceRetired.Type

export const reviewRecords = {
  EventConfirmed,
  EventCorrected,
  EventRejected,
  EventAdded,
  SourceRetired
} as const

export const ReviewRecord = Schema.Union(EventConfirmed, EventCorrected, EventRejected, EventAdded, SourceRetired)
export type ReviewRecord = typeof ReviewRecord.Type
export type RecordType = ReviewRecord["type"]

/** The `reviews` table: one row per record of the log, in log order. */
export const ReviewRow = Schema.Struct({
  review_id: ReviewId,
  record: Schema.Literal("EventConfirmed", "EventCorrected", "EventRejected", "EventAdded", "SourceRetired").annotations({
    description: "EventConfirmed, EventCorrected, EventRejected, EventAdded or SourceRetired"
  }),
  date: IsoDate.annotations({ description: "date of the decision, as the reviewer gave it" }),
  reviewer: Schema.String.annotations({ description: "who decided" }),
  event_id: Schema.NullOr(EventId).annotations({ description: "the event decided on; null when a source is retired" }),
  event_type: Schema.NullOr(EventType).annotations({ description: "type of the event; null when a source is retired" }),
  source_id: SourceId.annotations({ description: "source of the event, or the source retired" }),
  changes: Schema.NullOr(Schema.String).annotations({
    description: "columns a correction set or an added event has, with their values, as a JSON object; null otherwise"
  }),
  reason: Schema.NullOr(Schema.String).annotations({ description: "why an event was rejected or a source retired" }),
  note: Schema.NullOr(Schema.String).annotations({ description: "the reviewer's note" }),
  log_file: Schema.String.annotations({ description: "file of the review log that holds the record, relative to raw/" }),
  log_line: Count.annotations({ description: "line of the record in that file" })
}).annotations({ identifier: "Review", description: "One row per record of the review log: who decided what about which event, and why." })
export type ReviewRow = typeof ReviewRow.Type
