// The review CLI's one write: a reviewer's decision → one record appended to raw/reviews/, only once the log with
// the record still folds. This is the only code of the pipeline that writes under raw/.
import { Args, Command, Options } from "@effect/cli"
import { FileSystem, Path } from "@effect/platform"
import { Clock, Console, Effect, Either, Option, Schema } from "effect"
import { absurd } from "effect/Function"
import { type Column, columnsOf, IsoDate } from "../schemas/columns.ts"
import type { EventType } from "../schemas/event.ts"
import { eventSchemas } from "../schemas/events.ts"
import type { Values } from "../schemas/review.ts"
import { buildDataset } from "./build.ts"
import { cacheRootFor } from "./cache.ts"
import { at, InvalidValue, MalformedReviewLine, type ReviewProblem, UnknownEvent } from "./errors.ts"
import { sha256, type Source } from "./ingest.ts"
import { addedColumns, applyReviews, type Logged, parseReviewLine, type Reviewed, reviewRows, valuesOf } from "./review.ts"

/** What a reviewer decided, as the command line says it. `set` holds `column=value` words. */
export type Decision =
  | { readonly kind: "confirm"; readonly event_id: string }
  | { readonly kind: "correct"; readonly event_id: string; readonly set: ReadonlyArray<string> }
  | { readonly kind: "reject"; readonly event_id: string; readonly reason: string }
  | {
    readonly kind: "add"
    readonly source_id: string
    readonly event_type: EventType
    readonly evidence: string
    readonly evidence_start: number | null
    readonly set: ReadonlyArray<string>
  }
  | { readonly kind: "retire"; readonly source_id: string; readonly reason: string }

export interface Signature {
  readonly reviewer: string
  /** YYYY-MM-DD: time comes in as data. */
  readonly date: string
  readonly note: string | null
}

/** Where the next record goes: its file and line. */
export interface Target {
  readonly path: string
  readonly file: string
  readonly line: number
}

/**
 * A value typed by its column: lists split on `;` (as in the CSV), `null` (or nothing) for null in a nullable
 * column, numbers and booleans parsed. A word that does not parse stays text, for the schema to refuse.
 */
const valueOf = (column: Column | undefined, text: string): unknown => {
  if (column === undefined) return text
  if (column.nullable && (text === "null" || text === "")) return null
  switch (column.kind) {
    case "list":
      return text === "" ? [] : text.split(";").map((s) => s.trim())
    case "integer":
    case "number":
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text
    case "string":
    case "date":
      return text
    default:
      return absurd(column.kind)
  }
}

/** `column=value` words → the columns they set, typed by the event type's columns. */
export const parseSettings = (type: EventType, words: ReadonlyArray<string>, target: Target): Either.Either<Values, InvalidValue> => {
  const columns = new Map(columnsOf(eventSchemas[type]).map((c) => [c.name, c]))
  const set: Record<string, unknown> = {}
  for (const word of words) {
    const eq = word.indexOf("=")
    if (eq <= 0) {
      return Either.left(
        new InvalidValue({ ...at(target.path, target.line, `--set takes column=value, not ${JSON.stringify(word)}`), column: word })
      )
    }
    const name = word.slice(0, eq)
    set[name] = valueOf(columns.get(name), word.slice(eq + 1))
  }
  return Either.right(set)
}

/** The review file the next record goes to: the month of its date, unless a later file exists (file order is log order). */
export const targetFile = (existing: ReadonlyArray<string>, date: string): string => {
  const month = `${date.slice(0, 7)}.jsonl`
  const last = [...existing].sort().at(-1)
  return last !== undefined && last > month ? last : month
}

/** A record's id: its date and a hash of where it goes and what it says, so two branches do not mint the same id. */
export const reviewIdOf = (date: string, target: Target, body: Readonly<Record<string, unknown>>): string =>
  `${date}-${sha256(`${target.file}:${target.line}\n${JSON.stringify(body)}`).slice(0, 10)}`

const currentEvent = (reviewed: Reviewed, id: string, target: Target) => {
  const event = reviewed.events.find((e) => e.event_id === id)
  if (event) return Either.right(event)
  const removed = reviewed.removed.get(id)
  const why = removed
    ? `: it left the dataset with review ${removed.by.record.review_id} (${removed.by.path}:${removed.by.line})`
    : " built from the raw folder (events.csv of a build lists the ids)"
  return Either.left(new UnknownEvent({ ...at(target.path, target.line, `no event \`${id}\` in the dataset${why}`), event_id: id }))
}

/** The record of a decision, made against the dataset as the log leaves it. Pure. */
export const decide = (
  reviewed: Reviewed,
  decision: Decision,
  signature: Signature,
  target: Target
): Either.Either<Readonly<Record<string, unknown>>, ReviewProblem> =>
  Either.gen(function*() {
    const body = ((): Either.Either<Readonly<Record<string, unknown>>, ReviewProblem> => {
      switch (decision.kind) {
        case "confirm":
          return Either.map(currentEvent(reviewed, decision.event_id, target), (e) => ({
            type: "EventConfirmed",
            event_id: e.event_id,
            values: valuesOf(e)
          }))
        case "correct":
          return Either.gen(function*() {
            const e = yield* currentEvent(reviewed, decision.event_id, target)
            const set = yield* parseSettings(e.event_type, decision.set, target)
            return { type: "EventCorrected", event_id: e.event_id, set, values: { ...valuesOf(e), ...set } }
          })
        case "reject":
          return Either.map(currentEvent(reviewed, decision.event_id, target), (e) => ({
            type: "EventRejected",
            event_id: e.event_id,
            reason: decision.reason,
            values: valuesOf(e)
          }))
        case "add":
          return Either.map(parseSettings(decision.event_type, decision.set, target), (set) => ({
            type: "EventAdded",
            event_type: decision.event_type,
            source_id: decision.source_id,
            evidence: decision.evidence,
            ...(decision.evidence_start === null ? {} : { evidence_start: decision.evidence_start }),
            columns: addedColumns(decision.event_type, set)
          }))
        case "retire":
          return Either.right({ type: "SourceRetired", source_id: decision.source_id, reason: decision.reason })
        default:
          return absurd(decision)
      }
    })()
    const { type, ...rest } = yield* body
    const head = { date: signature.date, reviewer: signature.reviewer, ...(signature.note === null ? {} : { note: signature.note }) }
    return { type, review_id: reviewIdOf(signature.date, target, { type, ...head, ...rest }), ...head, ...rest }
  })

/**
 * Checks a record as the build will read it: its line decodes, and the log with it appended folds.
 * Returns the record as logged; the problem otherwise.
 */
export const check = (
  sources: ReadonlyArray<Source>,
  reviewed: Reviewed,
  record: Readonly<Record<string, unknown>>,
  target: Target
): Either.Either<Logged, ReviewProblem> =>
  Either.gen(function*() {
    const parsed = parseReviewLine(JSON.stringify(record))
    if (Either.isLeft(parsed)) return yield* Either.left(new MalformedReviewLine(at(target.path, target.line, parsed.left)))
    const logged: Logged = { ...target, record: parsed.right }
    yield* applyReviews(sources, reviewed.extracted, [...reviewed.log, logged])
    return logged
  })

export interface Appended {
  readonly logged: Logged
  /** The event the record is about; null for a retired source. */
  readonly eventId: string | null
}

/**
 * The dataset of `rawDir` as the build makes it, reusing the extraction cache of a default build beside it
 * (`<raw>/../dist`): cached extraction is keyed by content, so any cache gives the same events.
 */
export const currentDataset = (rawDir: string) =>
  Effect.gen(function*() {
    const path = yield* Path.Path
    const cacheRoot = yield* cacheRootFor(path.join(rawDir, "..", "dist"))
    return yield* buildDataset(rawDir, null, { cacheRoot })
  })

/** Builds the dataset of `rawDir`, makes the decision's record, checks it, and appends it as one line. */
export const appendReview = (rawDir: string, decision: Decision, signature: Signature) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const dir = path.join(rawDir, "reviews")
    // The date names the file the record goes to, so it is checked first.
    if (!Schema.is(IsoDate)(signature.date)) {
      return yield* new MalformedReviewLine(at(dir, null, `--date ${JSON.stringify(signature.date)} is not a date YYYY-MM-DD`))
    }
    const { reviewed, sources } = yield* currentDataset(rawDir)
    const existing = (yield* fs.readDirectory(dir).pipe(Effect.orElseSucceed(() => [] as Array<string>))).filter((n) => n.endsWith(".jsonl"))
    const name = targetFile(existing, signature.date)
    const full = path.join(dir, name)
    const text = yield* fs.readFileString(full).pipe(Effect.orElseSucceed(() => ""))
    // A hand-edited file may lack its last newline: the record then starts one.
    const lines = text.split("\n").length
    const line = text === "" ? 1 : text.endsWith("\n") ? lines : lines + 1
    const target: Target = { path: full, file: `reviews/${name}`, line }
    const record = yield* decide(reviewed, decision, signature, target)
    const logged = yield* check(sources, reviewed, record, target)
    yield* fs.makeDirectory(dir, { recursive: true }).pipe(Effect.orDie)
    const prefix = text === "" || text.endsWith("\n") ? "" : "\n"
    yield* fs.writeFileString(full, `${prefix}${JSON.stringify(record)}\n`, { flag: "a" }).pipe(Effect.orDie)
    const eventId = reviewRows([...reviewed.log, logged]).at(-1)?.event_id ?? null
    return { logged, eventId } satisfies Appended
  })

// ---- the command line: `border-events review confirm|correct|reject|add|retire …` ------------------------

const raw = Options.directory("raw").pipe(
  Options.withDefault("raw"),
  Options.withDescription("folder of raw sources; the record goes to its reviews/ folder")
)
const reviewer = Options.text("reviewer").pipe(Options.withDescription("who decides: a name or handle"))
const date = Options.text("date").pipe(
  Options.optional,
  Options.withDescription("date of the decision, YYYY-MM-DD (default: today, UTC)")
)
const note = Options.text("note").pipe(Options.optional, Options.withDescription("a note for other reviewers"))
const reason = Options.text("reason").pipe(Options.withDescription("why"))
const set = Options.text("set").pipe(
  Options.repeated,
  Options.withDescription("column=value, repeatable; lists joined with ';', null (or nothing) for null")
)
const eventId = Args.text({ name: "EVENT_ID" })
const sourceId = Args.text({ name: "SOURCE_ID" })

/** Today's date from the Clock service: the only place the review reads time. */
export const today = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms).toISOString().slice(0, 10))

const run = (
  options: { readonly raw: string; readonly reviewer: string; readonly date: Option.Option<string>; readonly note: Option.Option<string> },
  decision: Decision
) =>
  Effect.gen(function*() {
    const signature: Signature = {
      reviewer: options.reviewer,
      date: Option.isSome(options.date) ? options.date.value : yield* today,
      note: Option.getOrNull(options.note)
    }
    const { eventId, logged } = yield* appendReview(options.raw, decision, signature)
    const about = eventId === null ? "" : ` about ${eventId}`
    yield* Console.log(`appended ${logged.record.type} ${logged.record.review_id}${about} to ${logged.path}:${logged.line}`)
  })

const common = { raw, reviewer, date, note }

const confirm = Command.make("confirm", { ...common, event: eventId }, (o) => run(o, { kind: "confirm", event_id: o.event })).pipe(
  Command.withDescription("Record that an event is right as it stands.")
)
const correct = Command.make("correct", { ...common, set, event: eventId }, (o) =>
  run(o, { kind: "correct", event_id: o.event, set: o.set })).pipe(
    Command.withDescription("Record new values for columns of an event (--set column=value …).")
  )
const reject = Command.make("reject", { ...common, reason, event: eventId }, (o) =>
  run(o, { kind: "reject", event_id: o.event, reason: o.reason })).pipe(
    Command.withDescription("Record that the text does not report this event; it leaves the dataset.")
  )
const add = Command.make(
  "add",
  {
    ...common,
    set,
    type: Options.choice("type", ["crossing", "detention", "ruling", "statement"]).pipe(
      Options.withDescription("type of the event")
    ),
    evidence: Options.text("evidence").pipe(Options.withDescription("the sentence(s) reporting it, copied exactly from the text")),
    start: Options.integer("start").pipe(
      Options.optional,
      Options.withDescription("code-point offset of the evidence, where the text occurs more than once")
    ),
    source: sourceId
  },
  (o) =>
    run(o, {
      kind: "add",
      source_id: o.source,
      event_type: o.type,
      evidence: o.evidence,
      evidence_start: Option.getOrNull(o.start),
      set: o.set
    })
).pipe(Command.withDescription("Record an event the extractor missed (--type, --evidence, --set column=value …)."))
const retire = Command.make("retire", { ...common, reason, source: sourceId }, (o) =>
  run(o, { kind: "retire", source_id: o.source, reason: o.reason })).pipe(
    Command.withDescription("Record that a source leaves the dataset with its events (its text stays in raw/).")
  )

export const reviewCommand = Command.make("review").pipe(
  Command.withDescription("Append one reviewed decision to raw/reviews/, after checking it against the dataset."),
  Command.withSubcommands([confirm, correct, reject, add, retire])
)
