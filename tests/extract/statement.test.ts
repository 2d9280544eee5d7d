import { describe, expect, it } from "@effect/vitest"
import type { Draft } from "../../pipeline/extract.ts"
import { people } from "../../pipeline/extract/analysis.ts"
import { statements } from "../../pipeline/extract/statement.ts"
import { slice } from "../../pipeline/offsets.ts"
import { segment } from "../../pipeline/segment.ts"
import { devDoc, sourceOf } from "../helpers.ts"

type StatementDraft = Extract<Draft, { readonly event_type: "statement" }>

interface Found {
  readonly evidence: string
  readonly rule: string
  readonly confidence: number
  readonly columns: StatementDraft["columns"]
}

const read = (doc: ReturnType<typeof devDoc>): ReadonlyArray<Found> =>
  statements(doc).map((d) => {
    if (d.event_type !== "statement") throw new Error(`not a statement: ${d.event_type}`)
    return { evidence: slice(doc.source.body, d.start, d.end), rule: d.rule, confidence: d.confidence, columns: d.columns }
  })

const dev = (sourceId: string) => read(devDoc(sourceId))
const text = (body: string, published = "2021-08-04", extra = "") =>
  read(segment(sourceOf(`${body}\n`, "test-source", `published: ${published}\n${extra}`)))

const starting = (found: ReadonlyArray<Found>, start: string): Found => {
  const hit = found.find((f) => f.evidence.startsWith(start))
  if (hit === undefined) throw new Error(`no statement starting "${start}" in:\n${found.map((f) => f.evidence).join("\n")}`)
  return hit
}

describe("statements in dev documents", () => {
  it("reads a direct quote split by its attribution and continued in the next sentence as one statement", () => {
    const found = dev("feature-poland-belarus-border-2021")
    const kalina = starting(found, "“I am glad")
    expect(kalina.evidence.endsWith("we have all been waiting for.”")).toBe(true)
    expect(kalina.columns).toMatchObject({
      speaker: "Kalina Czwarnóg",
      speaker_type: "person",
      speaker_affiliation: "Ocalenie Foundation",
      quote_kind: "direct",
      quote: "I am glad, although I do not yet fully know what it means. It is a beginning, a minimum. But I hope this is the breakthrough we have all been waiting for.",
      medium: null
    })
    // no second statement for the continuation sentence
    expect(found.filter((f) => f.evidence.includes("It is a beginning"))).toHaveLength(1)
  })

  it("dates a statement by its own date and names the addressee as medium", () => {
    const price = starting(dev("feature-poland-belarus-border-2021"), "U.S. State Department spokesman Ned Price")
    expect(price.columns).toMatchObject({
      speaker: "Ned Price",
      speaker_role: "U.S. State Department spokesman",
      speaker_affiliation: "U.S. State Department",
      quote_kind: "direct",
      medium: "reporters",
      date_start: "2021-11-08",
      date_precision: "day"
    })
    expect(price.columns.countries).toContain("US")
  })

  it("resolves a surname to the full name and role the text gave earlier, and carries the publisher as medium", () => {
    const found = dev("insider-pushbacks-eastern-border")
    const told = starting(found, "Stefania Kulaeva of the Memorial")
    expect(told.columns).toMatchObject({ speaker: "Stefania Kulaeva", quote_kind: "indirect", medium: "The Insider" })
    const quote = starting(found, "“People have the right")
    // a quotation continued over the next sentence of the paragraph
    expect(quote.evidence.endsWith("formally observed.”")).toBe(true)
    expect(quote.columns).toMatchObject({
      speaker: "Stefania Kulaeva",
      speaker_affiliation: "Memorial Anti-Discrimination Center",
      quote_kind: "direct",
      medium: "The Insider",
      date_precision: "unknown",
      date_start: null
    })
  })

  it("reads a speaker after the reported words and an anonymous expert", () => {
    const found = dev("insider-pushbacks-eastern-border")
    expect(starting(found, "Among them were").columns).toMatchObject({
      speaker: "Eitvydas Bajarūnas",
      speaker_role: "Lithuania’s former ambassador to Russia",
      quote_kind: "indirect"
    })
    expect(starting(found, "“Migrants from the Global South").columns).toMatchObject({
      speaker: "expert with Vyvozhuk",
      speaker_type: "anonymous",
      speaker_affiliation: "Vyvozhuk",
      speaker_role: "expert"
    })
  })

  it("codes 'according to' an organisation, not a figure of a state body", () => {
    const insider = dev("insider-pushbacks-eastern-border")
    expect(starting(insider, "According to Amnesty International").columns).toMatchObject({
      speaker: "Amnesty International",
      speaker_type: "organization",
      quote_kind: "indirect"
    })
    const finland = dev("gov-finland-eastern-border-closure-2023")
    expect(finland.some((f) => f.evidence.startsWith("According to the Finnish Border Guard"))).toBe(false)
    // the same body's statement without a figure is one, under the fuller name the text gave
    expect(starting(finland, "The Border Guard said").columns).toMatchObject({
      speaker: "Finnish Border Guard",
      speaker_type: "government",
      date_start: "2023-11-28",
      countries: ["FI"]
    })
  })

  it("leaves out figures a state body gives and habitual denials", () => {
    const upper = dev("wire-upper-lars-mobilisation-exodus-2022")
    expect(upper.some((f) => f.evidence.includes("53,000"))).toBe(false)
    expect(upper.some((f) => f.evidence.includes("98,000"))).toBe(false)
    const croatia = dev("wire-croatia-police-pushback-video-2021")
    expect(croatia.some((f) => f.evidence.includes("consistently denied"))).toBe(false)
    expect(dev("ngo-evros-testimonies-2022").some((f) => f.evidence.includes("long denied"))).toBe(false)
  })

  it("does not code a court's reasoning as a statement", () => {
    for (const id of ["court-mk-and-others-v-poland-2020", "echr-press-release-greece-pushbacks-2025", "roundup-border-rulings-2021"]) {
      const found = dev(id)
      expect(found.filter((f) => /\bthe (?:Court|judges)\b/i.test(f.columns.speaker))).toEqual([])
    }
    expect(dev("roundup-border-rulings-2021")).toEqual([])
  })

  it("resolves a bare office to the official the text names and a pronoun to the speaker", () => {
    const found = dev("wire-croatia-police-pushback-video-2021")
    expect(starting(found, "Croatia’s police chief").columns).toMatchObject({
      speaker: "Nikola Milina",
      speaker_type: "person",
      speaker_role: "Croatia’s police chief",
      date_start: "2021-10-08"
    })
    expect(starting(found, "“It is our duty").columns).toMatchObject({ medium: "a news conference", location: "Zagreb" })
    const lithuania = dev("wire-lithuania-pushbacks-2021")
    expect(starting(lithuania, "If that fails").columns).toMatchObject({
      speaker: "Arnoldas Abramavičius",
      speaker_role: "Vice Interior Minister",
      quote: "If that fails, Lithuania reserves the right to use force"
    })
    expect(starting(lithuania, "Bilotaitė told LRT television").columns).toMatchObject({
      speaker: "Agnė Bilotaitė",
      speaker_role: "Interior Minister",
      medium: "LRT television",
      countries: ["LT"]
    })
  })

  it("reads each answer of a published Q&A as a statement of the interviewee", () => {
    const found = dev("interview-belarusian-exile-vilnius-2024")
    const answers = found.filter((f) => f.rule === "statement/interview-answer")
    expect(answers).toHaveLength(6)
    expect(found.filter((f) => f.rule !== "statement/interview-answer")).toEqual([])
    expect(answers[0]?.columns).toMatchObject({
      speaker: "Alena",
      speaker_type: "anonymous",
      quote_kind: "direct",
      medium: "Test corpus",
      location: "Vilnius",
      date_start: "2024-03-18",
      date_precision: "day"
    })
    expect(found.some((f) => f.evidence.includes("How did you come"))).toBe(false)
  })

  it("takes applicants' submissions and plural pronouns as anonymous statements", () => {
    const found = dev("court-coc-g-v-lithuania-2024")
    expect(starting(found, "They submit that").columns).toMatchObject({ speaker: "applicants", speaker_type: "anonymous" })
    expect(starting(found, "The authorities later said").columns).toMatchObject({
      speaker: "authorities",
      speaker_type: "government",
      countries: ["LT"]
    })
  })

  it("finds every gold statement of the dev corpus somewhere", () => {
    const expected: Record<string, number> = {
      "digest-borders-detention-october-2022": 10,
      "explainer-latvia-border-emergency-2022": 8,
      "wire-lithuania-pushbacks-2021": 9,
      "interview-sienos-grupe-volunteers-2021": 8
    }
    for (const [id, n] of Object.entries(expected)) expect(dev(id)).toHaveLength(n)
  })
})

describe("statements in hand-written sentences", () => {
  it("reads the codebook's examples", () => {
    expect(text("MSF is appalled by the conditions in the camp.")[0]?.columns).toMatchObject({
      speaker: "MSF",
      speaker_type: "organization",
      quote_kind: "indirect"
    })
    expect(text("The border guard recorded 24,500 attempts.")).toEqual([])
    expect(text("According to the border service, 283 people were detained on Tuesday.")).toEqual([])
    expect(text("According to the service’s chief, Jan Nowak, 283 people were detained on Tuesday.")[0]?.columns).toMatchObject({
      speaker: "Jan Nowak",
      speaker_type: "person",
      quote: "283 people were detained on Tuesday"
    })
    expect(text("The Court noted that the applicants had not been heard.")).toEqual([])
    expect(text("The Court has repeatedly ruled that such returns are unlawful.")).toEqual([])
  })

  it("leaves out negations, infinitives, passives and habitual claims", () => {
    expect(text("He did not say whether the border would reopen.")).toEqual([])
    expect(text("The minister is expected to say more about the plan tomorrow.")).toEqual([])
    expect(text("Reporters were told that the camp would close.")).toEqual([])
    expect(text("The government has long denied the allegations of pushbacks.")).toEqual([])
    expect(text("The ministry said 1,200 people had been returned since January.")).toEqual([])
  })

  it("reads straight and single quotation marks and a quote after a colon", () => {
    const straight = text(`"They took everything," he said, "and they sent us back." The man was 20.`)
    expect(straight).toEqual([])
    const described = text(`The first account comes from a 20-year-old man from Egypt. "They took everything," he said, "and they sent us back."`)
    expect(described[0]?.columns).toMatchObject({
      speaker: "20-year-old man from Egypt",
      speaker_type: "anonymous",
      quote: "They took everything, and they sent us back.",
      quote_kind: "direct"
    })
    expect(text("‘We have nowhere to go,’ one woman told The Guardian.")[0]?.columns).toMatchObject({
      speaker: "woman",
      speaker_type: "anonymous",
      quote: "We have nowhere to go",
      medium: "The Guardian"
    })
    // (a short paragraph ending in a straight single quote is taken for a heading by segment, hence the curly marks)
    expect(text("A resident of the village remarked: ‘Nobody comes here in winter.’")[0]?.columns).toMatchObject({
      speaker: "resident of the village",
      quote: "Nobody comes here in winter.",
      quote_kind: "direct"
    })
  })

  it("continues a quotation over paragraphs when the first paragraph leaves it open", () => {
    const found = text("“We saw people in the river,” said Anna Kowalska, a volunteer. “Some had no shoes.\n\n“Nobody came to help them.”")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns.quote).toBe("We saw people in the river. Some had no shoes. Nobody came to help them.")
    expect(found[0]?.evidence.endsWith("Nobody came to help them.”")).toBe(true)
  })

  it("counts a later attribution of the same speaker as another statement, resolved by pronoun", () => {
    const found = text("“This is a disgrace,” said Anna Schmidt of Pro Asyl. She added that the camp was overcrowded.")
    expect(found).toHaveLength(2)
    expect(found[1]?.columns).toMatchObject({ speaker: "Anna Schmidt", speaker_affiliation: "Pro Asyl", quote: "the camp was overcrowded" })
  })

  it("resolves weekdays against the publication date and reads the medium of a report", () => {
    const found = text("Human Rights Watch said in a report published on Monday that Greek police had beaten migrants.", "2021-08-04")
    expect(found[0]?.columns).toMatchObject({
      speaker: "Human Rights Watch",
      medium: "a report",
      date_start: "2021-08-02",
      date_precision: "day",
      quote: "Greek police had beaten migrants",
      countries: ["GR"]
    })
    const undated = text("Maria Novak, a lawyer for the families, said the camp was unsafe for children.")
    expect(undated[0]?.columns).toMatchObject({
      speaker: "Maria Novak",
      speaker_role: "lawyer for the families",
      date_start: null,
      date_end: null,
      date_precision: "unknown",
      medium: null
    })
  })

  it("gives a government speaker its state and the states its words name", () => {
    const found = text("Warsaw insisted that the migrants were on Belarusian soil.")
    expect(found[0]?.columns).toMatchObject({ speaker: "Warsaw", speaker_type: "government" })
    expect([...(found[0]?.columns.countries ?? [])].sort()).toEqual(["BY", "PL"])
  })

  it("strips a dateline, reads 'in an interview with' and 'according to a statement' as media", () => {
    const found = text(
      "ATHENS — Greece’s coast guard said in a statement on Thursday that it had rescued 104 people after the boat capsized.\n\n" +
        "In an interview with the BBC, a survivor from Syria said the coast guard had tied a rope to the boat. “They pulled us and the boat turned over,” he said.\n\n" +
        "Frontex, the EU border agency, said its plane had spotted the vessel on Tuesday, according to a statement.",
      "2023-06-16"
    )
    expect(found.map((f) => f.columns.speaker)).toEqual(["Greece’s coast guard", "survivor from Syria", "survivor from Syria", "Frontex"])
    expect(found[0]?.columns).toMatchObject({ speaker_type: "government", medium: "a statement", date_start: "2023-06-15", countries: ["GR"] })
    expect(found[1]?.columns.medium).toBe("the BBC")
    // the pronoun goes to the last speaker, even an unnamed one
    expect(found[2]?.columns).toMatchObject({ speaker_type: "anonymous", quote_kind: "direct" })
    expect(found[3]?.columns).toMatchObject({ medium: "a statement", quote: "its plane had spotted the vessel on Tuesday" })
  })

  it("gives every statement a confidence in [0, 1] and a named rule", () => {
    for (const f of dev("digest-borders-detention-october-2022")) {
      expect(f.confidence).toBeGreaterThan(0)
      expect(f.confidence).toBeLessThanOrEqual(1)
      expect(f.rule).toMatch(/^statement\//)
    }
  })
})

describe("general rules on invented sentences", () => {
  it("resolves a pronoun to the person just introduced as a subject, not to the last speaker", () => {
    const found = text(
      "“The border stays open,” the EU transport commissioner, Lena Holm, told the Nordic Parliament on Monday.\n\n" +
        "Norway’s ambassador in Tallinn, Piet Bos, was called in by the Estonian foreign ministry. “We will not apologise,” he told the Baltic News agency on Monday evening."
    )
    expect(found.map((f) => f.columns.speaker)).toEqual(["Lena Holm", "Piet Bos"])
    expect(found[1]?.columns).toMatchObject({ speaker_role: "Norway’s ambassador in Tallinn", medium: "the Baltic News agency", countries: ["NO"] })
  })

  it("reads an unnamed described person as an anonymous speaker and as the antecedent of a later 'he'", () => {
    const found = text(
      "The police spokesman, Jon Dahl, told reporters the road was closed. A shepherd near Velika, who did not want to be named, said soldiers had crossed his land every night. \"Nobody here knew who they were,\" he said."
    )
    expect(found.map((f) => [f.columns.speaker, f.columns.speaker_type])).toEqual([
      ["Jon Dahl", "person"],
      ["shepherd near Velika", "anonymous"],
      ["shepherd near Velika", "anonymous"]
    ])
  })

  it("makes a named official in apposition to an office a person with that role, even where the office is an institution's name", () => {
    const found = text(
      "The UN High Commissioner for Refugees, Ana Tal, said the camps were full. Norway's ombudsman, Piet Bos, told senators that the returns broke the law."
    )
    expect(found[0]?.columns).toMatchObject({ speaker: "Ana Tal", speaker_type: "person", speaker_role: "UN High Commissioner for Refugees", countries: [] })
    expect(found[1]?.columns).toMatchObject({ speaker: "Piet Bos", speaker_type: "person", speaker_role: "Norway's ombudsman", medium: "senators", countries: ["NO"] })
  })

  it("reads more attribution forms: a trailing according-to with an apposition, promises, openers without a comma, present-tense groups", () => {
    const found = text(
      "In 2020 alone guards turned back thousands of people at the river, according to Ivan Berg, the interior minister's senior adviser on borders.\n\n" +
        "Prime Minister Sara Lind said the fence would be finished in May. She promised to reopen the crossing \"as soon as possible\". Later in the day she told MPs that the border would stay shut.\n\n" +
        "Aid groups argue that the wall has not reduced crossings. Charities warned that winter would kill people."
    )
    expect(found.map((f) => f.columns.speaker)).toEqual(["Ivan Berg", "Sara Lind", "Sara Lind", "Sara Lind", "Aid groups", "Charities"])
    expect(found[0]?.columns).toMatchObject({ speaker_role: "interior minister's senior adviser on borders", quote_kind: "indirect" })
    expect(found[2]?.columns.quote).toBe("to reopen the crossing as soon as possible")
    expect(found[3]?.columns).toMatchObject({ medium: "MPs", quote: "the border would stay shut" })
    expect(found[5]?.columns).toMatchObject({ speaker_type: "anonymous", quote: "winter would kill people" })
  })

  it("does not read decisions, plans or standing denials as statements, nor let a clause into the speaker", () => {
    const found = text(
      "The agency decided that their visa claims would not be examined in Norway. " +
        "The Commission will coordinate the exchange of data between member states on the number of places. " +
        "The government denies that its guards push people back across the river."
    )
    expect(found).toEqual([])
  })

  it("codes a tally from a state body as the counted event whatever the complementiser, but keeps a small incident it reports", () => {
    const found = text(
      "The interior ministry said on Monday that several hundred of the newcomers had already been returned to Chad. " +
        "The Danish border police reported that it had stopped well over 50,000 attempts to cross in 2020. " +
        "Police later said they had stopped four women near the river."
    )
    expect(found.map((f) => f.evidence)).toEqual(["Police later said they had stopped four women near the river."])
  })

  it("leaves a clause inserted between the attribution and the that-clause out of the quote", () => {
    const [found] = text("Lena Holm, the Danish interior minister, said on Monday, after opening the session of ministers that approved the plan, that the talks had failed.")
    expect(found?.columns).toMatchObject({ speaker: "Lena Holm", quote: "the talks had failed", countries: ["DK"], date_start: "2021-08-02" })
  })

  it("gives an official without a stated state the state the text names as a setting, not a place people came from", () => {
    const found = text(
      "Norway tightened its asylum rules in 2019.\n\n" +
        "Last week a boat that had sailed from Libya sank near the coast; most passengers came from Chad, Niger and Mali. Interior Minister Ola Berg said the crossing was too dangerous."
    )
    expect(found[0]?.columns).toMatchObject({ speaker: "Ola Berg", countries: ["NO"] })
  })
})

describe("named people of a document", () => {
  it("does not take the publisher's name or a capitalised run after an article for a person", () => {
    const doc = segment(sourceOf("He spoke to Harbour Daily in Calais on Thursday. The Skyjet plane was forced to land, said Anna Berg.\n", "test-source", "publisher: Harbour Daily\n"))
    expect(people(doc).map((p) => p.name)).toEqual(["Anna Berg"])
  })


  it("keeps the role written before a name and finds names after honorifics", () => {
    const found = people(devDoc("wire-lithuania-pushbacks-2021"))
    expect(found.find((p) => p.name === "Agnė Bilotaitė")?.role).toBe("Interior Minister")
    expect(found.find((p) => p.name === "Alexander Lukashenko")?.role).toBe("Belarusian President")
    expect(people(devDoc("explainer-latvia-border-emergency-2022")).some((p) => p.name === "Aleksandra Jolkina")).toBe(true)
    expect(people(devDoc("interview-belarusian-exile-vilnius-2024")).find((p) => p.name === "Alena")?.pseudonym).toBe(true)
  })
})

describe("applicants' submissions, unnamed staff, committees and tallies", () => {
  it("codes an applicant's present-tense submissions as statements of the applicant, anonymous when known by initials", () => {
    const found = text("The applicant, X.Y., is a Syrian national. She alleges that officers beat her. She further complains that she had no remedy.")
    expect(found.map((f) => [f.columns.speaker, f.columns.speaker_type, f.columns.quote])).toEqual([
      ["X.Y.", "anonymous", "officers beat her"],
      ["X.Y.", "anonymous", "she had no remedy"],
    ])
    expect(text("The applicants complain that they were pushed back without an assessment of their claims.")[0]?.columns).toMatchObject({
      speaker: "applicants",
      speaker_type: "anonymous",
    })
  })

  it("codes an unnamed employee of an organisation known by its acronym as anonymous, affiliated to it", () => {
    const direct = text("“We were told to push them back,” said a UNHCR employee, who did not want to be named.")
    expect(direct[0]?.columns).toMatchObject({ speaker: "UNHCR employee", speaker_type: "anonymous", speaker_affiliation: "UNHCR", quote_kind: "direct" })
    const reported = text("Officers were ordered to return everyone, said an IOM employee who did not want to be named.")
    expect(reported[0]?.columns).toMatchObject({ speaker: "IOM employee", speaker_affiliation: "IOM", quote: "Officers were ordered to return everyone" })
  })

  it("codes a legislature's committee stating in its report as a government; critics as an unnamed group", () => {
    const committee = text("The parliamentary committee stated in its report that the border fence had not reduced crossings.")
    expect(committee[0]?.columns).toMatchObject({
      speaker: "parliamentary committee",
      speaker_type: "government",
      quote: "the border fence had not reduced crossings",
      medium: "its report",
    })
    expect(text("Critics say the new law legalises pushbacks at the border.")[0]?.columns).toMatchObject({ speaker: "Critics", speaker_type: "anonymous" })
  })

  it("does not code a count of what state bodies did, attributed to an institution, nor signing a law or a police action", () => {
    expect(text("Border Watch, which monitors the border, says police sent back thousands of people to Serbia last year.")).toHaveLength(0)
    expect(text("According to the ministry, many of the people caught at the border came from Iraq and Syria.")).toHaveLength(0)
    expect(text("Police said they had returned 1,200 people to Serbia in 2020.")).toHaveLength(0)
    expect(text("In 2020 Italian police handed more than 1,000 people back to Slovenia, according to the interior ministry.")).toHaveLength(0)
    expect(text("The president today confirmed the Act allowing returns at the border.")).toHaveLength(0)
    // an organisation's own work, and a confirmation of a claim, are its statements
    expect(text("Border Watch says it has documented hundreds of pushbacks since 2019.")).toHaveLength(1)
    expect(text("The ministry confirmed that two men had died near the fence.")).toHaveLength(1)
  })
})

describe("unnamed speakers", () => {
  it("writes an unnamed group without its quantity, but keeps a partitive that names one person", () => {
    const found = text(
      "Several witnesses said the guards had beaten them at the fence. One of the guards said that nobody had been hurt."
    )
    expect(starting(found, "Several witnesses").columns).toMatchObject({ speaker: "witnesses", speaker_type: "anonymous" })
    expect(starting(found, "One of the guards").columns.speaker).toBe("One of the guards")
  })
})
