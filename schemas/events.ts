// The four event types together: the union that events.json holds, and the per-type tables.
import { Schema } from "effect"
import { Crossing } from "./crossing.ts"
import { Detention } from "./detention.ts"
import type { EventType } from "./event.ts"
import { Ruling } from "./ruling.ts"
import { Statement } from "./statement.ts"

export const Event = Schema.Union(Crossing, Detention, Ruling, Statement).annotations({ identifier: "Event" })
export type Event = typeof Event.Type

export const eventSchemas = { crossing: Crossing, detention: Detention, ruling: Ruling, statement: Statement } as const

/** The table of each type, named in the plural. */
export const typeTables: ReadonlyArray<{ readonly type: EventType; readonly table: string }> = [
  { type: "crossing", table: "crossings" },
  { type: "detention", table: "detentions" },
  { type: "ruling", table: "rulings" },
  { type: "statement", table: "statements" }
]

/** The events.json document: every event, in dataset order. */
export const EventsFile = Schema.Array(Event).annotations({
  identifier: "EventsFile",
  title: "border-events events",
  description: "Every event of the release, in (source_id, evidence_start, event_type) order."
})
