import { describe, expect, it } from "@effect/vitest"
import { borderPlaceIn, borderPlaces, borders, insideEu } from "../../pipeline/gazetteers/borders.ts"

describe("borderPlaceIn", () => {
  it("finds the well-known place a text names, with its usual direction", () => {
    expect(borderPlaceIn("The dinghy left the coast near Calais at dawn.")).toMatchObject({ from: "FR", to: "GB" })
    expect(borderPlaceIn("They crossed the Evros river at night.")).toMatchObject({ from: "TR", to: "GR" })
  })

  it("gives the first place of the gazetteer the text names, not the first in the text", () => {
    // Lesbos comes first in the text, the Channel first in the list
    const place = borderPlaceIn("After Lesbos she reached the English Channel.")
    expect(place).toBe(borderPlaces.find((p) => p.pattern.test("English Channel")))
  })

  it("gives null for a text that names none", () => {
    expect(borderPlaceIn("Guards patrolled the forest all week.")).toBeNull()
    expect(borderPlaceIn("")).toBeNull()
    // a place name inside a longer word is none
    expect(borderPlaceIn("the Kentucky derby")).toBeNull()
  })
})

describe("borders and insideEu", () => {
  it("knows land borders both ways and the EU side", () => {
    expect([borders("BY", "PL"), borders("PL", "BY"), borders("PL", "ES")]).toEqual([true, true, false])
    expect([insideEu("PL"), insideEu("BY")]).toEqual([true, false])
  })
})
