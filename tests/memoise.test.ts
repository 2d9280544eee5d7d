import { assert, describe, it } from "@effect/vitest"
import { memoiseString } from "../pipeline/memoise.ts"

describe("memoiseString", () => {
  it("computes once per string, an undefined result included", () => {
    const calls: Array<string> = []
    const f = memoiseString((t: string) => {
      calls.push(t)
      return t.length === 0 ? undefined : t.toUpperCase()
    }, 3)
    assert.deepStrictEqual([f("ab"), f("ab"), f(""), f("")], ["AB", "AB", undefined, undefined])
    assert.deepStrictEqual(calls, ["ab", ""])
  })

  it("starts afresh when full, so at most `limit` strings are kept", () => {
    const calls: Array<string> = []
    const f = memoiseString((t: string) => {
      calls.push(t)
      return t.length
    }, 2)
    assert.deepStrictEqual([f("a"), f("b"), f("a")], [1, 1, 1])
    assert.deepStrictEqual(calls, ["a", "b"])
    // a third string empties the full cache: "a" is computed again, "c" is still known
    assert.deepStrictEqual([f("c"), f("a"), f("c")], [1, 1, 1])
    assert.deepStrictEqual(calls, ["a", "b", "c", "a"])
  })
})
