import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, TestClock } from "effect"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { buildDataset } from "../pipeline/build.ts"
import { silent } from "../pipeline/progress.ts"
import { eventId } from "../pipeline/resolve.ts"
import { appendReview, type Decision, parseSettings, reviewIdOf, type Signature, targetFile, today } from "../pipeline/review-log.ts"
import { parseReviewFile } from "../pipeline/review.ts"
import type { Event } from "../schemas/events.ts"
import { cli, COURT_SENTENCE, rawCopy, SOURCE } from "./review-data.ts"

const alice: Signature = { reviewer: "alice", date: "2026-11-24", note: null }
const target = { path: "raw/reviews/2026-11.jsonl", file: "reviews/2026-11.jsonl", line: 4 }

const run = <A, E>(effect: Effect.Effect<A, E, any>) =>
  effect.pipe(Effect.provide(NodeContext.layer), Effect.provide(silent)) as Effect.Effect<A, E, never>

const logFile = (raw: string) => join(raw, "reviews", "2026-11.jsonl")
const lines = (raw: string) => readFileSync(logFile(raw), "utf8").split("\n").filter((l) => l !== "")

const addRuling: Decision = {
  kind: "add",
  source_id: SOURCE,
  event_type: "ruling",
  evidence: COURT_SENTENCE,
  evidence_start: null,
  set: ["court=European Court of Human Rights", "outcome=violation", "articles=ECHR:3", "respondent_state=PL", "countries=PL"]
}
const RULING_ID = eventId(SOURCE, "ruling", COURT_SENTENCE, 0)

const eventIn = (raw: string, id: string) =>
  run(buildDataset(raw)).pipe(Effect.map(({ events }) => events.find((e) => e.event_id === id) as (Event & Record<string, unknown>) | undefined))

describe("review CLI: the pure parts", () => {
  it("appends to the month of the date, unless a later file exists: file order is log order", () => {
    assert.strictEqual(targetFile([], "2026-11-24"), "2026-11.jsonl")
    assert.strictEqual(targetFile(["2026-11.jsonl"], "2026-12-01"), "2026-12.jsonl")
    assert.strictEqual(targetFile(["2026-12.jsonl", "2026-11.jsonl"], "2026-11-30"), "2026-12.jsonl")
  })

  it("a review id is the date and a hash of where the record goes and what it says", () => {
    const body = { type: "SourceRetired", source_id: "x" }
    const id = reviewIdOf("2026-11-24", target, body)
    assert.match(id, /^2026-11-24-[0-9a-f]{10}$/)
    assert.strictEqual(reviewIdOf("2026-11-24", target, body), id)
    assert.notStrictEqual(reviewIdOf("2026-11-24", { ...target, line: 5 }, body), id)
    assert.notStrictEqual(reviewIdOf("2026-11-24", target, { ...body, source_id: "y" }), id)
  })

  it("--set values are typed by the column: lists on ';', null, numbers, booleans; unknown columns stay text", () => {
    const set = Either.getOrThrow(parseSettings("detention", [
      "nationalities=IQ;SY",
      "countries=",
      "facility=null",
      "people_count_min=12",
      "arbitrary=true",
      "authority=Lithuanian border guards",
      "mood=sad",
      "duration_text=a=b"
    ], target))
    assert.deepStrictEqual(set, {
      nationalities: ["IQ", "SY"],
      countries: [],
      facility: null,
      people_count_min: 12,
      arbitrary: true,
      authority: "Lithuanian border guards",
      mood: "sad",
      duration_text: "a=b"
    })
    const bad = parseSettings("ruling", ["outcome"], target)
    assert.deepInclude(Either.getLeft(bad).pipe((o) => (o._tag === "Some" ? o.value : null))!, { _tag: "InvalidValue", line: 4 })
  })

  it.effect("today comes from the Clock service (UTC), not from the wall clock", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2026, 10, 24, 23, 59))
      assert.strictEqual(yield* today, "2026-11-24")
    }))
})

describe("review CLI: appending to a copy of raw/", () => {
  it.effect("add, correct, confirm, reject: one valid line each, and the build follows them", () =>
    Effect.gen(function*() {
      const raw = rawCopy()
      const added = yield* run(appendReview(raw, addRuling, alice))
      assert.strictEqual(added.eventId, RULING_ID)
      assert.deepInclude(added.logged, { file: "reviews/2026-11.jsonl", line: 1 })
      assert.strictEqual((yield* eventIn(raw, RULING_ID))?.outcome, "violation")

      const fixed = yield* run(appendReview(raw, { kind: "correct", event_id: RULING_ID, set: ["outcome=other", "articles=ECHR:3;ECHR:13"] }, { ...alice, reviewer: "bob", note: "partly" }))
      assert.strictEqual(fixed.logged.line, 2)
      const after = (yield* eventIn(raw, RULING_ID))!
      assert.deepInclude(after, { outcome: "other", review_status: "corrected", method: "review", confidence: 1 })
      assert.deepStrictEqual(after.articles, ["ECHR:3", "ECHR:13"])

      yield* run(appendReview(raw, { kind: "confirm", event_id: RULING_ID }, alice))
      assert.strictEqual((yield* eventIn(raw, RULING_ID))?.review_status, "corrected")

      yield* run(appendReview(raw, { kind: "reject", event_id: RULING_ID, reason: "a habitual claim" }, alice))
      assert.isUndefined(yield* eventIn(raw, RULING_ID))

      const written = lines(raw)
      assert.deepStrictEqual(written.map((l) => JSON.parse(l).type), ["EventAdded", "EventCorrected", "EventConfirmed", "EventRejected"])
      assert.deepStrictEqual(JSON.parse(written[1]!).set, { outcome: "other", articles: ["ECHR:3", "ECHR:13"] })
      assert.strictEqual(JSON.parse(written[1]!).note, "partly")
      // Every line reads back as the build reads it.
      assert.isTrue(Either.isRight(parseReviewFile(logFile(raw), "reviews/2026-11.jsonl", readFileSync(logFile(raw)))))
    }))

  it.effect("retire: the source's events leave; the folder reviews/ is made when missing", () =>
    Effect.gen(function*() {
      const raw = rawCopy()
      rmSync(join(raw, "reviews"), { recursive: true })
      const r = yield* run(appendReview(raw, { kind: "retire", source_id: SOURCE, reason: "superseded" }, alice))
      assert.isNull(r.eventId)
      assert.strictEqual(lines(raw).length, 1)
      const { events, reviewed } = yield* run(buildDataset(raw))
      assert.deepStrictEqual(events.filter((e) => e.source_id === SOURCE), [])
      assert.isTrue(reviewed.retired.has(SOURCE))
    }))

  it.effect("a file without its last newline: the record goes on the next line", () =>
    Effect.gen(function*() {
      const raw = rawCopy()
      const first = yield* run(appendReview(raw, addRuling, alice))
      writeFileSync(logFile(raw), readFileSync(logFile(raw), "utf8").replace(/\n$/, ""))
      const second = yield* run(appendReview(raw, { kind: "confirm", event_id: RULING_ID }, alice))
      assert.strictEqual(first.logged.line + 1, second.logged.line)
      assert.deepStrictEqual(lines(raw).map((l) => JSON.parse(l).type), ["EventAdded", "EventConfirmed"])
    }))

  it.effect("each refused decision fails with its error at the line it would have taken, and writes nothing", () =>
    Effect.gen(function*() {
      const raw = rawCopy()
      yield* run(appendReview(raw, addRuling, alice))
      const before = readFileSync(logFile(raw))
      const cases: ReadonlyArray<readonly [Decision, string, Partial<Signature>?]> = [
        [{ kind: "confirm", event_id: "ruling-000000000000" }, "UnknownEvent"],
        [{ kind: "correct", event_id: RULING_ID, set: ["speaker=x"] }, "ColumnNotInType"],
        [{ kind: "correct", event_id: RULING_ID, set: ["date_start=2021-02-30"] }, "InvalidValue"],
        [{ kind: "correct", event_id: RULING_ID, set: ["evidence=The court ruled."] }, "ColumnNotCorrectable"],
        [{ ...addRuling, evidence: "The court ruled for Poland." } as Decision, "EvidenceNotInSource"],
        [{ ...addRuling, set: ["outcome=violation"] } as Decision, "InvalidValue"],
        [{ kind: "retire", source_id: "no-such-source", reason: "x" }, "UnknownSource"],
        [{ kind: "reject", event_id: RULING_ID, reason: " " }, "MalformedReviewLine"],
        [{ kind: "confirm", event_id: RULING_ID }, "MalformedReviewLine", { reviewer: "" }]
      ]
      for (const [decision, tag, signature] of cases) {
        const result = yield* run(appendReview(raw, decision, { ...alice, ...signature })).pipe(Effect.either)
        if (Either.isRight(result)) return assert.fail(`accepted ${JSON.stringify(decision)}`)
        assert.strictEqual(result.left._tag, tag, JSON.stringify(decision))
        assert.deepInclude(result.left, { path: logFile(raw), line: 2 })
        assert.deepStrictEqual(readFileSync(logFile(raw)), before)
      }
      const badDate = yield* run(appendReview(raw, { kind: "confirm", event_id: RULING_ID }, { ...alice, date: "2026-13-01" })).pipe(Effect.flip)
      assert.strictEqual(badDate._tag, "MalformedReviewLine")
      assert.isFalse(existsSync(join(raw, "reviews", "2026-13.jsonl")))
    }))
})

describe("review CLI: the command line", () => {
  const review = (...args: Array<string>) => cli("review", ...args)

  // A child process with tsx takes seconds to start on a loaded machine.
  it("npm run review -- add … appends one line and says where; a refused one exits non-zero and writes nothing", async () => {
    const raw = rawCopy()
    const ok = await review(
      "add", SOURCE, "--raw", raw, "--reviewer", "alice", "--date", "2026-11-24", "--type", "ruling",
      "--evidence", COURT_SENTENCE, "--set", "court=European Court of Human Rights", "--set", "outcome=violation"
    )
    assert.strictEqual(ok.status, 0, ok.stderr)
    assert.match(ok.stdout, new RegExp(`appended EventAdded 2026-11-24-[0-9a-f]{10} about ${RULING_ID} to .*2026-11\\.jsonl:1`))
    const before = readFileSync(logFile(raw))
    const bad = await review("correct", RULING_ID, "--raw", raw, "--reviewer", "bob", "--date", "2026-11-25", "--set", "outcome=won")
    assert.notStrictEqual(bad.status, 0)
    assert.match(bad.stderr, /2026-11\.jsonl:2: `values\.outcome`: the value "won" is refused/)
    assert.deepStrictEqual(readFileSync(logFile(raw)), before)
  }, 120_000)

  it("lists the five decisions in its help", async () => {
    const help = await review("--help")
    assert.strictEqual(help.status, 0)
    for (const word of ["confirm", "correct", "reject", "add", "retire"]) assert.include(help.stdout, word)
  }, 120_000)
})
