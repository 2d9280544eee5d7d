import { assert, describe, it } from "@effect/vitest"
import { matchAllAnchored, matchAllFrom, runsBack, spacesBack } from "../../pipeline/normalise/anchored.ts"

const plain = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]])
const anchored = (pattern: RegExp, anchor: RegExp, back: (text: string, at: number) => number, text: string) =>
  matchAllAnchored({ pattern, anchor, back }, text).map((m) => [m.index, m[0], m[1]])

describe("matchAllAnchored", () => {
  const court = /(?<![\p{L}])((?:\p{Lu}\p{Ll}+ ){0,3}Court)(?![\p{L}])/gu
  const texts = [
    "",
    "no courts here",
    "The Supreme Administrative Court and the High Court of Valmora, then the Court.",
    "A Court Court Courtyard 😀 Regional Court 😀Court",
    "Very Long Name Of The District Court",
  ]

  it("finds what matchAll finds, looking back three spaces from the anchor", () => {
    for (const text of texts) {
      assert.deepStrictEqual(anchored(court, /Court/gu, (t, at) => spacesBack(t, at, 3), text), plain(court, text))
    }
    assert.deepStrictEqual(anchored(court, /Court/gu, (t, at) => spacesBack(t, at, 3), texts[4] ?? "").map((m) => m[1]), [
      "Of The District Court",
    ])
  })

  it("misses a match when the bound is too tight, which is why the bound must hold", () => {
    const text = "the Regional Court"
    assert.deepStrictEqual(anchored(court, /Court/gu, (_, at) => at, text).map((m) => m[1]), ["Court"])
    assert.deepStrictEqual(plain(court, text).map((m) => m[1]), ["Regional Court"])
  })

  it("skips everything when the anchor is absent, and a gate (back 0) scans from the start", () => {
    const counting = /x/gu
    assert.deepStrictEqual(anchored(/a+/gu, counting, () => 0, "aaa"), [])
    assert.deepStrictEqual(anchored(/a+/gu, /x/gu, () => 0, "aa x aaa"), plain(/a+/gu, "aa x aaa"))
  })

  it("steps over empty matches and surrogate pairs as matchAll does", () => {
    const text = "a😀b"
    assert.deepStrictEqual(anchored(/(?:)/gu, /(?:)/gu, (_, at) => at, text), plain(/(?:)/gu, text))
    assert.deepStrictEqual(anchored(/(?:)/g, /(?:)/g, (_, at) => at, text), plain(/(?:)/g, text))
    // a bound inside a surrogate pair is moved to its start
    assert.deepStrictEqual(anchored(/😀b/gu, /b/gu, (_, at) => at - 1, text), plain(/😀b/gu, text))
  })

  it("matchAllFrom starts at a position", () => {
    assert.deepStrictEqual(matchAllFrom(/a/g, "a a a", 1).map((m) => m.index), [2, 4])
    assert.deepStrictEqual(matchAllFrom(/a/g, "a a a", 0).map((m) => m.index), [0, 2, 4])
  })
})

describe("spacesBack and runsBack", () => {
  it("count plain spaces back from a position", () => {
    assert.strictEqual(spacesBack("one two three four", 14, 2), 4)
    assert.strictEqual(spacesBack("one two three four", 14, 3), 0)
    assert.strictEqual(spacesBack("one\ttwo three", 8, 1), 0)
  })

  it("count runs of any whitespace, a run partly inside included", () => {
    // runs: "the[ \n  ]Valmora[  ]court"; "Valmora" spans 7–13
    assert.strictEqual(runsBack("the \n  Valmora  court", 16, 1), 7)
    assert.strictEqual(runsBack("the \n  Valmora  court", 16, 2), 0)
    assert.strictEqual(runsBack("the \n  Valmora  court", 15, 1), 7)
    assert.strictEqual(runsBack("the \n  Valmora  court", 14, 0), 7)
    assert.strictEqual(runsBack("the \n  Valmora  court", 14, 1), 0)
    assert.strictEqual(runsBack("a\u00a0b", 3, 0), 2)
  })

  it("never decrease as the position grows", () => {
    const text = "The  Northmark \t regional administrative court of  first instance"
    for (let at = 1; at <= text.length; at++) {
      assert.isAtLeast(runsBack(text, at, 2), runsBack(text, at - 1, 2))
      assert.isAtLeast(spacesBack(text, at, 2), spacesBack(text, at - 1, 2))
    }
  })
})
