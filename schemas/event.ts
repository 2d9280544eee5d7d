// The columns every event has (codebook: Columns of every event).
import { Schema } from "effect"
import { Alpha2, Confidence, IsoDate, List, Offset } from "./columns.ts"
import { SourceId } from "./source.ts"

export const EventType = Schema.Literal("crossing", "detention", "ruling", "statement")
export type EventType = typeof EventType.Type

export const DatePrecision = Schema.Literal("day", "week", "month", "season", "half", "year", "unknown")
export type DatePrecision = typeof DatePrecision.Type

export const ReviewStatus = Schema.Literal("machine", "confirmed", "corrected")
export type ReviewStatus = typeof ReviewStatus.Type

export const EventId = Schema.String.pipe(Schema.pattern(/^(crossing|detention|ruling|statement)-[0-9a-f]{12}$/))

/** The common columns, in their public order, with `event_type` fixed to one type. */
export const commonFields = <T extends EventType>(type: T) => ({
  event_id: EventId.annotations({
    description: "stable identifier, <type>-<12 hex>; the same source text gives the same id in every release"
  }),
  event_type: Schema.Literal(type).annotations({ description: "crossing, detention, ruling or statement" }),
  source_id: SourceId.annotations({ description: "identifier of the raw document (its file name without extension)" }),
  evidence: Schema.String.annotations({ description: "the sentence or sentences of the source that report the event, verbatim" }),
  evidence_start: Offset.annotations({
    description: "start of evidence in the source body, in Unicode code points (inclusive)"
  }),
  evidence_end: Offset.annotations({ description: "end of evidence in the source body, in Unicode code points (exclusive)" }),
  date_start: Schema.NullOr(IsoDate).annotations({ description: "first day of the period in which the event happened; null when open" }),
  date_end: Schema.NullOr(IsoDate).annotations({ description: "last day of the period in which the event happened; null when open" }),
  date_precision: DatePrecision.annotations({ description: "day, week, month, season, half, year or unknown" }),
  date_text: Schema.NullOr(Schema.String).annotations({ description: "the words the date was read from" }),
  countries: List(Alpha2).annotations({
    description: "every state the event involves (ISO 3166-1 alpha-2), for filtering"
  }),
  location: Schema.NullOr(Schema.String).annotations({ description: "a named place below the state (town, crossing point, centre)" }),
  confidence: Confidence.annotations({ description: "how sure the extractor is, 0 to 1; 1 for reviewed events" }),
  method: Schema.String.annotations({ description: "what produced the row: the extractor's rule and version, or review" }),
  review_status: ReviewStatus.annotations({ description: "machine (not reviewed), confirmed or corrected" })
})

/** The `events` table: the common columns of every event, whatever its type. */
export const EventRow = Schema.Struct({ ...commonFields("crossing"), event_type: EventType }).annotations({
  identifier: "Event",
  description: "One row per event, with the columns every event type has."
})
export type EventRow = typeof EventRow.Type

/** People columns shared by crossings and detentions (codebook: crossing and detention). */
export const peopleFields = {
  people: Schema.String.annotations({ description: "who, as the source words it, without a leading article or quantity" }),
  people_count_min: Schema.NullOr(Schema.Int.pipe(Schema.nonNegative())).annotations({
    description: "lower bound of the number of people; vague words give the codebook's lower bounds"
  }),
  people_count_max: Schema.NullOr(Schema.Int.pipe(Schema.nonNegative())).annotations({
    description: "upper bound of the number of people; null when open"
  }),
  nationalities: List(Alpha2).annotations({ description: "nationalities of the people, where said" })
}
