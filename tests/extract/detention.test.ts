import { describe, expect, it } from "@effect/vitest"
import type { Draft } from "../../pipeline/extract.ts"
import { detentions } from "../../pipeline/extract/detention.ts"
import { slice } from "../../pipeline/offsets.ts"
import { segment } from "../../pipeline/segment.ts"
import { devDoc, sourceOf } from "../helpers.ts"

type DetentionDraft = Extract<Draft, { readonly event_type: "detention" }>

interface Found {
  readonly evidence: string
  readonly columns: DetentionDraft["columns"]
}

const read = (doc: ReturnType<typeof devDoc>): ReadonlyArray<Found> =>
  detentions(doc).map((d) => {
    if (d.event_type !== "detention") throw new Error(`not a detention: ${d.event_type}`)
    return { evidence: slice(doc.source.body, d.start, d.end), columns: d.columns }
  })

const dev = (sourceId: string) => read(devDoc(sourceId))
const text = (body: string, published = "2021-08-04") => read(segment(sourceOf(body, "test-source", `published: ${published}\n`)))

const starting = (found: ReadonlyArray<Found>, start: string): Found => {
  const hit = found.find((f) => f.evidence.startsWith(start))
  if (hit === undefined) throw new Error(`no detention starting "${start}" in:\n${found.map((f) => f.evidence).join("\n")}`)
  return hit
}

describe("detentions in dev documents", () => {
  it("reads facility, duration, conditions and the interviewee behind 'I' (Q&A)", () => {
    const found = dev("interview-belarusian-exile-vilnius-2024")
    expect(starting(found, "I was detained on 11 August 2020").columns).toMatchObject({
      people: "Alena",
      people_count_min: 1,
      authority_country: "BY",
      facility: "Okrestina detention centre",
      duration_text: "for three days",
      conditions: "in a cell meant for four people with more than thirty of us inside",
      date_start: "2020-08-11",
      date_end: null,
      date_precision: "day"
    })
    // "If I went back …, I would probably be detained at the border" is a hypothetical
    expect(found.some((f) => f.evidence.startsWith("Not while Lukashenko"))).toBe(false)
    expect(found.some((f) => f.evidence.includes("would probably be detained"))).toBe(false)
    expect(starting(found, "More than 6,700 people were detained").columns).toMatchObject({ people_count_min: 6700, people_count_max: null })
  })

  it("merges a later mention into the first and keeps its date (C.O.C.G. v. Lithuania)", () => {
    const found = dev("court-coc-g-v-lithuania-2024")
    expect(found).toHaveLength(2)
    expect(starting(found, "On 8 April 2022").columns).toMatchObject({ authority: "border guards", authority_country: "LT", date_start: "2022-04-08" })
    expect(starting(found, "On 13 April 2022").columns).toMatchObject({
      people: "applicants",
      people_count_min: 4,
      nationalities: ["CU"],
      arbitrary: true,
      date_start: "2022-04-13"
    })
  })

  it("takes the authority from 'by …' and a place of detention after its head (Evros, Feres)", () => {
    const evros = dev("ngo-evros-testimonies-2022")
    expect(starting(evros, "Twenty of those interviewees").columns).toMatchObject({
      people_count_min: 20,
      authority: "Greek authorities",
      authority_country: "GR",
      duration_text: "usually for under a day"
    })
    const digest = dev("digest-borders-detention-october-2022")
    expect(starting(digest, "From 15 October the men were held").columns).toMatchObject({
      facility: "Feres police station",
      location: "Feres",
      authority_country: "GR",
      date_start: "2022-10-15",
      date_end: null
    })
    // "Families with children are due to be held only at Lesznowola" is a plan
    expect(digest.some((f) => f.evidence.startsWith("Families with children"))).toBe(false)
  })

  it("marks a detention the source calls arbitrary", () => {
    const found = dev("insider-pushbacks-eastern-border")
    expect(starting(found, "According to Amnesty International, since 2021").columns).toMatchObject({
      authority: "Lithuanian authorities",
      authority_country: "LT",
      arbitrary: true,
      date_start: "2021-01-01",
      date_precision: "year"
    })
  })
})

describe("detentions in hand-written sentences", () => {
  it("codes an arrest with its authority, numbers and nationality", () => {
    const [d, ...rest] = text("On 3 March 2022 Latvian border guards detained 12 Iraqis near the border.")
    expect(rest).toHaveLength(0)
    expect(d?.columns).toMatchObject({
      people: "Iraqis",
      people_count_min: 12,
      nationalities: ["IQ"],
      authority: "Latvian border guards",
      authority_country: "LV",
      arbitrary: null,
      date_start: "2022-03-03"
    })
  })

  it("codes no detention for negations, hypotheticals and plans", () => {
    expect(text("The police did not detain the migrants.")).toHaveLength(0)
    expect(text("If they return, they could be arrested.")).toHaveLength(0)
    expect(text("The migrants will be held at the new centre next year.")).toHaveLength(0)
  })

  it("does not code restraint during a pushback as a detention", () => {
    expect(text("On 2 June Polish guards made the group lie down and then pushed them back to Belarus.")).toHaveLength(0)
  })

  it("reads 'unlawful' as arbitrary and a prison-like description as conditions", () => {
    const [d] = text("In 2021 Lithuanian authorities unlawfully detained hundreds of asylum seekers for months in prison-like conditions.")
    expect(d?.columns).toMatchObject({
      arbitrary: true,
      conditions: "prison-like conditions",
      duration_text: "for months",
      people_count_min: 200,
      authority_country: "LT"
    })
  })
})

describe("detentions: general vocabulary and context (hand-written sentences)", () => {
  it("names the person singled out among those arrested", () => {
    const [d] = text("On 4 June Croatian police arrested eleven men near the border. Among those arrested was Karim B., an Algerian student.")
    expect(d?.columns.people).toBe("men")
    const named = text("Among those arrested was Karim B., an Algerian student.")
    expect(named[0]?.columns).toMatchObject({ people: "Karim B.", people_count_min: 1, nationalities: ["DZ"] })
  })

  it("codes people held 'there' in the facility the sentence before named, by an authority the gazetteer places", () => {
    const found = text("Most are taken to the Harbour processing centre in Kent. Last week about 900 people were being held there by the Home Office.")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({ facility: "Harbour processing centre", authority: "Home Office", authority_country: "GB", people_count_min: 900 })
  })

  it("codes placement in warehouses with their conditions, and a detention without legal basis as arbitrary", () => {
    const [w] = text("On Monday the city authorities placed dozens of the minors in two overcrowded warehouses near the port.")
    expect(w?.columns).toMatchObject({ people_count_min: 24, conditions: "overcrowded", authority: "city authorities" })
    const [basis] = text("The applicants were held for two weeks in the Kos hotspot, without any legal basis.")
    expect(basis?.columns).toMatchObject({ arbitrary: true, facility: "Kos hotspot", duration_text: "for two weeks" })
  })

  it("does not take the detaining state from a state people come from, are sent to or live in", () => {
    const [d] = text("Police later said they had arrested three men from Morocco.")
    expect(d?.columns.authority_country).toBeNull()
    const [r] = text("Two women who had reached Austria from Slovenia were held for ten days and then removed to Slovenia.")
    expect(r?.columns.authority_country).toBe("AT")
  })
})

describe("detentions: named centres, posts, counted objects and modals (hand-written sentences)", () => {
  it("codes a detention in a named centre, with or without a people phrase", () => {
    const [d] = text("In May 2023, 40 migrants were detained at the Vial centre on Chios.")
    expect(d?.columns).toMatchObject({ people: "migrants", people_count_min: 40, facility: "Vial centre", date_start: "2023-05-01" })
    const [most] = text("Most were detained at the Lyubimets centre in Bulgaria in June 2022.")
    expect(most?.columns).toMatchObject({ facility: "Lyubimets centre", authority_country: "BG", date_start: "2022-06-01" })
  })

  it("codes people held overnight at a post, beside the pushback of the same sentence", () => {
    const [d] = text("In June Latvian guards held them overnight at the border post and the next morning drove them back to the fence and pushed them across into Belarus.")
    expect(d?.columns).toMatchObject({ authority: "Latvian guards", authority_country: "LV", date_start: "2021-06-01" })
  })

  it("codes the detention of anyone by an authority, with a counted object of any noun", () => {
    const [d] = text("In June police had detained three soldiers in Latvia.")
    expect(d?.columns).toMatchObject({ people: "soldiers", people_count_min: 3, people_count_max: 3, authority: "police", authority_country: "LV" })
    const [days] = text("In June police detained them for three days in Latvia.")
    expect(days?.columns.people).not.toBe("days")
  })

  it("codes no detention for what a law allows, nor for an event held in a centre", () => {
    expect(text("Under the new law, migrants can be taken to closed centres in Greece.")).toHaveLength(0)
    expect(text("Under the 2021 law, people who cross the border irregularly can be detained at the Pabrade centre.")).toHaveLength(0)
    expect(text("A press conference was held at the Lyubimets centre in June 2022.")).toHaveLength(0)
    expect(text("In June 2022 Russian men kept crossing into Georgia at the Upper Lars checkpoint.")).toHaveLength(0)
  })

  it("codes people held at the border, rounded up, confined or locked in a room", () => {
    const [border] = text("In June 2022 Belarusian guards held 40 people at the border for three days.")
    expect(border?.columns).toMatchObject({ people_count_min: 40, authority: "Belarusian guards", authority_country: "BY", duration_text: "for three days" })
    const [round] = text("In June 2022 police rounded up 30 migrants in Paris.")
    expect(round?.columns).toMatchObject({ people: "migrants", people_count_min: 30, authority_country: "FR" })
    expect(text("In June 2022 the guards locked them in a container for two days.")).toHaveLength(1)
    expect(text("In June 2022 the officers confined the group in a tent near the border.")).toHaveLength(1)
    expect(text("The ministers held talks at the border in June 2022.")).toHaveLength(0)
  })

  it("takes a named person before a passive cue, and 'All were arrested' as the group just named", () => {
    const [named] = text("In June 2022 Ahmad Rahimi was arrested by Hungarian police in Szeged.")
    expect(named?.columns).toMatchObject({ people: "Ahmad Rahimi", people_count_min: 1, authority: "Hungarian police", authority_country: "HU" })
    const found = text("In June 2022 police stopped 30 migrants near the border in Hungary. All were arrested.")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({ people: "migrants", people_count_min: 30 })
  })

  it("codes people taken to a closed centre, through a list set off by dashes", () => {
    const [d] = text("In June 2022 police took the 38 people – 22 men, nine women and seven children – to the closed reception centre at Fylakio.")
    expect(d?.columns).toMatchObject({ people_count_min: 38, location: "Fylakio", date_start: "2022-06-01" })
    const [plain] = text("In June 2022 police took 12 men to the closed reception centre at Fylakio.")
    expect(plain?.columns).toMatchObject({ people: "men", people_count_min: 12 })
  })
})
