import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { silent } from "../pipeline/progress.ts"
import { eventId } from "../pipeline/resolve.ts"
import { inContext, renderShow, showEvent } from "../pipeline/show.ts"
import {
  cli,
  confirmed,
  corrected,
  COURT_SENTENCE,
  fold,
  logOf,
  MINISTRY,
  ministry,
  news,
  PUSHBACK,
  pushback,
  rawCopy,
  rejected,
  retired,
  ruling,
  SOURCE,
  sources
} from "./review-data.ts"

const show = (log: Parameters<typeof fold>[0], id: string) => Either.getOrThrow(renderShow(sources, fold(log), id, "raw"))

describe("show", () => {
  it("marks the evidence inside its paragraph and names the line of the raw file it starts on", () => {
    const { line, text } = inContext(news, pushback)
    assert.strictEqual(text, `[[${PUSHBACK}]] ${MINISTRY}`)
    // Front matter of the test source: 5 lines; the pushback paragraph is the third line of the body.
    assert.strictEqual(line, news.bodyLine + 2)
  })

  it("prints a machine event's columns, its evidence in context, and that nobody reviewed it", () => {
    const out = show([], pushback.event_id)
    assert.match(out, new RegExp(`^${pushback.event_id} · crossing · machine`))
    assert.match(out, /\n {2}people_count_min +30\n/)
    assert.match(out, /\n {2}countries +\["BY","LT"\]\n/)
    assert.include(out, `[[${PUSHBACK}]]`)
    assert.include(out, "review history\n  none: as the extractor made it")
  })

  it("prints every record about the event in log order, with what changed, why and the note", () => {
    const fix = { ...corrected(pushback, { people_count_min: 25 }), note: "the text says 30 were stopped, 25 returned" }
    const out = show(logOf(confirmed(pushback), fix), pushback.event_id)
    assert.match(out, /· corrected \(method review, confidence 1\)/)
    assert.match(out, /\n {2}people_count_min +25\n/)
    const history = out.slice(out.indexOf("review history"))
    assert.match(history, /reviews\/2026-11\.jsonl:1 .* alice {2}EventConfirmed\n/)
    assert.match(history, /reviews\/2026-11\.jsonl:2 .*EventCorrected {2}set \{"people_count_min":25\} {2}note: the text says 30/)
  })

  it("shows a rejected event, an added one, and an event whose source was retired", () => {
    const gone = show(logOf(rejected(pushback)), pushback.event_id)
    assert.match(gone, /left the dataset: rejected by review r\d+/)
    assert.match(gone, /EventRejected {2}reason: not an occurrence/)
    const added = eventId("lt-news", "statement", MINISTRY, 0)
    assert.match(show(logOf(ministry()), added), /EventAdded {2}columns \{.*"speaker":"the ministry"/)
    const retiredOut = show(logOf(retired("lt-news")), pushback.event_id)
    assert.match(retiredOut, /left the dataset: its source was retired/)
    assert.match(retiredOut, /SourceRetired {2}reason: superseded/)
  })

  it("an id of no event is an UnknownEvent", () => {
    const result = renderShow(sources, fold([]), "crossing-000000000000", "raw")
    assert.deepInclude(Either.getLeft(result).pipe((o) => (o._tag === "Some" ? o.value : null))!, {
      _tag: "UnknownEvent",
      event_id: "crossing-000000000000"
    })
  })

  it.effect("reads a real raw folder: an added event with its history", () =>
    Effect.gen(function*() {
      const raw = rawCopy(ruling())
      const out = yield* showEvent(raw, eventId(SOURCE, "ruling", COURT_SENTENCE, 0))
      assert.include(out, `[[${COURT_SENTENCE}]]`)
      assert.include(out, "EventAdded")
    }).pipe(Effect.provide(NodeContext.layer), Effect.provide(silent)))

  // A child process with tsx takes seconds to start on a loaded machine.
  it("border-events show on the command line", async () => {
    const raw = rawCopy(ruling())
    const id = eventId(SOURCE, "ruling", COURT_SENTENCE, 0)
    const r = await cli("show", id, "--raw", raw)
    assert.strictEqual(r.status, 0, r.stderr)
    assert.match(r.stdout, new RegExp(`^${id} · ruling · corrected`))
    const bad = await cli("show", "ruling-000000000000", "--raw", raw)
    assert.notStrictEqual(bad.status, 0)
    assert.include(bad.stderr, "no event `ruling-000000000000`")
  }, 120_000)
})
