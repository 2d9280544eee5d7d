// A gold annotation file (formats.md: A gold annotation).
import { Schema } from "effect"
import { EventType } from "./event.ts"
import { SourceId } from "./source.ts"

export const GoldEvent = Schema.Struct(
  {
    event_type: EventType,
    evidence: Schema.String.pipe(Schema.nonEmptyString()),
    evidence_start: Schema.optional(Schema.Int.pipe(Schema.nonNegative())),
    also: Schema.optional(Schema.Array(Schema.String))
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
)
export type GoldEvent = typeof GoldEvent.Type

export const GoldFile = Schema.Struct({ source_id: SourceId, events: Schema.Array(GoldEvent) })
export type GoldFile = typeof GoldFile.Type
