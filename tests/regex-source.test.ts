import { assert, describe, it } from "@effect/vitest"
import { alternatives, escapeRegExp, groupEnd, tokenEnd, withoutLookarounds } from "../pipeline/regex-source.ts"

describe("escapeRegExp", () => {
  it("gives a source matching the text literally, special characters and all", () => {
    for (const text of ["St. Vincent (and) the Grenadines", "a+b*c?", "[x]{2}|^$\\", "Art. 3 § 1"]) {
      const re = new RegExp(`^${escapeRegExp(text)}$`, "u")
      assert.isTrue(re.test(text), text)
    }
    assert.isFalse(new RegExp(escapeRegExp("St. Vincent")).test("Stx Vincent"))
  })
})

describe("tokenEnd", () => {
  it("steps over an escape, a whole class or one character", () => {
    assert.strictEqual(tokenEnd("a\\(b", 1), 3)
    assert.strictEqual(tokenEnd("x[)\\]|]y", 1), 7)
    assert.strictEqual(tokenEnd("x[)\\]|]y", 0), 1)
  })

  it("gives -1 for a class that does not close", () => {
    assert.strictEqual(tokenEnd("a[bc", 1), -1)
    assert.strictEqual(tokenEnd("a[bc\\]", 1), -1)
  })
})

describe("groupEnd", () => {
  it("finds the closing parenthesis past nested groups, classes and escapes", () => {
    const source = "(?:a(b)[)]\\))c)"
    assert.strictEqual(groupEnd(source, 0), 12)
    assert.strictEqual(groupEnd(source, 4), 6)
  })

  it("gives -1 for a group that does not close", () => {
    assert.strictEqual(groupEnd("(?:a(b)", 0), -1)
    assert.strictEqual(groupEnd("(a[)]", 0), -1)
  })
})

describe("alternatives", () => {
  it("splits at the top-level bars only", () => {
    assert.deepStrictEqual(alternatives("a|(?:b|c)d|[|]e|f\\|g"), ["a", "(?:b|c)d", "[|]e", "f\\|g"])
    assert.deepStrictEqual(alternatives("held|"), ["held", ""])
  })

  it("gives null when a group or class does not close", () => {
    assert.strictEqual(alternatives("(?:held|kept"), null)
    assert.strictEqual(alternatives("held)|kept("), null)
    assert.strictEqual(alternatives("held|[kept"), null)
  })
})

describe("withoutLookarounds", () => {
  it("drops lookaheads and lookbehinds, nested groups included, and keeps everything else", () => {
    assert.strictEqual(withoutLookarounds("(?<=\\b(?:[Rr]uling|[Jj]udgment)s? (?:from|in) )Strasbourg"), "Strasbourg")
    assert.strictEqual(withoutLookarounds("European Court(?! of (?:Justice|Auditors))"), "European Court")
    assert.strictEqual(withoutLookarounds("(?<!International )Court of Justice"), "Court of Justice")
    // escaped parentheses, parentheses in a class, named groups and plain groups stay
    assert.strictEqual(withoutLookarounds("a[(?=]\\(?=x)(?!(a)[)])b(?<name>c)(?:d)"), "a[(?=]\\(?=x)b(?<name>c)(?:d)")
  })

  it("matches wherever the source matches, at the same start", () => {
    const source = "(?<![\\p{L}])(?:UN|U\\.N\\.) Human Rights Committee(?! of\\b)"
    const text = "the UN Human Rights Committee and XUN Human Rights Committee of"
    const starts = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index)
    assert.deepStrictEqual(starts(new RegExp(source, "gu")), [4])
    assert.deepStrictEqual(starts(new RegExp(withoutLookarounds(source), "gu")), [4, 35])
  })
})
