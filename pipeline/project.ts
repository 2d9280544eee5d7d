// project: sources, events and the review log → the published tables: `events` (common columns), one per type,
// `sources` and `reviews`.
import type { Schema } from "effect"
import { type Column, columnsOf } from "../schemas/columns.ts"
import { EventRow } from "../schemas/event.ts"
import { type Event, eventSchemas, typeTables } from "../schemas/events.ts"
import { ReviewRow } from "../schemas/review.ts"
import { SourceRow } from "../schemas/source.ts"
import type { Source } from "./ingest.ts"
import { type Logged, reviewRows } from "./review.ts"

export interface Dataset {
  readonly sources: ReadonlyArray<Source>
  /** Every event, in dataset order. */
  readonly events: ReadonlyArray<Event>
  /** The review log the events were folded with, in log order; none when absent. */
  readonly reviews?: ReadonlyArray<Logged>
}

export interface Table {
  readonly name: string
  readonly schema: Schema.Schema.AnyNoContext
  readonly columns: ReadonlyArray<Column>
  readonly rows: ReadonlyArray<Readonly<Record<string, unknown>>>
}

const table = (name: string, schema: Schema.Schema.AnyNoContext, rows: ReadonlyArray<Readonly<Record<string, unknown>>>): Table => ({
  name,
  schema,
  columns: columnsOf(schema),
  rows
})

export const sourceRow = (source: Source, eventCount: number, retired: boolean): SourceRow => ({
  source_id: source.sourceId,
  title: source.meta.title,
  url: source.meta.url ?? null,
  publisher: source.meta.publisher ?? null,
  published: source.meta.published ?? null,
  language: source.meta.language,
  license: source.meta.license ?? null,
  retrieved: source.meta.retrieved,
  sha256: source.sha256,
  event_count: eventCount,
  retired
})

/** The tables of a dataset, in publication order. */
export const project = (dataset: Dataset): ReadonlyArray<Table> => {
  const counts = new Map<string, number>()
  for (const e of dataset.events) counts.set(e.source_id, (counts.get(e.source_id) ?? 0) + 1)
  const reviews = dataset.reviews ?? []
  const retired = new Set(reviews.flatMap((l) => (l.record.type === "SourceRetired" ? [l.record.source_id] : [])))
  return [
    table("events", EventRow, dataset.events),
    ...typeTables.map(({ table: name, type }) =>
      table(name, eventSchemas[type], dataset.events.filter((e) => e.event_type === type))
    ),
    table("sources", SourceRow, dataset.sources.map((s) => sourceRow(s, counts.get(s.sourceId) ?? 0, retired.has(s.sourceId)))),
    table("reviews", ReviewRow, reviewRows(reviews))
  ]
}
