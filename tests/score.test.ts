import { describe, expect, it } from "@effect/vitest"
import { columnMatches, type DocumentPair, normaliseText, score, tokenF1 } from "../pipeline/score.ts"

const gold: DocumentPair["gold"] = [
  { event_type: "crossing", spans: [{ start: 0, end: 50 }, { start: 200, end: 240 }], columns: { outcome: "pushed_back", countries: ["LT", "BY"] } },
  { event_type: "statement", spans: [{ start: 60, end: 120 }], columns: { speaker: "Jan Nowak", quote: "we will not let them in" } },
  { event_type: "ruling", spans: [{ start: 130, end: 190 }], columns: { court: "European Court of Human Rights", date_start: null } }
]

const perfect: DocumentPair["predicted"] = [
  { event_type: "crossing", span: { start: 0, end: 50 }, columns: { outcome: "pushed_back", countries: ["BY", "LT"] } },
  { event_type: "statement", span: { start: 60, end: 120 }, columns: { speaker: "Jan Nowak.", quote: "We will not let them in!" } },
  { event_type: "ruling", span: { start: 130, end: 190 }, columns: { court: "the European Court of Human Rights", date_start: null } }
]

describe("score", () => {
  it("scores a perfect run 1.0 everywhere", () => {
    const r = score([{ sourceId: "s", gold, predicted: perfect }])
    expect(r.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    for (const t of ["crossing", "statement", "ruling"]) expect(r.by_type[t]!.f1).toBe(1)
    for (const c of Object.values(r.columns)) expect(c.accuracy).toBe(1)
  })

  it("gives an empty run zero recall", () => {
    const r = score([{ sourceId: "s", gold, predicted: [] }])
    expect(r.overall.recall).toBe(0)
    expect(r.overall.fn).toBe(3)
    expect(r.missed).toHaveLength(3)
  })

  it("matches a shifted span that overlaps, and an also sentence", () => {
    const r = score([{
      sourceId: "s",
      gold,
      predicted: [
        { event_type: "crossing", span: { start: 210, end: 260 }, columns: {} },
        { event_type: "statement", span: { start: 100, end: 125 }, columns: {} }
      ]
    }])
    expect(r.by_type.crossing).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(r.by_type.statement).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  })

  it("does not match a wrong type, and counts duplicates as false positives", () => {
    const r = score([{
      sourceId: "s",
      gold,
      predicted: [
        { event_type: "detention", span: { start: 0, end: 50 }, columns: {} },
        { event_type: "ruling", span: { start: 130, end: 190 }, columns: {} },
        { event_type: "ruling", span: { start: 140, end: 150 }, columns: {} }
      ]
    }])
    expect(r.by_type.detention).toMatchObject({ tp: 0, fp: 1 })
    expect(r.by_type.crossing).toMatchObject({ tp: 0, fn: 1 })
    expect(r.by_type.ruling).toMatchObject({ tp: 1, fp: 1, fn: 0 })
  })

  it("pairs each gold event with the prediction of largest overlap", () => {
    const r = score([{
      sourceId: "s",
      gold: [gold[0]!],
      predicted: [
        { event_type: "crossing", span: { start: 40, end: 60 }, columns: { outcome: "entered" } },
        { event_type: "crossing", span: { start: 0, end: 45 }, columns: { outcome: "pushed_back" } }
      ]
    }])
    expect(r.columns.outcome!.accuracy).toBe(1)
    expect(r.by_type.crossing).toMatchObject({ tp: 1, fp: 1 })
  })

  it("scores columns only where gold gives them, null included", () => {
    const r = score([{
      sourceId: "s",
      gold,
      predicted: perfect.map((p) => p.event_type === "ruling" ? { ...p, columns: { court: "ECtHR", date_start: "2020-01-01" } } : p)
    }])
    expect(r.columns.court).toEqual({ accuracy: 0, n: 1 })
    expect(r.columns.date_start).toEqual({ accuracy: 0, n: 1 })
    expect(r.columns.people).toBeUndefined()
  })
})

describe("column comparison", () => {
  it("normalises short strings as formats.md says", () => {
    expect(normaliseText("The  Greek authorities,")).toBe("greek authorities")
    expect(normaliseText("An expert — with Vyvozhuk")).toBe("expert with vyvozhuk")
    expect(columnMatches("speaker_role", "Lithuania’s former ambassador", "Lithuania's former ambassador")).toBe(true)
    expect(columnMatches("people", "Chechen families", "families")).toBe(false)
  })

  it("compares lists as sets and a null list as empty", () => {
    expect(columnMatches("countries", ["LT", "BY"], ["BY", "LT"])).toBe(true)
    expect(columnMatches("articles", [], null)).toBe(true)
    expect(columnMatches("countries", ["LT"], ["LT", "PL"])).toBe(false)
  })

  it("needs equality for enums, dates, numbers and booleans", () => {
    expect(columnMatches("people_count_min", 3000, 3000)).toBe(true)
    expect(columnMatches("people_count_max", null, 3000)).toBe(false)
    expect(columnMatches("arbitrary", true, true)).toBe(true)
    expect(columnMatches("date_end", null, null)).toBe(true)
  })

  it("accepts a quote at token F1 of 0.8 or more", () => {
    expect(tokenF1("a b c d e", "a b c d e")).toBe(1)
    expect(columnMatches("quote", "one two three four five", "one two three four")).toBe(true)
    expect(columnMatches("quote", "one two three four five", "one two")).toBe(false)
  })
})
