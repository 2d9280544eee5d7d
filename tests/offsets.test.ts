import { describe, expect, it } from "@effect/vitest"
import { codePointLength, find, makeBody, slice } from "../pipeline/offsets.ts"

describe("offsets", () => {
  it("counts code points, not UTF-16 units, past astral characters", () => {
    const body = makeBody("Flag 🇱🇹 and 😀 then Vilnius.")
    expect(body.length).toBe([..."Flag 🇱🇹 and 😀 then Vilnius."].length)
    const hit = find(body, "Vilnius")!
    expect(hit.start).toBe([..."Flag 🇱🇹 and 😀 then "].length)
    expect(slice(body, hit.start, hit.end)).toBe("Vilnius")
  })

  it("keeps combining marks as their own code points", () => {
    const text = "Bajaru\u0304nas said 😀 so."
    const body = makeBody(text)
    expect(body.length).toBe(codePointLength(text))
    expect(codePointLength(text)).toBe(text.length - 1)
    const hit = find(body, "said")!
    expect(hit).toEqual({ start: 11, end: 15 })
  })

  it("maps both ways consistently", () => {
    const body = makeBody("a😀b𝄞c")
    for (let cp = 0; cp <= body.length; cp++) expect(body.toCodePoint(body.toUtf16(cp))).toBe(cp)
    expect(slice(body, 1, 4)).toBe("😀b𝄞")
  })

  it("finds from an offset and reports misses", () => {
    const body = makeBody("x 😀 x 😀 x")
    expect(find(body, "x", 1)).toEqual({ start: 4, end: 5 })
    expect(find(body, "y")).toBeNull()
  })
})
