import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Draft } from "../pipeline/extract.ts"
import { slice } from "../pipeline/offsets.ts"
import { eventId, resolve } from "../pipeline/resolve.ts"
import { parseReviewFile, parseReviewLine, readReviewLog, reviewRows, valuesOf } from "../pipeline/review.ts"
import { segment } from "../pipeline/segment.ts"
import type { Event } from "../schemas/events.ts"
import { snapshot, tempDir } from "./helpers.ts"
import {
  byId,
  cli,
  confirmed,
  corrected,
  COURT_SENTENCE,
  extractWith,
  FILE,
  fold,
  logOf,
  machine,
  MINISTRY,
  ministry,
  news,
  problem,
  pushback,
  rawCopy,
  realBuild,
  rejected,
  retired,
  ruling,
  signed,
  SOURCE,
  span,
  stub
} from "./review-data.ts"

// ---- the fold ----------------------------------------------------------------------------------------------

describe("review fold: each record kind", () => {
  it("without a log, the extraction's events are the dataset, machine-made", () => {
    const r = fold([])
    assert.deepStrictEqual(r.events, machine)
    assert.strictEqual(pushback.review_status, "machine")
    assert.deepStrictEqual(r.kept, [])
  })

  it("EventConfirmed: review_status confirmed, method review, confidence 1, values unchanged", () => {
    const r = fold(logOf(confirmed(pushback)))
    const e = byId(r, pushback.event_id)!
    assert.strictEqual(e.review_status, "confirmed")
    assert.strictEqual(e.method, "review")
    assert.strictEqual(e.confidence, 1)
    assert.deepStrictEqual(valuesOf(e), valuesOf(pushback))
    assert.deepStrictEqual(r.kept, [])
  })

  it("EventCorrected: the set columns change, the row is corrected; a later confirmation keeps it corrected", () => {
    const fix = corrected(pushback, { people_count_min: 25, nationalities: ["IQ"], location: "Medininkai" })
    const r = fold(logOf(fix))
    const e = byId(r, pushback.event_id)! as Event & { people_count_min: number; nationalities: Array<string> }
    assert.strictEqual(e.review_status, "corrected")
    assert.strictEqual(e.people_count_min, 25)
    assert.deepStrictEqual(e.nationalities, ["IQ"])
    assert.strictEqual(e.location, "Medininkai")
    assert.strictEqual(e.method, "review")
    const again = fold(logOf(fix, confirmed(e)))
    assert.strictEqual(byId(again, pushback.event_id)!.review_status, "corrected")
  })

  it("EventRejected: the event leaves the dataset and is remembered as removed", () => {
    const r = fold(logOf(rejected(pushback)))
    assert.isUndefined(byId(r, pushback.event_id))
    assert.strictEqual(r.removed.get(pushback.event_id)?.by.line, 1)
    assert.strictEqual(r.events.length, machine.length - 1)
  })

  it("EventAdded: the evidence is found (code points past an emoji), defaults fill the columns, the row is reviewed", () => {
    const r = fold(logOf(ministry()))
    const id = eventId("lt-news", "statement", MINISTRY, 0)
    const e = byId(r, id)!
    assert.strictEqual(e.event_type, "statement")
    assert.strictEqual(slice(news.body, e.evidence_start, e.evidence_end), MINISTRY)
    // The flag emoji is two code points but four UTF-16 units: offsets count code points.
    assert.strictEqual(e.evidence_start, news.body.text.indexOf(MINISTRY) - 2)
    assert.strictEqual(e.review_status, "corrected")
    assert.strictEqual(e.method, "review")
    assert.strictEqual(e.confidence, 1)
    assert.strictEqual(e.date_precision, "unknown")
    assert.strictEqual(e.date_start, null)
    assert.deepStrictEqual(e.countries, [])
    assert.deepStrictEqual(r.kept, [], "an added event is not 'kept': the extractor never found it")
    // Events stay in dataset order: the pushback sentence comes first.
    assert.deepStrictEqual(r.events.filter((x) => x.source_id === "lt-news").map((x) => x.event_id), [pushback.event_id, id])
  })

  it("EventAdded twice with the same evidence: two events, the second with ordinal 1", () => {
    const r = fold(logOf(ministry(), ministry({ columns: { speaker: "a spokesperson", speaker_type: "person", quote: "lawful", quote_kind: "indirect" } })))
    assert.isDefined(byId(r, eventId("lt-news", "statement", MINISTRY, 0)))
    assert.isDefined(byId(r, eventId("lt-news", "statement", MINISTRY, 1)))
    assert.deepStrictEqual(reviewRows(r.log).map((row) => row.event_id), [
      eventId("lt-news", "statement", MINISTRY, 0),
      eventId("lt-news", "statement", MINISTRY, 1)
    ])
  })

  it("EventAdded of what the extractor also finds: same id, the reviewed values replace the machine's", () => {
    const { evidence, event_id } = pushback
    const r = fold(logOf(signed("EventAdded", {
      event_type: "crossing",
      source_id: "lt-news",
      evidence,
      columns: { people: "people", people_count_min: 31, outcome: "pushed_back" }
    })))
    const e = byId(r, event_id)! as Event & { people_count_min: number }
    assert.strictEqual(e.people_count_min, 31)
    assert.strictEqual(r.events.filter((x) => x.evidence === evidence).length, 1)
  })

  it("SourceRetired: every event of the source leaves, reviewed ones too; other sources stay", () => {
    const r = fold(logOf(ministry(), confirmed(pushback), retired("lt-news")))
    assert.deepStrictEqual(r.events.filter((e) => e.source_id === "lt-news"), [])
    assert.strictEqual(r.retired.get("lt-news")?.line, 3)
    assert.strictEqual(r.removed.get(pushback.event_id)?.by.record.type, "SourceRetired")
    assert.deepStrictEqual(r.events, machine.filter((e) => e.source_id !== "lt-news"))
  })
})

describe("review fold: a reviewed event outlives a change of the extractor", () => {
  it("reviewed values win when the extractor produces the event with different values", () => {
    const changed = extractWith(stub(40))
    assert.strictEqual(changed[0]!.event_id, pushback.event_id, "the id depends on the evidence, not the values")
    const r = fold(logOf(confirmed(pushback)), changed)
    const e = byId(r, pushback.event_id)! as Event & { people_count_min: number }
    assert.strictEqual(e.people_count_min, 30)
    assert.strictEqual(e.review_status, "confirmed")
    assert.deepStrictEqual(r.kept, [])
  })

  it("a confirmed or corrected event the extractor no longer finds is kept, and reported", () => {
    const gone = extractWith(() => [])
    const r = fold(logOf(corrected(pushback, { people_count_min: 28 })), gone)
    const e = byId(r, pushback.event_id)! as Event & { people_count_min: number }
    assert.strictEqual(e.people_count_min, 28)
    assert.deepStrictEqual(r.kept.map((k) => [k.event.event_id, k.by.line]), [[pushback.event_id, 1]])
  })

  it("a rejection of an event the extractor no longer finds changes nothing and is no error", () => {
    const gone = extractWith(() => [])
    const r = fold(logOf(rejected(pushback)), gone)
    assert.deepStrictEqual(r.events, gone)
    assert.strictEqual(r.removed.get(pushback.event_id)?.event.event_id, pushback.event_id)
  })
})

describe("review fold: guards, each a typed error naming the file, line and problem", () => {
  it("unknown event_id: an id that is neither extracted nor the id of the recorded evidence", () => {
    const e = problem(logOf(ministry(), confirmed({ ...pushback, event_id: "crossing-000000000000" })))
    assert.strictEqual(e._tag, "UnknownEvent")
    assert.deepInclude(e, { path: FILE, line: 2, event_id: "crossing-000000000000" })
    assert.match(e.message, /^raw\/reviews\/2026-11\.jsonl:2: /)
  })

  it("a column the event type does not have: in set, in values, in an added event's columns", () => {
    const inSet = problem(logOf(corrected(pushback, { speaker: "x" })))
    assert.deepInclude(inSet, { _tag: "ColumnNotInType", column: "speaker", event_type: "crossing", line: 1 })
    const inValues = problem(logOf(confirmed(pushback, { ...valuesOf(pushback), court: "ECtHR" })))
    assert.deepInclude(inValues, { _tag: "ColumnNotInType", column: "court" })
    const inColumns = problem(logOf(ministry({ columns: { speaker: "x", speaker_type: "person", quote: "q", quote_kind: "direct", outcome: "entered" } })))
    assert.deepInclude(inColumns, { _tag: "ColumnNotInType", column: "outcome", event_type: "statement" })
  })

  it("columns a review never sets: the evidence and provenance", () => {
    assert.deepInclude(problem(logOf(corrected(pushback, { evidence: "other" }))), { _tag: "ColumnNotCorrectable", column: "evidence" })
    assert.deepInclude(problem(logOf(corrected(pushback, { review_status: "confirmed" }))), { _tag: "ColumnNotCorrectable", column: "review_status" })
    assert.deepInclude(problem(logOf(ministry({ columns: { event_id: "statement-000000000000" } }))), { _tag: "ColumnNotCorrectable" })
  })

  it("a value the schema refuses, a required column left out, a record that contradicts itself", () => {
    assert.deepInclude(problem(logOf(corrected(pushback, { date_start: "2021-02-30" }))), { _tag: "InvalidValue", column: "date_start" })
    assert.deepInclude(problem(logOf(corrected(pushback, { outcome: "vanished" }))), { _tag: "InvalidValue", column: "outcome" })
    assert.deepInclude(problem(logOf(corrected(pushback, { countries: ["Lithuania"] }))), { _tag: "InvalidValue", column: "countries" })
    assert.deepInclude(problem(logOf(ministry({ columns: { speaker: "x", speaker_type: "person", quote: "q" } }))), {
      _tag: "InvalidValue",
      column: "quote_kind"
    })
    const contradiction = { ...corrected(pushback, { people_count_min: 25 }), values: valuesOf(pushback) }
    assert.deepInclude(problem(logOf(contradiction)), { _tag: "InvalidValue", column: "people_count_min" })
  })

  it("an added event whose evidence is not in the source, or not at the evidence_start it gives", () => {
    assert.deepInclude(problem(logOf(ministry({ evidence: "The ministry denied everything." }))), {
      _tag: "EvidenceNotInSource",
      source_id: "lt-news",
      line: 1
    })
    assert.deepInclude(problem(logOf(ministry({ evidence_start: 3 }))), { _tag: "EvidenceNotInSource" })
    const at = span(news, MINISTRY).start
    assert.isDefined(byId(fold(logOf(ministry({ evidence_start: at }))), eventId("lt-news", "statement", MINISTRY, 0)))
  })

  it("recorded values whose evidence is not the source's text at their offsets", () => {
    const moved = confirmed(pushback, { ...valuesOf(pushback), evidence_start: pushback.evidence_start + 1 })
    assert.deepInclude(problem(logOf(moved)), { _tag: "EvidenceNotInSource" })
  })

  it("a duplicate review_id names the first use", () => {
    const first = confirmed(pushback)
    const e = problem(logOf(first, { ...rejected(pushback), review_id: first.review_id }))
    assert.deepInclude(e, { _tag: "DuplicateReviewId", line: 2 })
    assert.include(e.message, `${FILE}:1`)
  })

  it("a source that is not in raw/, and records about a retired source", () => {
    assert.deepInclude(problem(logOf(retired("no-such-source"))), { _tag: "UnknownSource", source_id: "no-such-source" })
    assert.deepInclude(problem(logOf(ministry({ source_id: "no-such-source" }))), { _tag: "UnknownSource" })
    assert.deepInclude(problem(logOf(retired("lt-news"), confirmed(pushback))), { _tag: "RetiredSource", line: 2 })
    assert.deepInclude(problem(logOf(retired("lt-news"), ministry())), { _tag: "RetiredSource", line: 2 })
    assert.deepInclude(problem(logOf(retired("lt-news"), retired("lt-news"))), { _tag: "RetiredSource", line: 2 })
  })
})

// ---- reading the log ---------------------------------------------------------------------------------------

describe("review log: lines", () => {
  const bytes = (s: string) => new TextEncoder().encode(s)

  it("decodes each record kind and refuses malformed lines with a reason", () => {
    assert.isTrue(Either.isRight(parseReviewLine(JSON.stringify(confirmed(pushback)))))
    assert.isTrue(Either.isRight(parseReviewLine(JSON.stringify(retired("lt-news")))))
    const bad = (line: string) => Either.getLeft(parseReviewLine(line)).pipe((o) => (o._tag === "Some" ? o.value : "accepted"))
    assert.match(bad("{\"type\":"), /not valid JSON/)
    assert.match(bad("[1,2]"), /not a JSON object/)
    assert.match(bad(JSON.stringify({ ...retired("x"), type: "SourceDeleted" })), /`type` must be one of .*SourceRetired.*"SourceDeleted"/)
    assert.match(bad(JSON.stringify({ ...retired("lt-news"), reason: undefined })), /`reason` is missing/)
    assert.match(bad(JSON.stringify({ ...retired("lt-news"), reasons: "typo" })), /unknown field `reasons`/)
    assert.match(bad(JSON.stringify({ ...retired("lt-news"), date: "24.11.2026" })), /`date`/)
    assert.match(bad(JSON.stringify({ ...retired("lt-news"), reviewer: "  " })), /`reviewer`/)
  })

  it("reads a file in line order, skipping blank lines, counting lines 1-based (CRLF too)", () => {
    const text = `${JSON.stringify(retired("fi-news"))}\r\n\r\n${JSON.stringify(ministry())}\r\n`
    const log = Either.getOrThrow(parseReviewFile(FILE, "reviews/2026-11.jsonl", bytes(text)))
    assert.deepStrictEqual(log.map((l) => [l.line, l.record.type]), [[1, "SourceRetired"], [3, "EventAdded"]])
    const broken = parseReviewFile(FILE, "reviews/2026-11.jsonl", bytes(`${JSON.stringify(retired("fi-news"))}\n\nnot json\n`))
    assert.deepInclude(Either.getLeft(broken).pipe((o) => (o._tag === "Some" ? o.value : null))!, {
      _tag: "MalformedReviewLine",
      path: FILE,
      line: 3
    })
  })

  it.effect("reads raw/reviews/*.jsonl in file-name order; none without the folder; refuses other files", () =>
    Effect.gen(function*() {
      const raw = tempDir()
      assert.deepStrictEqual(yield* readReviewLog(raw), [])
      mkdirSync(join(raw, "reviews"))
      writeFileSync(join(raw, "reviews", "2026-12.jsonl"), `${JSON.stringify(retired("b"))}\n`)
      writeFileSync(join(raw, "reviews", "2026-11.jsonl"), `${JSON.stringify(retired("a"))}\n`)
      writeFileSync(join(raw, "reviews", ".DS_Store"), "x")
      const log = yield* readReviewLog(raw)
      assert.deepStrictEqual(log.map((l) => [l.file, l.line, l.record.type === "SourceRetired" && l.record.source_id]), [
        ["reviews/2026-11.jsonl", 1, "a"],
        ["reviews/2026-12.jsonl", 1, "b"]
      ])
      writeFileSync(join(raw, "reviews", "notes.json"), "{}")
      const error = yield* readReviewLog(raw).pipe(Effect.flip)
      assert.deepInclude(error, { _tag: "MalformedReviewLine", line: null })
    }).pipe(Effect.provide(NodeContext.layer)))
})

describe("reviews table", () => {
  it("one row per record: who, what, about which event, why", () => {
    const log = logOf(confirmed(pushback), corrected(pushback, { people_count_min: 25 }), rejected(pushback), ministry(), {
      ...retired("fi-news"),
      note: "see the corrected text"
    })
    const rows = reviewRows(log)
    assert.deepStrictEqual(rows.map((r) => [r.record, r.event_id, r.event_type, r.source_id, r.log_line]), [
      ["EventConfirmed", pushback.event_id, "crossing", "lt-news", 1],
      ["EventCorrected", pushback.event_id, "crossing", "lt-news", 2],
      ["EventRejected", pushback.event_id, "crossing", "lt-news", 3],
      ["EventAdded", eventId("lt-news", "statement", MINISTRY, 0), "statement", "lt-news", 4],
      ["SourceRetired", null, null, "fi-news", 5]
    ])
    assert.deepStrictEqual(JSON.parse(rows[1]!.changes!), { people_count_min: 25 })
    assert.strictEqual(rows[2]!.reason, "not an occurrence")
    assert.strictEqual(rows[4]!.note, "see the corrected text")
    assert.strictEqual(rows[0]!.log_file, "reviews/2026-11.jsonl")
  })
})

// ---- the real build on a copy of the repository's raw folder -------------------------------------------------

const csvRows = (out: string, name: string) =>
  readFileSync(join(out, name), "utf8").replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "")

describe("review in the real build", () => {
  it.effect("an added event and the log reach events.json, reviews.csv, reviews.json and sources.csv", () =>
    Effect.gen(function*() {
      const raw = rawCopy(ruling())
      const out = join(tempDir(), "dist")
      const { dataset } = yield* realBuild(raw, out)
      const id = eventId(SOURCE, "ruling", COURT_SENTENCE, 0)
      const events = JSON.parse(readFileSync(join(out, "events.json"), "utf8")) as Array<Record<string, unknown>>
      const added = events.find((e) => e.event_id === id)!
      assert.deepInclude(added, { review_status: "corrected", method: "review", confidence: 1, court: "European Court of Human Rights", outcome: "violation" })
      assert.deepStrictEqual(added.articles, ["ECHR:3"])
      assert.isTrue(csvRows(out, "rulings.csv").some((l) => l.startsWith(`${id},`)))
      const reviews = csvRows(out, "reviews.csv")
      assert.strictEqual(reviews[0], "review_id,record,date,reviewer,event_id,event_type,source_id,changes,reason,note,log_file,log_line")
      assert.strictEqual(reviews.length, 2)
      assert.include(reviews[1]!, `EventAdded,2026-11-24,alice,${id},ruling,${SOURCE},`)
      const json = JSON.parse(readFileSync(join(out, "reviews.json"), "utf8")) as Array<Record<string, unknown>>
      assert.deepInclude(json[0]!, { record: "EventAdded", event_id: id, log_file: "reviews/2026-11.jsonl", log_line: 1 })
      const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { files: Array<{ path: string; rows: number | null }> }
      assert.strictEqual(manifest.files.find((f) => f.path === "reviews.csv")?.rows, 1)
      assert.strictEqual(csvRows(out, "sources.csv")[1]!.endsWith(",false"), true)
      assert.strictEqual(dataset.events.filter((e) => e.event_id === id).length, 1)
    }))

  it.effect("a correction and a rejection change the built rows", () =>
    Effect.gen(function*() {
      const first = yield* realBuild(rawCopy(ruling()), join(tempDir(), "dist"))
      const added = first.dataset.events.find((e) => e.event_type === "ruling" && e.method === "review")!
      const out = join(tempDir(), "dist")
      const { dataset } = yield* realBuild(rawCopy(ruling(), corrected(added, { outcome: "other", articles: ["ECHR:3", "ECHR:13"] })), out)
      const row = dataset.events.find((e) => e.event_id === added.event_id)! as Event & { outcome: string; articles: Array<string> }
      assert.strictEqual(row.outcome, "other")
      assert.deepStrictEqual(row.articles, ["ECHR:3", "ECHR:13"])
      assert.isTrue(csvRows(out, "rulings.csv").some((l) => l.startsWith(added.event_id) && l.includes("ECHR:3;ECHR:13")))
      const gone = yield* realBuild(rawCopy(ruling(), rejected(added)), join(tempDir(), "dist"))
      assert.isUndefined(gone.dataset.events.find((e) => e.event_id === added.event_id))
    }))

  it.effect("a retired source keeps its row in sources (retired, no events) and loses its events", () =>
    Effect.gen(function*() {
      const out = join(tempDir(), "dist")
      const { dataset } = yield* realBuild(rawCopy(ruling(), retired(SOURCE)), out)
      assert.deepStrictEqual(dataset.events.filter((e) => e.source_id === SOURCE), [])
      assert.strictEqual(csvRows(out, "events.csv").length, 1 + dataset.events.length)
      const row = csvRows(out, "sources.csv")[1]!
      assert.isTrue(row.startsWith(`${SOURCE},`) && row.endsWith(",0,true"), row)
    }))

  it.effect("a reviewed event the extractor does not produce survives the build and is reported", () =>
    Effect.gen(function*() {
      // A stub extractor makes the event on the real text; the real extractor (whatever it finds) is not asked to.
      const source = (yield* realBuild(rawCopy(), join(tempDir(), "dist"))).dataset.sources.find((s) => s.sourceId === SOURCE)!
      const doc = segment(source)
      const sentence = doc.sentences.find((s) => s.text === COURT_SENTENCE)!
      const draft: Draft = {
        event_type: "ruling",
        start: sentence.start,
        end: sentence.end,
        rule: "stub",
        confidence: 0.5,
        columns: {
          date_start: null, date_end: null, date_precision: "unknown", date_text: null, countries: ["PL"], location: null,
          court: "European Court of Human Rights", case_name: null, application_numbers: [], respondent_state: "PL",
          articles: ["ECHR:3"], outcome: "violation"
        }
      }
      // Ordinal 9: the real extractor makes no ten rulings of one sentence, so it surely does not produce this id.
      const stubEvent = resolve(doc, Array.from({ length: 10 }, () => draft))
        .find((e) => e.event_id === eventId(SOURCE, "ruling", COURT_SENTENCE, 9))
      const raw = rawCopy(confirmed(stubEvent!))
      const { dataset } = yield* realBuild(raw, join(tempDir(), "dist"))
      const kept = dataset.events.find((e) => e.event_id === stubEvent!.event_id)!
      assert.strictEqual(kept.review_status, "confirmed")
      assert.deepStrictEqual(dataset.reviewed.kept.map((k) => k.event.event_id), [stubEvent!.event_id])
      // The build's report on the command line says so.
      const r = yield* Effect.promise(() => cli("build", "--raw", raw, "--out", join(tempDir(), "dist")))
      assert.strictEqual(r.status, 0, r.stderr)
      assert.match(r.stdout, new RegExp(`\\nkept ${stubEvent!.event_id}: the extractor no longer finds it; reviewed at .*2026-11\\.jsonl:1\\n`))
    }), 120_000)

  it.effect("each guard fails the build with its error and leaves dist/ untouched", () =>
    Effect.gen(function*() {
      const out = join(tempDir(), "dist")
      const first = ruling()
      const raw = rawCopy(first)
      yield* realBuild(raw, out)
      const before = snapshot(out)
      const base = readFileSync(join(raw, "reviews", "2026-11.jsonl"), "utf8")
      const cases: ReadonlyArray<readonly [string, string]> = [
        ["{\"type\": \"EventConfirmed\",", "MalformedReviewLine"],
        [JSON.stringify(first), "DuplicateReviewId"],
        [JSON.stringify(ruling({ review_id: "x0", columns: { court: "ECtHR", evidence_end: 3 } })), "ColumnNotCorrectable"],
        [JSON.stringify(ruling({ review_id: "x1", columns: { court: "ECtHR", outcome: "violation", speaker: "x" } })), "ColumnNotInType"],
        [JSON.stringify(ruling({ review_id: "x2", columns: { court: "ECtHR", outcome: "won" } })), "InvalidValue"],
        [JSON.stringify(ruling({ review_id: "x3", evidence: "The court ruled for the border guards." })), "EvidenceNotInSource"],
        [JSON.stringify(retired("not-a-source")), "UnknownSource"]
      ]
      for (const [line, tag] of cases) {
        writeFileSync(join(raw, "reviews", "2026-11.jsonl"), base)
        appendFileSync(join(raw, "reviews", "2026-11.jsonl"), `${line}\n`)
        const result = yield* realBuild(raw, out).pipe(Effect.either)
        if (Either.isRight(result)) return assert.fail(`the build accepted ${line}`)
        assert.strictEqual(result.left._tag, tag, line)
        assert.deepInclude(result.left, { path: join(raw, "reviews", "2026-11.jsonl"), line: 2 })
        assert.deepStrictEqual(snapshot(out), before)
      }
    }))

  it.effect("an unknown event_id in a real build: a rejection of an id no event has", () =>
    Effect.gen(function*() {
      const raw = rawCopy(ruling())
      const first = yield* realBuild(raw, join(tempDir(), "dist"))
      const added = first.dataset.events.find((e) => e.method === "review")!
      appendFileSync(join(raw, "reviews", "2026-11.jsonl"), `${JSON.stringify(rejected({ ...added, event_id: "ruling-0123456789ab" }))}\n`)
      const error = yield* realBuild(raw, join(tempDir(), "dist")).pipe(Effect.flip)
      assert.deepInclude(error, { _tag: "UnknownEvent", event_id: "ruling-0123456789ab", line: 2 })
    }))
})
