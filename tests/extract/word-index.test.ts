import { describe, expect, it } from "@effect/vitest"
import { anyWordStarts, matchesAt, wordIndex, wordStarts } from "../../pipeline/extract/word-index.ts"

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
