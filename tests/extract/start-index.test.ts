import { assert, describe, it } from "@effect/vitest"
import { startsOf } from "../../pipeline/extract/leading-words.ts"
import { startIndex, startPositions } from "../../pipeline/extract/start-index.ts"

describe("startPositions", () => {
  const index = startIndex([startsOf("held|kept"), startsOf("\\d+\\s+days"), null, startsOf("(?:the\\s+)?arrest")])

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
    assert.deepStrictEqual(startPositions(startIndex([startsOf("sent")]), "\u017Fent")[0], [0])
  })

  it("holds every position where a case-insensitive pattern matches", () => {
    const patterns = ["(?:pushed|forced)\\s+back", "(?:the\\s+)?arrest\\s+of", "\\d+\\s+(?:days|weeks)"]
    const text = "The arrest of 12 men, pushed back for 3 weeks; FORCED back after the ARREST of 4, 10 days on"
    const positions = startPositions(startIndex(patterns.map(startsOf)), text)
    patterns.forEach((source, i) => {
      const found = [...text.matchAll(new RegExp(`(?<![\\p{L}])(?:${source})`, "giu"))].map((m) => m.index)
      assert.isNotEmpty(found)
      for (const at of found) assert.include(positions[i] ?? [], at)
    })
  })
})
