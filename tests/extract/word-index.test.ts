import { assert, describe, expect, it } from "@effect/vitest"
import { startsOf } from "../../pipeline/extract/leading-words.ts"
import { anyWordStarts, matchesAt, startIndex, startPositions, wordIndex, wordStarts } from "../../pipeline/extract/word-index.ts"

describe("wordStarts", () => {
  it("finds every occurrence of every word, prefixes included, by position", () => {
    const index = wordIndex(["the", "there", "re"], { caseless: false, wordStart: false })
    expect(wordStarts(index, "there the re")).toEqual([[0, 6], [0], [3, 10]])
  })

  it("skips occurrences right after an ASCII letter at word starts only", () => {
    const index = wordIndex(["dog"], { caseless: false, wordStart: true })
    expect(wordStarts(index, "dog hotdog hot-dog 2dog édog")).toEqual([[0, 15, 20, 25]])
  })

  it("matches case as the i and u flags do when caseless, and exactly otherwise", () => {
    const caseless = wordIndex(["ask"], { caseless: true, wordStart: false })
    expect(wordStarts(caseless, "ASK aſk as\u212A asc")).toEqual([[0, 4, 8]])
    expect(wordStarts(wordIndex(["ask"], { caseless: false, wordStart: false }), "ASK ask")).toEqual([[4]])
    expect(() => wordIndex(["été"], { caseless: true, wordStart: false })).toThrow()
  })

  it("reads words outside ASCII when case matters", () => {
    const index = wordIndex(["Sąd", "n’t"], { caseless: false, wordStart: false })
    expect(wordStarts(index, "the Sąd didn’t")).toEqual([[4], [11]])
  })

  it("gives every position where some word starts once, ascending", () => {
    const index = wordIndex(["a", "ab", "b"], { caseless: false, wordStart: false })
    expect(anyWordStarts(index, "xab ba")).toEqual([1, 2, 4, 5])
  })
})

describe("matchesAt", () => {
  const words = ["said", "says", "told"]
  const global = /(?<![\p{L}’'-])(?:said|says|told)(?![\p{L}-])/gu
  const sticky = new RegExp(global.source, "uy")
  const index = wordIndex(words, { caseless: false, wordStart: true })
  const same = (text: string) => {
    const found = matchesAt(sticky, text, anyWordStarts(index, text)).map((m) => [m.index, m[0]])
    expect(found).toEqual([...text.matchAll(global)].map((m) => [m.index, m[0]]))
    return found
  }

  it("gives the matches matchAll gives", () => {
    expect(same("She said he told them; it says")).toEqual([[4, "said"], [12, "told"], [26, "says"]])
    expect(same("unsaid, re-told, saids, said-so")).toEqual([])
    expect(same("")).toEqual([])
  })

  it("does not start a match inside the one before", () => {
    const pair = /ab|ba/uy
    expect(matchesAt(pair, "aba", [0, 1])).toEqual([expect.objectContaining({ index: 0, 0: "ab" })])
  })

  it("needs a sticky pattern", () => {
    expect(() => matchesAt(global, "said", [0])).toThrow()
  })
})

describe("startPositions", () => {
  const index = startIndex([startsOf("held|kept"), startsOf("\\d+\\s+days"), null, startsOf("(?:the\\s+)?arrest")], { caseless: true })

  it("finds, per pattern, where its words or digits begin, not after a letter", () => {
    const positions = startPositions(index, "They HELD 20 people; unheld, kept 3 days; the arrest")
    assert.deepStrictEqual(positions[0], [5, 29])
    // every digit not after a letter: a pattern may start inside a number
    assert.deepStrictEqual(positions[1], [10, 11, 34])
    assert.strictEqual(positions[2], null)
    // "They" begins with "the": a start word may be the beginning of a longer word
    assert.deepStrictEqual(positions[3], [0, 42, 46])
  })

  it("gives undefined for a pattern that starts nowhere", () => {
    assert.strictEqual(startPositions(index, "nothing here")[0], undefined)
  })

  it("reads the Kelvin sign and the long s as a case-insensitive Unicode pattern does", () => {
    const text = "\u212Aept and held"
    assert.isTrue(/^kept/iu.test(text))
    assert.deepStrictEqual(startPositions(index, text)[0], [0, 9])
    assert.deepStrictEqual(startPositions(startIndex([startsOf("sent")], { caseless: true }), "\u017Fent")[0], [0])
  })

  it("holds every position where a case-insensitive pattern matches", () => {
    const patterns = ["(?:pushed|forced)\\s+back", "(?:the\\s+)?arrest\\s+of", "\\d+\\s+(?:days|weeks)"]
    const text = "The arrest of 12 men, pushed back for 3 weeks; FORCED back after the ARREST of 4, 10 days on"
    const positions = startPositions(startIndex(patterns.map(startsOf), { caseless: true }), text)
    patterns.forEach((source, i) => {
      const found = [...text.matchAll(new RegExp(`(?<![\\p{L}])(?:${source})`, "giu"))].map((m) => m.index)
      assert.isNotEmpty(found)
      for (const at of found) assert.include(positions[i] ?? [], at)
    })
  })
})
