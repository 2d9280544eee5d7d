import { describe, expect, it } from "@effect/vitest"
import type { Draft } from "../../pipeline/extract.ts"
import { crossings } from "../../pipeline/extract/crossing.ts"
import { slice } from "../../pipeline/offsets.ts"
import { segment } from "../../pipeline/segment.ts"
import { devDoc, sourceOf } from "../helpers.ts"

type CrossingDraft = Extract<Draft, { readonly event_type: "crossing" }>

interface Found {
  readonly evidence: string
  readonly columns: CrossingDraft["columns"]
}

const read = (doc: ReturnType<typeof devDoc>): ReadonlyArray<Found> =>
  crossings(doc).map((d) => {
    if (d.event_type !== "crossing") throw new Error(`not a crossing: ${d.event_type}`)
    return { evidence: slice(doc.source.body, d.start, d.end), columns: d.columns }
  })

const dev = (sourceId: string) => read(devDoc(sourceId))
const text = (body: string, published = "2021-08-04") => read(segment(sourceOf(body, "test-source", `published: ${published}\n`)))

const starting = (found: ReadonlyArray<Found>, start: string): Found => {
  const hit = found.find((f) => f.evidence.startsWith(start))
  if (hit === undefined) throw new Error(`no crossing starting "${start}" in:\n${found.map((f) => f.evidence).join("\n")}`)
  return hit
}

describe("crossings in dev documents", () => {
  it("codes a pushback from Lithuania into Belarus as a crossing from BY to LT, dated by the weekday", () => {
    const found = dev("wire-lithuania-pushbacks-2021")
    expect(starting(found, "Lithuanian border guards turned about 180 migrants back").columns).toMatchObject({
      people: "migrants",
      people_count_min: 180,
      people_count_max: 180,
      from_country: "BY",
      to_country: "LT",
      countries: ["BY", "LT"],
      crossing_mode: "irregular",
      outcome: "pushed_back",
      date_start: "2021-08-03",
      date_end: "2021-08-03",
      date_precision: "day"
    })
    // "refuse entry to anyone who crosses" is a policy, and "did not say whether … turned back" a negation
    expect(found.some((f) => f.evidence.startsWith("The service did not say"))).toBe(false)
    expect(starting(found, "On Wednesday 35 people crossed irregularly").columns).toMatchObject({
      people_count_min: 35,
      outcome: "entered",
      date_start: "2021-08-04"
    })
  })

  it("follows a journey told in stages and merges a repeated attempt into one event (C.O.C.G. v. Lithuania)", () => {
    const found = dev("court-coc-g-v-lithuania-2024")
    expect(starting(found, "Fearing for their safety").columns).toMatchObject({ from_country: "CU", to_country: "RU", outcome: "entered" })
    expect(starting(found, "They stayed there until 30 March 2022").columns).toMatchObject({
      from_country: "RU",
      to_country: "BY",
      date_start: "2022-03-30"
    })
    const attempts = starting(found, "Between 31 March and 6 April 2022")
    expect(attempts.columns).toMatchObject({
      people: "applicants",
      people_count_min: 4,
      nationalities: ["CU"],
      from_country: "BY",
      to_country: "LT",
      outcome: "pushed_back",
      crossing_mode: "irregular",
      date_start: "2022-03-31",
      date_end: "2022-04-06"
    })
    // the next sentence ("on each occasion … forced them back") is the same occurrence, not a new event
    expect(found.some((f) => f.evidence.startsWith("They submit that"))).toBe(false)
    expect(starting(found, "In M.A. and Others v. Lithuania").columns).toMatchObject({
      people: "Chechen family of seven",
      people_count_min: 7,
      outcome: "refused_entry",
      crossing_mode: "official_checkpoint",
      to_country: "LT",
      date_start: "2017-01-01",
      date_precision: "year"
    })
  })

  it("codes each leg of a chain pushback as its own crossing (Styria roundup)", () => {
    const found = dev("roundup-border-rulings-2021")
    expect(starting(found, "On 1 July the Regional Administrative Court").columns).toMatchObject({
      from_country: "SI",
      to_country: "AT",
      outcome: "pushed_back",
      date_start: "2020-09-28"
    })
    expect(starting(found, "Slovenian police then sent him on to Croatia").columns).toMatchObject({ from_country: "HR", to_country: "SI", outcome: "pushed_back" })
    expect(starting(found, "From there he was pushed back into Bosnia").columns).toMatchObject({ from_country: "BA", outcome: "pushed_back" })
  })

  it("sums a coordinated people phrase and reads a month date (A.R.E. v. Greece)", () => {
    const found = dev("echr-press-release-greece-pushbacks-2025")
    expect(starting(found, "In May 2019 she and two companions").columns).toMatchObject({
      people: "she and two companions",
      people_count_min: 3,
      from_country: "TR",
      to_country: "GR",
      date_start: "2019-05-01",
      date_end: "2019-05-31",
      date_precision: "month"
    })
    // "The Court has repeatedly held that a State may not remove a person…" is generic
    expect(found.some((f) => f.evidence.startsWith("The Court has repeatedly held"))).toBe(false)
    // "pushing third-country nationals back … had been a systematic practice": a gerund subject is generic
    expect(found.some((f) => f.evidence.startsWith("The Court found strong indications"))).toBe(false)
  })

  it("does not take a date that belongs to the report of a crossing", () => {
    const found = dev("court-coc-g-v-lithuania-2024")
    expect(starting(found, "In M.A. and Others v. Lithuania").columns.date_text).toBe("in 2017")
  })
})

describe("crossings in hand-written sentences", () => {
  it("codes an irregular entry with its numbers, nationality and direction", () => {
    const [c, ...rest] = text("In May 2021 about 40 Afghans crossed illegally from Belarus into Poland.")
    expect(rest).toHaveLength(0)
    expect(c?.columns).toMatchObject({
      people: "Afghans",
      people_count_min: 40,
      people_count_max: 40,
      nationalities: ["AF"],
      from_country: "BY",
      to_country: "PL",
      crossing_mode: "irregular",
      outcome: "entered",
      date_start: "2021-05-01",
      date_precision: "month"
    })
  })

  it("reads a deportation in the direction of the removal", () => {
    const [c] = text("On 3 March 2022 Germany deported 25 Afghans to Afghanistan.")
    expect(c?.columns).toMatchObject({ outcome: "deported", to_country: "AF", people_count_min: 25 })
  })

  it("codes no crossing for negations, hypotheticals, future plans, policies and generic claims", () => {
    expect(text("The guards did not push the migrants back to Belarus.")).toHaveLength(0)
    expect(text("If the migrants crossed into Poland, they would be sent back to Belarus.")).toHaveLength(0)
    expect(text("The government will deport 50 people to Iraq next week.")).toHaveLength(0)
    expect(text("The new law lets guards refuse entry to anyone who crosses the border irregularly.")).toHaveLength(0)
    expect(text("Pushing people back to Belarus had become routine.")).toHaveLength(0)
    expect(text("Officers could order anyone crossing illegally to go back.")).toHaveLength(0)
  })

  it("does not read the month May as the modal 'may'", () => {
    expect(text("In May 2019 three men crossed the river into Greece.")).toHaveLength(1)
  })

  it("keeps a quoted account as a repeated mention only, never as a new event", () => {
    expect(text("“They sent us back to Turkey,” he said.")).toHaveLength(0)
  })

  it("turns a refusal of entry at the green border into a pushback, and keeps it at a checkpoint", () => {
    const [green] = text("On Tuesday Lithuanian border guards refused entry to 20 migrants who crossed away from an official checkpoint.")
    expect(green?.columns.outcome).toBe("pushed_back")
    const [checkpoint] = text("On Tuesday Polish border guards refused entry to 12 Chechen asylum seekers at the Terespol border crossing.")
    expect(checkpoint?.columns).toMatchObject({ outcome: "refused_entry", crossing_mode: "official_checkpoint", crossing_point: "Terespol", to_country: "PL" })
  })

  it("codes restraint during a pushback as part of the crossing", () => {
    const found = text("On 2 June Polish guards made the group lie down and then pushed them back to Belarus.")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({ outcome: "pushed_back", from_country: "BY", to_country: "PL" })
  })
})

describe("crossings: general vocabulary and syntax (hand-written sentences)", () => {
  it("reads swimming, wading and climbing over as entries, and a try to swim or get over as an attempt", () => {
    const [swim] = text("On Sunday some 300 people swam from Albania to Greece.")
    expect(swim?.columns).toMatchObject({ outcome: "entered", people_count_min: 300, from_country: "AL", to_country: "GR" })
    const [tried] = text("On Friday about 50 people tried to get over the fence from Serbia into Hungary.")
    expect(tried?.columns).toMatchObject({ outcome: "attempted", people_count_min: 50, from_country: "RS", to_country: "HU" })
  })

  it("codes a boat that set off or was wrecked as an attempted crossing, and a later 'the boat' as the same one", () => {
    const found = text("On 2 March a rubber boat left the coast of Libya with at least 40 people on board. The boat capsized near Malta.")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({ outcome: "attempted", people_count_min: 40, people_count_max: null })
    expect(text("On Monday a coastguard patrol boat left the harbour.")).toHaveLength(0)
  })

  it("reads a state taking people in as their destination, with a bare count", () => {
    const [c] = text("Since March, Slovakia has taken in tens of thousands more from Ukraine.")
    expect(c?.columns).toMatchObject({ outcome: "entered", to_country: "SK", from_country: "UA", people_count_min: 20000 })
  })

  it("codes people kept out as prevented and counted attempts without counting people", () => {
    const [kept] = text("On 3 May hundreds of people gathered at the border with Belarus, and Polish guards used water cannon to keep them out.")
    expect(kept?.columns.outcome).toBe("prevented")
    const [attempts] = text("Romania said it had prevented more than 5,000 attempts to cross the border from Serbia in 2023.")
    expect(attempts?.columns).toMatchObject({ outcome: "prevented", people_count_min: null, people_count_max: null, from_country: "RS" })
  })

  it("reads a return under a formal agreement as a deportation from the returning state", () => {
    const [c] = text("On Friday 200 of the arrivals were sent back to Albania under a readmission agreement, the ministry said.")
    expect(c?.columns).toMatchObject({ outcome: "deported", to_country: "AL" })
    const [back] = text("On Friday 60 people were handed back to Turkish forces without any procedure.")
    expect(back?.columns).toMatchObject({ outcome: "pushed_back", from_country: "TR" })
  })

  it("codes each item of a list on different dates as its own crossing", () => {
    const found = text("About 900 people crossed from Serbia into Hungary in 2019, and in 2020 it was more than 1,500.")
    expect(found).toHaveLength(2)
    expect(found.map((f) => [f.columns.date_start, f.columns.people_count_min])).toEqual([["2019-01-01", 900], ["2020-01-01", 1500]])
  })

  it("codes no crossing for descriptions, habits and hypotheticals", () => {
    expect(text("The paths that people who have crossed the river take run through the forest.")).toHaveLength(0)
    expect(text("Since 2018 guards have escorted migrants back to the Bosnian side of the border.")).toHaveLength(0)
    expect(text("People regularly try to climb the fence at night.")).toHaveLength(0)
    expect(text("The judges found that refugees sent to Libya would face torture.")).toHaveLength(0)
  })

  it("fills the sides of a crossing from a well-known border place, and not from a union of states", () => {
    const [channel] = text("On Tuesday about 700 people crossed the Channel in small boats.")
    expect(channel?.columns).toMatchObject({ from_country: "FR", to_country: "GB" })
    const [eu] = text("Since 1 March more than 50,000 people have fled Moldova into the European Union.")
    expect(eu?.columns).toMatchObject({ from_country: "MD", to_country: null })
  })
})

describe("crossings: arrivals, prevention, pushbacks, transfers and sub-groups (hand-written sentences)", () => {
  it("reads landing, reaching, coming ashore and being brought to a port as entries", () => {
    const [landed] = text("On 3 May, 57 people landed on the island of Lampedusa.")
    expect(landed?.columns).toMatchObject({ outcome: "entered", people_count_min: 57, to_country: "IT", date_start: "2021-05-03" })
    const [reached] = text("In March 2021 about 300 migrants reached Italy by sea from Libya.")
    expect(reached?.columns).toMatchObject({ outcome: "entered", people_count_min: 300, from_country: "LY", to_country: "IT" })
    const [since] = text("More than 2,000 people have reached Spain since January.")
    expect(since?.columns).toMatchObject({ outcome: "entered", people_count_min: 2000, people_count_max: null, to_country: "ES", date_end: null })
    const [ashore] = text("On Sunday some 80 migrants came ashore in Sicily.")
    expect(ashore?.columns).toMatchObject({ outcome: "entered", people_count_min: 80, to_country: "IT" })
    const [brought] = text("In June twelve Afghans were rescued off Lesbos and were brought to Mytilene aboard a coast guard ship.")
    expect(brought?.columns).toMatchObject({ outcome: "entered", people_count_min: 12, nationalities: ["AF"], to_country: "GR" })
    const [vessel] = text("In June the coast guard rescued 30 people and they were taken by a merchant vessel to Kalamata.")
    expect(vessel?.columns).toMatchObject({ outcome: "entered", people: "people", people_count_min: 30 })
  })

  it("does not read 'reached' without a people subject and a place object as a crossing", () => {
    expect(text("The envoy reached an agreement with Morocco in June 2021.")).toHaveLength(0)
    expect(text("Rescuers reached a party of ten people near the river in Poland.")).toHaveLength(0)
    expect(text("The number of arrivals reached 5,000 in May 2021.")).toHaveLength(0)
    expect(text("In May 2021 the migrants reached the Polish border after a week in the forest.")).toHaveLength(0)
    expect(text("The refugees reached the conclusion that the route was closed.")).toHaveLength(0)
  })

  it("codes a stop near the border and a state stopping people from leaving as prevented", () => {
    const [stopped] = text("In June a Syrian man was stopped by Bulgarian border police near Svilengrad.")
    expect(stopped?.columns).toMatchObject({ outcome: "prevented", to_country: "BG", nationalities: ["SY"], location: "Svilengrad" })
    const [exit] = text("Since January Tunisia has stopped 12,000 people from leaving its coast.")
    expect(exit?.columns).toMatchObject({ outcome: "prevented", from_country: "TN", to_country: null, people_count_min: 12000 })
  })

  it("does not code entry refused to a zone or a camp inside a state as a border crossing", () => {
    expect(text("The journalists were refused entry to the zone in Lithuania in 2021.")).toHaveLength(0)
    expect(text("The lawyers were denied entry to the camp in Greece in 2021.")).toHaveLength(0)
  })

  it("reads turning back at a border post as refused entry, and forcing people across as a pushback", () => {
    const [post] = text("In May Croatian police turned back eight young men at the Bajakovo border post.")
    expect(post?.columns).toMatchObject({ outcome: "refused_entry", crossing_mode: "official_checkpoint", crossing_point: "Bajakovo", people_count_min: 8 })
    const [across] = text("In July Polish soldiers took him to the border with Belarus and forced him across.")
    expect(across?.columns).toMatchObject({ outcome: "pushed_back", from_country: "BY", to_country: "PL" })
    const [over] = text("In April Hungarian police drove them to the fence and pushed them over into Serbia.")
    expect(over?.columns).toMatchObject({ outcome: "pushed_back", from_country: "RS", to_country: "HU" })
  })

  it("reads an onward transfer as a deportation from the state where people were", () => {
    const [sent] = text("In 2021 an Afghan man was detained in Austria and was sent on to Slovenia.")
    expect(sent?.columns).toMatchObject({ outcome: "deported", from_country: "AT", to_country: "SI", nationalities: ["AF"] })
    const [taken] = text("In May the migrants were taken on to Bosnia by Croatian police.")
    expect(taken?.columns).toMatchObject({ outcome: "deported", to_country: "BA" })
  })

  it("codes a counted part of a group as its own event with its count", () => {
    const found = text("In May a group of Afghans reached Bulgaria. Four of them were pushed back to Turkey.")
    expect(found).toHaveLength(2)
    expect(starting(found, "Four of them").columns).toMatchObject({ outcome: "pushed_back", people_count_min: 4, people_count_max: 4, nationalities: ["AF"], from_country: "TR" })
    const rest = text("In May police stopped a group near the border with Serbia in Hungary. The remaining twelve crossed into Hungary.")
    expect(starting(rest, "The remaining twelve").columns).toMatchObject({ outcome: "entered", people_count_min: 12, to_country: "HU" })
    const [first] = text("In May the first group, sixteen men from Syria and Iraq, crossed into Bulgaria from Turkey.")
    expect(first?.columns).toMatchObject({ people_count_min: 16, nationalities: ["SY", "IQ"], from_country: "TR", to_country: "BG" })
  })

  it("counts a child of a given age as one person", () => {
    const [about] = text("In May a boy of about fifteen crossed into Greece from Turkey.")
    expect(about?.columns).toMatchObject({ people_count_min: 1, people_count_max: 1 })
    const [aged] = text("In May a girl of twelve crossed into Greece from Turkey.")
    expect(aged?.columns).toMatchObject({ people_count_min: 1, people_count_max: 1 })
    const [family] = text("In May a family of seven crossed into Greece from Turkey.")
    expect(family?.columns).toMatchObject({ people_count_min: 7, people_count_max: 7 })
  })

  it("reads 'one million' with its modifier as a count", () => {
    const [c] = text("Since March, more than one million people have crossed into Poland.")
    expect(c?.columns).toMatchObject({ people_count_min: 1000000, people_count_max: null, to_country: "PL" })
  })

  it("codes two items with their own dates and counts in one sentence", () => {
    const found = text("In 2020 about 40,000 people reached Greece by sea, and in 2019 it was more than 46,000.")
    expect(found.map((f) => [f.columns.date_start, f.columns.people_count_min, f.columns.to_country])).toEqual([
      ["2020-01-01", 40000, "GR"], ["2019-01-01", 46000, "GR"]
    ])
  })

  it("does not code daily practices, intentions or a population as crossings", () => {
    expect(text("Its consequences for the people turned back every day at the border with Belarus are severe.")).toHaveLength(0)
    const [intent] = text("In May he crossed into Serbia, intending to travel on to Hungary.")
    expect(intent?.columns).toMatchObject({ to_country: "RS" })
    expect(intent?.columns.from_country).not.toBe("HU")
    expect(intent?.columns.countries).not.toContain("HU")
  })

  it("codes a departure followed by a stop at the border as one prevented crossing", () => {
    const found = text("In June a Syrian man left Turkey for Bulgaria hidden in a lorry. He was stopped at the border crossing at Kapitan Andreevo.")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({ outcome: "prevented", from_country: "TR", to_country: "BG", people_count_min: 1 })
  })

  it("reads disembarking, making one's way and being smuggled in as entries, interceptions and refused exit as prevented", () => {
    const [off] = text("On 4 May, 120 people disembarked in Pozzallo.")
    expect(off?.columns).toMatchObject({ outcome: "entered", people_count_min: 120 })
    const [way] = text("In June about 60 Afghans made their way into Croatia from Bosnia.")
    expect(way?.columns).toMatchObject({ outcome: "entered", from_country: "BA", to_country: "HR", people_count_min: 60 })
    const [smuggled] = text("In June he was smuggled into Austria in a van.")
    expect(smuggled?.columns).toMatchObject({ outcome: "entered", to_country: "AT", people_count_min: 1 })
    const [exit] = text("In June Ukrainian men of fighting age were refused exit at the border with Moldova.")
    expect(exit?.columns).toMatchObject({ outcome: "prevented", nationalities: ["UA"] })
  })

  it("resolves a pronoun inside the cue to the people named before it in the sentence", () => {
    const [c] = text("In June the Libyan coast guard intercepted 300 migrants at sea and returned them to Libya.")
    expect(c?.columns).toMatchObject({ people: "migrants", people_count_min: 300, from_country: "LY" })
  })

  it("takes a named person right before the cue as its subject, through an apposition", () => {
    const [crossed] = text("In 2015 Ahmad Rahimi crossed into Hungary from Serbia.")
    expect(crossed?.columns).toMatchObject({ people: "Ahmad Rahimi", people_count_min: 1, from_country: "RS", to_country: "HU" })
    const [reached] = text("In May Lena Novak, a Syrian teacher, reached Austria.")
    expect(reached?.columns).toMatchObject({ people: "Lena Novak", outcome: "entered", to_country: "AT" })
  })

  it("takes the head phrase of the people, not a people noun used for a thing inside a relative clause", () => {
    const [c] = text("In March 2022 Romania also welcomed several thousand Moldovan and Ukrainian citizens who received refugee status there.")
    expect(c?.columns).toMatchObject({ people: "Moldovan and Ukrainian citizens", people_count_min: 3000, people_count_max: null })
  })

  it("counts one only for a singular person: a people noun in a compound counts nothing", () => {
    const [c] = text("In 2020 Norway gave refugee status to them.")
    expect(c?.columns).toMatchObject({ people: "them", people_count_min: null, people_count_max: null })
    const [one] = text("In May a refugee crossed into Austria from Slovenia.")
    expect(one?.columns).toMatchObject({ people: "refugee", people_count_min: 1, people_count_max: 1 })
  })

  it("ends a people phrase at a verb form or 'such' on its left, and before a count", () => {
    const [c] = text("One such incident involving Kurdish families occurred when guards pushed them back into Serbia in 2019.")
    expect(c?.columns).toMatchObject({ people: "Kurdish families", from_country: "RS" })
    const [counted] = text("In June 2021 the guards returned about forty Afghan men to Belarus.")
    expect(counted?.columns).toMatchObject({ people: "Afghan men", people_count_min: 40 })
    const [coord] = text("In May she and three companions crossed into Greece from Türkiye.")
    expect(coord?.columns).toMatchObject({ people_count_min: 4, people_count_max: 4 })
  })

  it("keeps the sentence's own date when it sits in the clause of another cue than the main one", () => {
    const [c] = text("In a case concerning Afghan families who tried to enter Hungary in 2017 at the Röszke crossing, the court held that Hungarian police had sent them back to Serbia.")
    expect(c?.columns).toMatchObject({ date_start: "2017-01-01", date_end: "2017-12-31", date_precision: "year", people: "Afghan families" })
  })

  it("takes a singular pronoun's antecedent from its own sentence, not from an earlier one", () => {
    const found = text("In June Interior Minister Ana Kova visited the border. One Syrian man, Karim, told us he had been pushed back across the border into Turkey ten times.")
    expect(starting(found, "One Syrian man").columns).toMatchObject({ people: "Karim", people_count_min: 1, nationalities: ["SY"] })
    const [named] = text("That May the Ruritanian poet Lena Holm left Minsk; she received a Polish humanitarian visa and flew to Warsaw.")
    expect(named?.columns).toMatchObject({ people: "Lena Holm", people_count_min: 1 })
    const [called] = text("In March a Kurdish woman called Aylin said she had been sent back to Belarus three times.")
    expect(called?.columns).toMatchObject({ people: "Kurdish woman called Aylin", people_count_min: 1, nationalities: [] })
  })

  it("reads the whole quantity that runs into a people phrase: ranges, decimals, 'tens of thousands of'", () => {
    const [range] = text("Between 2,000 and 3,000 people crossed into Poland from Belarus in 2021.")
    expect(range?.columns).toMatchObject({ people: "people", people_count_min: 2000, people_count_max: 3000 })
    const [to] = text("In May 2022 a boat left Libya for Malta carrying 300 to 500 people.")
    expect(to?.columns).toMatchObject({ people_count_min: 300, people_count_max: 500 })
    const [tens] = text("In 2019 guards escorted tens of thousands of people back to Serbia.")
    expect(tens?.columns).toMatchObject({ people_count_min: 20000, people_count_max: null })
    const [two] = text("Two Afghan men crossed into Croatia from Bosnia in May 2020.")
    expect(two?.columns).toMatchObject({ people: "Afghan men", people_count_min: 2, people_count_max: 2 })
  })

  it("takes no count from a population or from the group a partitive pronoun refers to", () => {
    const found = text("In 2022 more than a million people fled Ukraine. Ruritania, a nation of some 3.4 million people, has taken in tens of thousands more, most of them through one checkpoint.")
    const intake = starting(found, "Ruritania")
    expect(intake.columns).toMatchObject({ people_count_min: 20000, people_count_max: null })
  })

  it("dates the event, not the report: a finding with a parenthetical before its that-clause", () => {
    const [c] = text("In March 2020 the Committee found, in A.B. v. Ruritania (communication No. 12/2018), that Spain had returned a Guinean boy to Morocco in June 2016 without any procedure.")
    expect(c?.columns).toMatchObject({ date_start: "2016-06-01", date_end: "2016-06-30", date_precision: "month" })
  })

  it("prefers a date stated outright to one read back from context, and the cue's own after-clause date", () => {
    const [c] = text("In 2019 many fled. Three Afghan men who had reached Croatia that month were held for a week in May and June 2018 and then removed to Bosnia.")
    expect(c?.columns).toMatchObject({ date_start: "2018-05-01", date_precision: "month" })
    const [after] = text("Greece sent troops to the river on Friday, after some 2,000 people crossed from Turkey on Wednesday.", "2020-03-08")
    expect(after?.columns).toMatchObject({ date_start: "2020-03-04", date_end: "2020-03-04", date_precision: "day" })
    const [main] = text("In August some 30 Afghans were stuck near the fence after Polish guards blocked their way into Poland.")
    expect(main?.columns).toMatchObject({ date_start: "2021-08-01", date_precision: "month" })
  })

  it("resolves 'he' to the person named last, never to an older person past that name", () => {
    const found = text("In 2019 a Syrian man crossed into Greece from Turkey. Omar Haddad spent a year in Minsk. In May 2021 he was pushed back to Belarus.")
    expect(starting(found, "In May 2021 he").columns).toMatchObject({ people: "Omar Haddad", people_count_min: 1 })
  })

  it("reads a later 'from X' as the way people came, not their nationality, once the phrase names one", () => {
    const [c] = text("Three Eritrean women who had reached Italy from Tunisia that week were returned to Libya in May 2019.")
    expect(c?.columns.nationalities).toEqual(["ER"])
  })

  it("reads a pronoun coordinated with relatives as a group: two for a pair, no count for a family", () => {
    const found = text("Lena Holm spoke to us in May. One Kurdish man told her that guards pushed him, his wife and their children back to Belarus on 3 June 2021.")
    expect(starting(found, "One Kurdish man").columns).toMatchObject({
      people: "him, his wife and their children", people_count_min: null, people_count_max: null
    })
    const [pair] = text("In June 2021 he and his brother Karim were pushed back to Belarus.")
    expect(pair?.columns).toMatchObject({ people_count_min: 2, people_count_max: 2 })
  })

  it("words a later 'they' as the subject the text described ('The applicants are …'), with its counts", () => {
    const found = text("The applicants are four Syrian nationals of Kurdish origin. In May 2019 they crossed into Greece from Turkey.")
    expect(starting(found, "In May 2019").columns).toMatchObject({ people: "applicants", people_count_min: 4, nationalities: ["SY"] })
  })

  it("lets 'them' stand for a bare quantifier opening its sentence, not for a group counted before", () => {
    const found = text("On 2 May 40 migrants waited at the fence. Later that week a crowd gathered near the river. Some tried to climb the fence before Hungarian police stopped them.")
    expect(starting(found, "Some tried").columns).toMatchObject({ people: "Some", people_count_min: null, people_count_max: null })
  })

  it("counts the part of a counted group, not the whole ('12 of the 30 Eritreans')", () => {
    const [c] = text("In 2020, 12 of the 30 Eritreans the charity met had been pushed back to Libya.")
    expect(c?.columns).toMatchObject({ people: "Eritreans", people_count_min: 12, people_count_max: 12, nationalities: ["ER"] })
  })

  it("takes the granting state as the destination of a protection, not a state people fled", () => {
    const [c] = text("In 2022 Estonia granted asylum to Ivan Petrov, an opposition activist.")
    expect(c?.columns).toMatchObject({ outcome: "protection_granted", to_country: "EE", countries: ["EE"] })
    const [fled] = text("In 2022 a man who had fled Russia received asylum.")
    expect(fled?.columns.to_country).toBeNull()
  })

  it("reads 'migrants from X, most of them Ys' as people of Y who came from X", () => {
    const [c] = text("Latvia has registered 1,200 migrants from Belarus since the start of the year, most of them Afghans.")
    expect(c?.columns).toMatchObject({ people_count_min: 1200, nationalities: ["AF"], from_country: "BY", to_country: "LV" })
  })
})
