// show: an event id → what a reviewer needs to decide on the event: its columns, its evidence in the paragraphs
// around it, and every record of the review log about it (`border-events show EVENT_ID`).
import { Args, Command, Options } from "@effect/cli"
import { Console, Effect, Either } from "effect"
import { columnsOf } from "../schemas/columns.ts"
import { type Event, eventSchemas } from "../schemas/events.ts"
import { at, UnknownEvent } from "./errors.ts"
import type { Source } from "./ingest.ts"
import { slice } from "./offsets.ts"
import { currentDataset } from "./review-log.ts"
import { type Logged, type Reviewed, reviewRows } from "./review.ts"
import { segment } from "./segment.ts"

const value = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v))

/** The paragraphs that hold the evidence, with the evidence between `[[` and `]]`, and the file line it starts on. */
export const inContext = (source: Source, event: Event): { readonly line: number; readonly text: string } => {
  const { end, start } = { start: event.evidence_start, end: event.evidence_end }
  const around = segment(source).paragraphs.filter((p) => p.start < end && p.end > start)
  const from = Math.min(start, ...around.map((p) => p.start))
  const to = Math.max(end, ...around.map((p) => p.end))
  const body = source.body
  return {
    line: source.bodyLine + slice(body, 0, start).split("\n").length - 1,
    text: `${slice(body, from, start)}[[${slice(body, start, end)}]]${slice(body, end, to)}`
  }
}

const historyLine = (l: Logged): string => {
  const r = l.record
  const what = r.type === "EventCorrected"
    ? `  set ${JSON.stringify(r.set)}`
    : r.type === "EventAdded"
    ? `  columns ${JSON.stringify(r.columns)}`
    : r.type === "EventRejected" || r.type === "SourceRetired"
    ? `  reason: ${r.reason}`
    : ""
  return `  ${l.file}:${l.line}  ${r.date}  ${r.reviewer}  ${r.type}${what}${r.note === undefined ? "" : `  note: ${r.note}`}`
}

/** The report on one event: in the dataset, or taken out by the log. Pure. */
export const renderShow = (
  sources: ReadonlyArray<Source>,
  reviewed: Reviewed,
  id: string,
  rawDir: string
): Either.Either<string, UnknownEvent> => {
  const current = reviewed.events.find((e) => e.event_id === id)
  const removed = reviewed.removed.get(id)
  const event = current ?? removed?.event
  const source = event && sources.find((s) => s.sourceId === event.source_id)
  if (!event || !source) {
    return Either.left(new UnknownEvent({ ...at(rawDir, null, `no event \`${id}\` in the dataset or its review log`), event_id: id }))
  }
  const status = current
    ? `${current.review_status} (method ${current.method}, confidence ${current.confidence})`
    : removed!.by.record.type === "SourceRetired"
    ? `left the dataset: its source was retired by review ${removed!.by.record.review_id}`
    : `left the dataset: rejected by review ${removed!.by.record.review_id}`
  const rows = reviewRows(reviewed.log)
  const history = reviewed.log.filter((_, i) =>
    rows[i]!.event_id === id || (rows[i]!.record === "SourceRetired" && rows[i]!.source_id === event.source_id)
  )
  const names = columnsOf(eventSchemas[event.event_type]).map((c) => c.name).filter((n) => n !== "evidence")
  const width = Math.max(...names.map((n) => n.length))
  const fields = event as unknown as Readonly<Record<string, unknown>>
  const context = inContext(source, event)
  return Either.right(
    [
      `${id} · ${event.event_type} · ${status}`,
      `source: ${source.sourceId} — ${source.meta.title}`,
      "",
      "columns",
      ...names.map((n) => `  ${n.padEnd(width)}  ${value(fields[n])}`),
      "",
      `evidence in context (${source.path}:${context.line}, code points ${event.evidence_start}–${event.evidence_end})`,
      ...context.text.split("\n").map((l) => `  ${l}`),
      "",
      "review history",
      ...(history.length === 0 ? ["  none: as the extractor made it"] : history.map(historyLine))
    ].join("\n")
  )
}

export const showEvent = (rawDir: string, id: string) =>
  Effect.gen(function*() {
    const { reviewed, sources } = yield* currentDataset(rawDir)
    return yield* renderShow(sources, reviewed, id, rawDir)
  })

export const showCommand = Command.make(
  "show",
  {
    raw: Options.directory("raw").pipe(Options.withDefault("raw"), Options.withDescription("folder of raw sources")),
    event: Args.text({ name: "EVENT_ID" })
  },
  ({ event, raw }) => Effect.flatMap(showEvent(raw, event), Console.log)
).pipe(Command.withDescription("Print an event, its evidence in context and its review history."))
