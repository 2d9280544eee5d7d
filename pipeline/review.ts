// review: resolved events + the review log (raw/reviews/*.jsonl) → the reviewed events. The dataset is the fold
// of the extraction output and the log, whose records are applied in file and line order.
// Takes: sources, resolved events in dataset order, the log. Produces: the events after review, and what the log did.
import { FileSystem, Path } from "@effect/platform"
import { Effect, Either, ParseResult, Schema } from "effect"
import { absurd } from "effect/Function"
import { type Column, columnsOf } from "../schemas/columns.ts"
import { EventType, type ReviewStatus } from "../schemas/event.ts"
import { type Event, eventSchemas } from "../schemas/events.ts"
import { type EventAdded, ReviewRecord, reviewRecords, type ReviewRow, type Values } from "../schemas/review.ts"
import {
  at,
  ColumnNotCorrectable,
  ColumnNotInType,
  DuplicateReviewId,
  EvidenceNotInSource,
  InvalidValue,
  MalformedReviewLine,
  type ReviewProblem,
  RetiredSource,
  UnknownEvent,
  UnknownSource
} from "./errors.ts"
import type { Source } from "./ingest.ts"
import { find, slice } from "./offsets.ts"
import { compareEvents, eventId } from "./resolve.ts"

/** One record of the log and where it is. */
export interface Logged {
  /** The review file as it was read, for messages. */
  readonly path: string
  /** The same file relative to the raw folder (`reviews/<name>.jsonl`), as the release publishes it. */
  readonly file: string
  readonly line: number
  readonly record: ReviewRecord
}

export interface Removed {
  /** The event as it was when the log took it out. */
  readonly event: Event
  /** The rejection, or the retirement of its source. */
  readonly by: Logged
}

export interface Reviewed {
  /** The extraction's events the log was folded over, so that a new record can be checked by folding again. */
  readonly extracted: ReadonlyArray<Event>
  /** Every event after the log, in dataset order. */
  readonly events: ReadonlyArray<Event>
  /** The log, in the order it was applied. */
  readonly log: ReadonlyArray<Logged>
  /** Events the log took out: rejected, or of a retired source. */
  readonly removed: ReadonlyMap<string, Removed>
  /** Reviewed events the extraction does not produce any more, kept with the values their last review recorded. */
  readonly kept: ReadonlyArray<{ readonly event: Event; readonly by: Logged }>
  /** Retired sources and the record that retired each. */
  readonly retired: ReadonlyMap<string, Logged>
}

// ---- reading the log ---------------------------------------------------------------------------------------

const decodeRecord = Schema.decodeUnknownEither(ReviewRecord, { errors: "first", onExcessProperty: "error" })

/** The first problem of a failed decode, as `field: what is wrong`. */
const describeIssue = (error: ParseResult.ParseError) => {
  const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0]
  const field = issue?.path.map(String).join(".") ?? ""
  const missing = issue?._tag === "Missing"
  const message = issue?.message ?? "refused"
  const problem = missing
    ? `\`${field}\` is missing`
    : message.startsWith("is unexpected")
    ? `unknown field \`${field}\``
    : `\`${field}\`: ${message}`
  return { field, missing, message, problem }
}

const recordTypes = Object.keys(reviewRecords).join(", ")

/** One line of a review file → a record, or what is wrong with it. */
export const parseReviewLine = (text: string): Either.Either<ReviewRecord, string> => {
  const json = Either.try(() => JSON.parse(text) as unknown)
  if (Either.isLeft(json)) return Either.left(`not valid JSON (${(json.left as Error).message})`)
  const value = json.right
  if (typeof value !== "object" || value === null || Array.isArray(value)) return Either.left("not a JSON object")
  const type = (value as { readonly type?: unknown }).type
  if (typeof type !== "string" || !Object.hasOwn(reviewRecords, type)) {
    return Either.left(`\`type\` must be one of ${recordTypes}${type === undefined ? "" : `, not ${JSON.stringify(type)}`}`)
  }
  return Either.mapLeft(decodeRecord(value), (e) => describeIssue(e).problem)
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** The records of one review file, in line order; blank lines are skipped. Pure: the caller reads the bytes. */
export const parseReviewFile = (
  path: string,
  file: string,
  bytes: Uint8Array
): Either.Either<ReadonlyArray<Logged>, MalformedReviewLine> => {
  const text = Either.try(() => utf8.decode(bytes))
  if (Either.isLeft(text)) return Either.left(new MalformedReviewLine(at(path, null, "is not valid UTF-8; save the file as UTF-8")))
  const records: Array<Logged> = []
  for (const [i, line] of text.right.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue
    const record = parseReviewLine(line)
    if (Either.isLeft(record)) return Either.left(new MalformedReviewLine(at(path, i + 1, record.left)))
    records.push({ path, file, line: i + 1, record: record.right })
  }
  return Either.right(records)
}

/** The log: every record of raw/reviews/*.jsonl, in file-name and line order; empty when there is no such folder. */
export const readReviewLog = (rawDir: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const dir = path.join(rawDir, "reviews")
    const exists = yield* fs.exists(dir).pipe(Effect.orElseSucceed(() => false))
    if (!exists) return [] as ReadonlyArray<Logged>
    const names = (yield* fs.readDirectory(dir).pipe(Effect.orDie)).filter((n) => !n.startsWith(".")).sort()
    const log: Array<Logged> = []
    for (const name of names) {
      const full = path.join(dir, name)
      if (!name.endsWith(".jsonl")) {
        return yield* new MalformedReviewLine(at(full, null, "is not a .jsonl file; review records go in raw/reviews/*.jsonl"))
      }
      const bytes = yield* fs.readFile(full).pipe(Effect.orDie)
      log.push(...(yield* parseReviewFile(full, `reviews/${name}`, bytes)))
    }
    return log as ReadonlyArray<Logged>
  })

// ---- the fold ----------------------------------------------------------------------------------------------

/** Columns that name the event and its evidence: a correction never sets them (reject, then add, instead). */
const identity: ReadonlySet<string> = new Set(["event_id", "event_type", "source_id", "evidence", "evidence_start", "evidence_end"])
/** Columns the review itself sets on every reviewed row. */
const provenance: ReadonlySet<string> = new Set(["confidence", "method", "review_status"])

const byName = (t: EventType): ReadonlyMap<string, Column> => new Map(columnsOf(eventSchemas[t]).map((c) => [c.name, c]))
const columnsOfType: Record<EventType, ReadonlyMap<string, Column>> = {
  crossing: byName("crossing"),
  detention: byName("detention"),
  ruling: byName("ruling"),
  statement: byName("statement")
}

const decoderOf = <A extends Event, I>(schema: Schema.Schema<A, I>) =>
  Schema.decodeUnknownEither(schema, { errors: "first", onExcessProperty: "error" })
const decoders: Record<EventType, (u: unknown) => Either.Either<Event, ParseResult.ParseError>> = {
  crossing: decoderOf(eventSchemas.crossing),
  detention: decoderOf(eventSchemas.detention),
  ruling: decoderOf(eventSchemas.ruling),
  statement: decoderOf(eventSchemas.statement)
}

/** An evidence yields a handful of events of one type; an id's ordinal is looked for up to this bound. */
const MAX_ORDINAL = 100

/** Private to one fold, so updated in place. */
interface State {
  readonly sources: ReadonlyMap<string, Source>
  /** Ids the extraction produced. */
  readonly extracted: ReadonlySet<string>
  readonly events: Map<string, Event>
  readonly removed: Map<string, Removed>
  readonly retired: Map<string, Logged>
  readonly reviewIds: Map<string, Logged>
  /** Added events so far per (source, type, evidence): the ordinal of the next one's id. */
  readonly added: Map<string, number>
  readonly addedIds: Set<string>
  readonly lastReview: Map<string, Logged>
}

type Step<A> = Either.Either<A, ReviewProblem>

const here = (l: Logged, problem: string) => at(l.path, l.line, problem)
const ok = Either.right(undefined)

const liveSource = (state: State, l: Logged, sourceId: string): Step<Source> => {
  const source = state.sources.get(sourceId)
  if (!source) {
    return Either.left(new UnknownSource({ ...here(l, `no source \`${sourceId}\` in raw/ (no file ${sourceId}.md)`), source_id: sourceId }))
  }
  const by = state.retired.get(sourceId)
  if (by) {
    return Either.left(
      new RetiredSource({
        ...here(l, `source \`${sourceId}\` was retired by review ${by.record.review_id} (${by.path}:${by.line})`),
        source_id: sourceId
      })
    )
  }
  return Either.right(source)
}

const typeOf = (l: Logged, values: Values): Step<EventType> =>
  Schema.is(EventType)(values.event_type)
    ? Either.right(values.event_type)
    : Either.left(
      new InvalidValue({
        ...here(l, `\`values.event_type\` must be one of ${EventType.literals.join(", ")}, not ${JSON.stringify(values.event_type)}`),
        column: "event_type"
      })
    )

/**
 * The columns of `given` must be columns of the type; `settable` ones only (not identity or provenance) for a
 * correction or an added event, and no provenance or id in the recorded values of an event.
 */
const checkColumns = (l: Logged, type: EventType, given: Values, field: string, settable: boolean): Step<void> => {
  for (const column of Object.keys(given)) {
    if (!columnsOfType[type].has(column)) {
      return Either.left(
        new ColumnNotInType({ ...here(l, `\`${field}\`: a ${type} has no column \`${column}\``), column, event_type: type })
      )
    }
    if (provenance.has(column) || column === "event_id" || (settable && identity.has(column))) {
      const why = provenance.has(column)
        ? "the review sets it"
        : column === "event_id"
        ? "the id comes from the source, type and evidence"
        : "it names the evidence; reject the event and add it with the new evidence instead"
      return Either.left(new ColumnNotCorrectable({ ...here(l, `\`${field}\` cannot hold \`${column}\`: ${why}`), column }))
    }
  }
  return ok
}

const decodeEvent = (l: Logged, type: EventType, row: Readonly<Record<string, unknown>>, field: string): Step<Event> =>
  Either.mapLeft(decoders[type](row), (e) => {
    const { field: column, message, missing } = describeIssue(e)
    const name = column.split(".")[0] ?? column
    return new InvalidValue({
      ...here(
        l,
        missing
          ? `\`${field}\` has no \`${name}\`, which a ${type} requires`
          : `\`${field}.${name}\`: the value ${JSON.stringify(row[name])} is refused: ${message}`
      ),
      column: name
    })
  })

const sameIdentity = (a: Event, b: Event) =>
  a.event_type === b.event_type && a.source_id === b.source_id && a.evidence === b.evidence &&
  a.evidence_start === b.evidence_start && a.evidence_end === b.evidence_end

/** Whether `id` is the id of the event's source, type and evidence (with some ordinal). */
const idFits = (e: Event): boolean => {
  for (let k = 0; k < MAX_ORDINAL; k++) if (eventId(e.source_id, e.event_type, e.evidence, k) === e.event_id) return true
  return false
}

/**
 * The event a confirmation, correction or rejection recorded: its values decoded with the type's schema, its
 * evidence the source's text at its offsets, its id the id of that evidence.
 */
const recordedEvent = (state: State, l: Logged, id: string, values: Values, status: ReviewStatus): Step<Event> =>
  Either.gen(function*() {
    const type = yield* typeOf(l, values)
    yield* checkColumns(l, type, values, "values", false)
    const event = yield* decodeEvent(l, type, { event_id: id, ...values, confidence: 1, method: "review", review_status: status }, "values")
    const source = yield* liveSource(state, l, event.source_id)
    const { evidence_end: end, evidence_start: start } = event
    if (start >= end || end > source.body.length || slice(source.body, start, end) !== event.evidence) {
      return yield* Either.left(
        new EvidenceNotInSource({
          ...here(l, `the recorded evidence is not the text of ${source.path} at ${start}–${end}`),
          source_id: source.sourceId
        })
      )
    }
    const current = state.events.get(id)
    if (!(current && sameIdentity(current, event)) && !idFits(event)) {
      return yield* Either.left(
        new UnknownEvent({
          ...here(l, `no event \`${id}\`: the extraction and the log do not produce it, and it is not the id of the recorded evidence`),
          event_id: id
        })
      )
    }
    return event
  })

/** The value a column has when an added event leaves it out; undefined when the column must be given. */
const defaultOf = (c: Column): unknown =>
  c.nullable ? null : c.kind === "list" ? [] : c.enum?.includes("unknown") ? "unknown" : undefined

const defaults = (type: EventType): Readonly<Record<string, unknown>> =>
  Object.fromEntries(
    [...columnsOfType[type].values()]
      .filter((c) => !identity.has(c.name) && !provenance.has(c.name) && defaultOf(c) !== undefined)
      .map((c) => [c.name, defaultOf(c)])
  )

/** The values in the type's column order, so that records read alike; names the type lacks last, for the fold to refuse. */
const inColumnOrder = (type: EventType, values: Values): Values => {
  const columns = [...columnsOfType[type].keys()]
  const names = [...columns.filter((c) => Object.hasOwn(values, c)), ...Object.keys(values).filter((k) => !columnsOfType[type].has(k))]
  return Object.fromEntries(names.map((n) => [n, values[n]]))
}

/** The columns an added event records: the given ones, and the defaults of those left out. */
export const addedColumns = (type: EventType, given: Values): Values => inColumnOrder(type, { ...defaults(type), ...given })

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Applies one record to the state. */
const evolve = (state: State, l: Logged): Step<void> =>
  Either.gen(function*() {
    const r = l.record
    const first = state.reviewIds.get(r.review_id)
    if (first) {
      return yield* Either.left(
        new DuplicateReviewId({
          ...here(l, `review_id ${r.review_id} is already used at ${first.path}:${first.line}`),
          review_id: r.review_id
        })
      )
    }
    state.reviewIds.set(r.review_id, l)
    switch (r.type) {
      case "EventConfirmed": {
        // A confirmation of a corrected event keeps saying that its values are not the extractor's.
        const status = state.events.get(r.event_id)?.review_status === "corrected" ? "corrected" : "confirmed"
        const event = yield* recordedEvent(state, l, r.event_id, r.values, status)
        state.events.set(event.event_id, event)
        state.lastReview.set(event.event_id, l)
        return
      }
      case "EventCorrected": {
        const type = yield* typeOf(l, r.values)
        yield* checkColumns(l, type, r.set, "set", true)
        const event = yield* recordedEvent(state, l, r.event_id, r.values, "corrected")
        for (const [column, value] of Object.entries(r.set)) {
          if (!sameValue(value, (event as Readonly<Record<string, unknown>>)[column])) {
            return yield* Either.left(
              new InvalidValue({ ...here(l, `\`set.${column}\` and \`values.${column}\` differ; the record contradicts itself`), column })
            )
          }
        }
        state.events.set(event.event_id, event)
        state.lastReview.set(event.event_id, l)
        return
      }
      case "EventRejected": {
        const current = state.events.get(r.event_id)
        const event = yield* recordedEvent(state, l, r.event_id, r.values, current?.review_status ?? "machine")
        state.events.delete(r.event_id)
        state.removed.set(r.event_id, { event: current ?? event, by: l })
        return
      }
      case "EventAdded": {
        const source = yield* liveSource(state, l, r.source_id)
        const found = find(source.body, r.evidence, r.evidence_start ?? 0)
        if (!found || (r.evidence_start !== undefined && found.start !== r.evidence_start)) {
          const where = r.evidence_start === undefined ? "" : ` at evidence_start ${r.evidence_start}`
          return yield* Either.left(
            new EvidenceNotInSource({
              ...here(l, `the evidence is not in ${source.path}${where}; copy it from the text exactly`),
              source_id: source.sourceId
            })
          )
        }
        yield* checkColumns(l, r.event_type, r.columns, "columns", true)
        const key = addedKey(r)
        const ordinal = state.added.get(key) ?? 0
        const id = eventId(r.source_id, r.event_type, r.evidence, ordinal)
        const event = yield* decodeEvent(l, r.event_type, {
          ...addedColumns(r.event_type, r.columns),
          event_id: id,
          event_type: r.event_type,
          source_id: r.source_id,
          evidence: r.evidence,
          evidence_start: found.start,
          evidence_end: found.end,
          confidence: 1,
          method: "review",
          // The extraction missed it: the dataset's values are a person's, not the extractor's.
          review_status: "corrected"
        }, "columns")
        state.added.set(key, ordinal + 1)
        state.addedIds.add(id)
        state.events.set(id, event)
        state.lastReview.set(id, l)
        return
      }
      case "SourceRetired": {
        yield* liveSource(state, l, r.source_id)
        for (const [id, event] of state.events) {
          if (event.source_id === r.source_id) {
            state.events.delete(id)
            state.removed.set(id, { event, by: l })
          }
        }
        state.retired.set(r.source_id, l)
        return
      }
      default:
        return absurd<void>(r)
    }
  })

/** The values a review records for an event: all its columns but the id and the provenance the review sets. */
export const valuesOf = (event: Event): Values =>
  inColumnOrder(event.event_type, Object.fromEntries(Object.entries(event).filter(([k]) => k !== "event_id" && !provenance.has(k))))

/** Added events with the same source, type and evidence are numbered in log order; the number is their id's ordinal. */
const addedKey = (r: EventAdded) => `${r.source_id}\n${r.event_type}\n${r.evidence}`

/** The fold: the extraction's events, then every record of the log in order. Stops at the first problem. */
export const applyReviews = (
  sources: ReadonlyArray<Source>,
  events: ReadonlyArray<Event>,
  log: ReadonlyArray<Logged>
): Either.Either<Reviewed, ReviewProblem> => {
  // Nothing reviewed yet: the dataset is the extraction, and a large one is not copied.
  if (log.length === 0) return Either.right({ extracted: events, events, log, removed: new Map(), kept: [], retired: new Map() })
  const state: State = {
    sources: new Map(sources.map((s) => [s.sourceId, s])),
    extracted: new Set(events.map((e) => e.event_id)),
    events: new Map(events.map((e) => [e.event_id, e])),
    removed: new Map(),
    retired: new Map(),
    reviewIds: new Map(),
    added: new Map(),
    addedIds: new Set(),
    lastReview: new Map()
  }
  for (const l of log) {
    const step = evolve(state, l)
    if (Either.isLeft(step)) return Either.left(step.left)
  }
  const reviewed = [...state.events.values()].sort(compareEvents)
  return Either.right({
    extracted: events,
    events: reviewed,
    log,
    removed: state.removed,
    kept: reviewed
      .filter((e) => e.review_status !== "machine" && !state.extracted.has(e.event_id) && !state.addedIds.has(e.event_id))
      .map((event) => ({ event, by: state.lastReview.get(event.event_id)! })),
    retired: state.retired
  })
}

/** The review stage: reads the log of `rawDir` and folds it over the extraction's events. */
export const review = (rawDir: string, sources: ReadonlyArray<Source>, events: ReadonlyArray<Event>) =>
  Effect.gen(function*() {
    const log = yield* readReviewLog(rawDir)
    return yield* applyReviews(sources, events, log)
  })

// ---- publication -------------------------------------------------------------------------------------------

/** The rows of the `reviews` table for a log the fold accepted, in log order. */
export const reviewRows = (log: ReadonlyArray<Logged>): ReadonlyArray<ReviewRow> => {
  const added = new Map<string, number>()
  return log.map((l) => {
    const r = l.record
    const base = {
      review_id: r.review_id,
      record: r.type,
      date: r.date,
      reviewer: r.reviewer,
      note: r.note ?? null,
      log_file: l.file,
      log_line: l.line
    }
    // The fold checked `values.event_type` and `values.source_id` of every accepted record.
    const about = (values: Values) => ({ event_type: values.event_type as EventType, source_id: values.source_id as string })
    switch (r.type) {
      case "EventConfirmed":
        return { ...base, event_id: r.event_id, ...about(r.values), changes: null, reason: null }
      case "EventCorrected":
        return { ...base, event_id: r.event_id, ...about(r.values), changes: JSON.stringify(r.set), reason: null }
      case "EventRejected":
        return { ...base, event_id: r.event_id, ...about(r.values), changes: null, reason: r.reason }
      case "EventAdded": {
        const ordinal = added.get(addedKey(r)) ?? 0
        added.set(addedKey(r), ordinal + 1)
        return {
          ...base,
          event_id: eventId(r.source_id, r.event_type, r.evidence, ordinal),
          event_type: r.event_type,
          source_id: r.source_id,
          changes: JSON.stringify(r.columns),
          reason: null
        }
      }
      case "SourceRetired":
        return { ...base, event_id: null, event_type: null, source_id: r.source_id, changes: null, reason: r.reason }
      default:
        return absurd(r)
    }
  })
}
