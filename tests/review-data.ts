// Test data for the review log: a source with an emoji, a stub extractor whose output the test chooses, records
// built through the same decoder the build uses, and a copy of the repository's raw folder for real builds.
import { NodeContext } from "@effect/platform-node"
import { Effect, Either } from "effect"
import { execFile } from "node:child_process"
import { cpSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "../pipeline/build.ts"
import type { Draft, Extractor } from "../pipeline/extract.ts"
import type { Source } from "../pipeline/ingest.ts"
import { find } from "../pipeline/offsets.ts"
import { silent } from "../pipeline/progress.ts"
import { resolve } from "../pipeline/resolve.ts"
import { applyReviews, type Logged, parseReviewLine, type Reviewed, valuesOf } from "../pipeline/review.ts"
import { segment } from "../pipeline/segment.ts"
import type { Event } from "../schemas/events.ts"
import { REPO_RAW, sourceOf, tempDir } from "./helpers.ts"

// ---- a source, a stub extractor, records -------------------------------------------------------------------

export const BODY = [
  "🇱🇹 Border news from Medininkai.",
  "",
  "On 4 August 2021 Lithuanian border guards pushed back 30 migrants to Belarus. The ministry said the guards acted lawfully.",
  "",
  "A court in Vilnius ruled that the detention of 12 Iraqis was unlawful.",
  ""
].join("\n")
export const PUSHBACK = "On 4 August 2021 Lithuanian border guards pushed back 30 migrants to Belarus."
export const MINISTRY = "The ministry said the guards acted lawfully."

export const news = sourceOf(BODY, "lt-news")
export const other = sourceOf("Finland closed its eastern border crossings in November 2023.\n", "fi-news")
export const sources: ReadonlyArray<Source> = [other, news]

export const span = (source: Source, text: string) => find(source.body, text)!

/** The extractor as a test double: it finds the pushback, and reads its count as `count`. */
export const stub = (count: number): Extractor => (doc) => {
  if (doc.source.sourceId !== "lt-news") return []
  const { end, start } = span(doc.source, PUSHBACK)
  const crossing: Draft = {
    event_type: "crossing",
    start,
    end,
    rule: "stub",
    confidence: 0.7,
    columns: {
      date_start: "2021-08-04",
      date_end: "2021-08-04",
      date_precision: "day",
      date_text: "4 August 2021",
      countries: ["BY", "LT"],
      location: null,
      people: "migrants",
      people_count_min: count,
      people_count_max: count,
      nationalities: [],
      from_country: "LT",
      to_country: "BY",
      crossing_point: null,
      crossing_mode: "unknown",
      outcome: "pushed_back"
    }
  }
  return [crossing]
}

export const extractWith = (x: Extractor): ReadonlyArray<Event> => sources.flatMap((s) => resolve(segment(s), x(segment(s))))

export const machine = extractWith(stub(30))
export const pushback = machine[0]!

export const FILE = "raw/reviews/2026-11.jsonl"

/** Records through the same decoder the build uses, numbered as lines of one file. */
export const logOf = (...records: ReadonlyArray<Record<string, unknown>>): ReadonlyArray<Logged> =>
  records.map((r, i) => {
    const record = parseReviewLine(JSON.stringify(r))
    if (Either.isLeft(record)) throw new Error(record.left)
    return { path: FILE, file: "reviews/2026-11.jsonl", line: i + 1, record: record.right }
  })

let n = 0
export const signed = (type: string, fields: Record<string, unknown>) => ({
  type,
  review_id: `r${++n}`,
  date: "2026-11-24",
  reviewer: "alice",
  ...fields
})
export const confirmed = (e: Event, values = valuesOf(e)) => signed("EventConfirmed", { event_id: e.event_id, values })
export const corrected = (e: Event, set: Record<string, unknown>) =>
  signed("EventCorrected", { event_id: e.event_id, set, values: { ...valuesOf(e), ...set } })
export const rejected = (e: Event) => signed("EventRejected", { event_id: e.event_id, reason: "not an occurrence", values: valuesOf(e) })
export const ministry = (fields: Record<string, unknown> = {}) =>
  signed("EventAdded", {
    event_type: "statement",
    source_id: "lt-news",
    evidence: MINISTRY,
    columns: { speaker: "the ministry", speaker_type: "government", quote: "the guards acted lawfully", quote_kind: "indirect" },
    ...fields
  })
export const retired = (sourceId: string) => signed("SourceRetired", { source_id: sourceId, reason: "superseded by a corrected text" })

export const fold = (log: ReadonlyArray<Logged>, events = machine): Reviewed => Either.getOrThrow(applyReviews(sources, events, log))
export const problem = (log: ReadonlyArray<Logged>, events = machine) => {
  const result = applyReviews(sources, events, log)
  if (Either.isRight(result)) throw new Error("expected the fold to fail")
  return result.left
}
export const byId = (r: Reviewed, id: string) => r.events.find((e) => e.event_id === id)

// ---- the repository's raw folder, copied, with a review log

export const SOURCE = "insider-pushbacks-eastern-border"
export const COURT_SENTENCE =
  "The court ruled that the border guards’ actions deprived the asylum seekers of access to international protection and thus violated Article 3 of the convention."

export const realBuild = (raw: string, out: string, previous: string | null = null) =>
  build({ rawDir: raw, outDir: out, previous }).pipe(Effect.provide(NodeContext.layer), Effect.provide(silent))

export const rawCopy = (...records: ReadonlyArray<Record<string, unknown>>) => {
  const raw = tempDir()
  cpSync(REPO_RAW, raw, { recursive: true })
  mkdirSync(join(raw, "reviews"), { recursive: true })
  writeFileSync(join(raw, "reviews", "2026-11.jsonl"), records.map((r) => `${JSON.stringify(r)}\n`).join(""))
  return raw
}

export const ruling = (fields: Record<string, unknown> = {}) =>
  signed("EventAdded", {
    event_type: "ruling",
    source_id: SOURCE,
    evidence: COURT_SENTENCE,
    columns: {
      court: "European Court of Human Rights",
      respondent_state: "PL",
      articles: ["ECHR:3"],
      outcome: "violation",
      countries: ["PL"]
    },
    ...fields
  })


const ROOT = new URL("..", import.meta.url).pathname

/** Runs the command line in a child process without blocking the test worker. */
export const cli = (...args: ReadonlyArray<string>) =>
  new Promise<{ readonly status: number; readonly stdout: string; readonly stderr: string }>((done) =>
    execFile(
      process.execPath,
      ["--import", "tsx", "pipeline/main.ts", ...args],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, CI: "true" } },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })
    )
  )
