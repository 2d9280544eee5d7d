import { assert, describe, it } from "@effect/vitest"
import { leadingWords, startsOf } from "../../pipeline/extract/leading-words.ts"

describe("leadingWords", () => {
  it("reads a top-level alternation of words", () => {
    assert.deepStrictEqual(leadingWords("pushed\\s+back|forced\\s+out"), ["pushed", "forced"])
  })

  it("reads into a leading non-capturing group, nested", () => {
    assert.deepStrictEqual(leadingWords("(?:granted|gave|(?:re|ob)tained)\\s+asylum"), ["granted", "gave", "re", "ob"])
  })

  it("keeps the letters before a lookahead and drops duplicates", () => {
    assert.deepStrictEqual(leadingWords("sent(?!\\s+on)|returned|sent\\s+to"), ["sent", "returned"])
  })

  it("drops a letter a quantifier makes optional", () => {
    assert.deepStrictEqual(leadingWords("colou?r|boats?"), ["colo", "boat"])
    assert.strictEqual(leadingWords("a?b"), null)
  })

  it("gives null where a match may start otherwise", () => {
    assert.strictEqual(leadingWords("(?:the\\s+)?arrest"), null)
    assert.strictEqual(leadingWords("\\d+\\s+days|held"), null)
    assert.strictEqual(leadingWords("(held)\\s+in"), null)
    assert.strictEqual(leadingWords("[a-z]+ing"), null)
    assert.strictEqual(leadingWords("held|"), null)
    assert.strictEqual(leadingWords("(?:held|kept"), null)
  })

  it("does not split at a bar inside a class or after an escape", () => {
    assert.deepStrictEqual(leadingWords("held[|x]|kept\\|y"), ["held", "kept"])
  })

  it("every match of the pattern contains one of the words", () => {
    const pattern = "(?:pushed|forced)\\s+(?:\\S+\\s+){0,3}?back|turned\\s+away"
    const words = leadingWords(pattern)
    assert.isNotNull(words)
    for (const text of ["They were pushed back.", "FORCED them all back", "we turned away", "Turned   away"]) {
      const match = new RegExp(pattern, "i").exec(text)
      assert.isNotNull(match)
      assert.isTrue(new RegExp((words ?? []).join("|"), "i").test(match?.[0] ?? ""))
    }
  })
})

describe("startsOf", () => {
  it("reads the leading words of an alternation, in lower case", () => {
    assert.deepStrictEqual(startsOf("Pushed\\s+back|(?:forced|sent)\\s+out"), ["pushed", "forced", "sent"])
  })

  it("reads a leading digit as the ten digits", () => {
    assert.deepStrictEqual(startsOf("(?:dozens|\\d[\\d,]*)\\s+pushbacks"), ["dozens", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
    assert.deepStrictEqual(startsOf("in\\s+custody|\\d+\\s+days"), ["in", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
  })

  it("reads an optional leading group as the group or the rest", () => {
    assert.deepStrictEqual(startsOf("(?:the\\s+)?arrest\\s+of"), ["the", "arrest"])
  })

  it("gives null where a match may start otherwise", () => {
    assert.strictEqual(startsOf("\\d*days"), null)
    assert.strictEqual(startsOf("(?:the\\s+)?"), null)
    assert.strictEqual(startsOf("(?:the\\s+){0,2}arrest"), null)
    assert.strictEqual(startsOf("(?:the\\s+)??arrest"), null)
    assert.strictEqual(startsOf("[a-z]+ing|held"), null)
    assert.strictEqual(startsOf("(held)\\s+in"), null)
  })
})
