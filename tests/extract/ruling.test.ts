import { describe, expect, it } from "@effect/vitest"
import type { Draft } from "../../pipeline/extract.ts"
import { rulings } from "../../pipeline/extract/ruling.ts"
import { slice } from "../../pipeline/offsets.ts"
import { segment } from "../../pipeline/segment.ts"
import { devDoc, sourceOf } from "../helpers.ts"

type RulingDraft = Extract<Draft, { readonly event_type: "ruling" }>

interface Found {
  readonly evidence: string
  readonly columns: RulingDraft["columns"]
  readonly confidence: number
}

const read = (doc: ReturnType<typeof devDoc>): ReadonlyArray<Found> =>
  rulings(doc).map((d) => {
    if (d.event_type !== "ruling") throw new Error(`not a ruling: ${d.event_type}`)
    return { evidence: slice(doc.source.body, d.start, d.end), columns: d.columns, confidence: d.confidence }
  })

const dev = (sourceId: string) => read(devDoc(sourceId))
const text = (body: string, published = "2021-08-04") => read(segment(sourceOf(body, "test-source", `published: ${published}\n`)))

const starting = (found: ReadonlyArray<Found>, start: string): Found => {
  const hit = found.find((f) => f.evidence.startsWith(start))
  if (hit === undefined) throw new Error(`no ruling starting "${start}" in:\n${found.map((f) => f.evidence).join("\n")}`)
  return hit
}

describe("rulings in dev documents", () => {
  it("codes a judgment once, gathering the articles of its later mentions (M.K. and Others v. Poland)", () => {
    const found = dev("court-mk-and-others-v-poland-2020")
    expect(found).toHaveLength(2)
    const judgment = starting(found, "In a judgment delivered today in the case of M.K. and Others v. Poland")
    expect(judgment.columns).toMatchObject({
      court: "European Court of Human Rights",
      case_name: "M.K. and Others v. Poland",
      respondent_state: "PL",
      countries: ["PL"],
      outcome: "violation",
      date_start: "2020-07-23",
      date_end: "2020-07-23",
      date_precision: "day",
      date_text: "today"
    })
    expect([...judgment.columns.application_numbers].sort()).toEqual(["40503/17", "42902/17", "43643/17"])
    // Article 13 and 34 come from "The Court also found a violation of Article 13 … under Article 34".
    expect([...judgment.columns.articles].sort()).toEqual(["ECHR-P4:4", "ECHR:13", "ECHR:3", "ECHR:34"])
  })

  it("keeps an interim measure apart from the judgment, in the same case", () => {
    const interim = starting(dev("court-mk-and-others-v-poland-2020"), "In June 2017, acting under Rule 39")
    expect(interim.columns).toMatchObject({
      outcome: "interim_measure",
      case_name: "M.K. and Others v. Poland",
      respondent_state: "PL",
      date_start: "2017-06-01",
      date_end: "2017-06-30",
      date_precision: "month"
    })
  })

  it("tells a Grand Chamber judgment, the Chamber judgment before it and the referral apart by their dates", () => {
    const found = dev("blog-nd-nt-v-spain-2020")
    expect(found).toHaveLength(3)
    const grand = starting(found, "Last Thursday the Grand Chamber")
    expect(grand.columns).toMatchObject({
      outcome: "no_violation",
      case_name: "N.D. and N.T. v. Spain",
      respondent_state: "ES",
      date_start: "2020-02-13",
      date_precision: "day"
    })
    expect([...grand.columns.articles].sort()).toEqual(["ECHR-P4:4", "ECHR:13"])
    const chamber = starting(found, "In October 2017 a Chamber of the Court")
    expect(chamber.columns).toMatchObject({ outcome: "violation", date_start: "2017-10-01", case_name: "N.D. and N.T. v. Spain" })
    const referral = starting(found, "At Spain’s request, a panel of five judges referred")
    expect(referral.columns).toMatchObject({ outcome: "other", date_start: "2018-01-01", date_precision: "month", respondent_state: "ES" })
  })

  it("codes a relinquishment to the Grand Chamber as `other`, with the articles the application concerns", () => {
    const found = dev("court-coc-g-v-lithuania-2024")
    expect(found).toHaveLength(3)
    const relinquished = starting(found, "A Chamber of the European Court of Human Rights has decided to hand")
    expect(relinquished.columns).toMatchObject({ outcome: "other", respondent_state: "LT", application_numbers: ["17764/22"] })
    expect([...relinquished.columns.articles].sort()).toEqual(["ECHR-P4:4", "ECHR:13", "ECHR:3", "ECHR:34", "ECHR:5"])
    const interim = starting(found, "In the meantime, with the help of Lithuanian volunteers")
    expect(interim.columns).toMatchObject({ outcome: "interim_measure", date_start: "2022-04-08", date_precision: "day" })
    // "The Court has stressed many times …" is case-law, not a ruling.
    expect(found.some((f) => f.evidence.includes("stressed many times"))).toBe(false)
  })

  it("separates a judgment and an inadmissibility decision of the same day; a prosecutor's decision is no ruling", () => {
    const found = dev("echr-press-release-greece-pushbacks-2025")
    expect(found).toHaveLength(2)
    const judgment = starting(found, "In today’s Chamber judgment in the case of A.R.E. v. Greece")
    expect(judgment.columns).toMatchObject({ outcome: "violation", respondent_state: "GR", date_start: "2025-01-07" })
    expect([...judgment.columns.articles].sort()).toEqual(["ECHR:13", "ECHR:2", "ECHR:3", "ECHR:5"])
    const decision = starting(found, "In a decision also delivered today")
    expect(decision.columns).toMatchObject({ outcome: "inadmissible", case_name: "G.R.J. v. Greece", articles: ["ECHR:34"] })
    expect(found.some((f) => /prosecutor|repeatedly held/.test(f.evidence))).toBe(false)
  })

  it("reads a year in review: a UN committee, a national court, a parallel complaint dated 'the same day'", () => {
    const found = dev("roundup-border-rulings-2021")
    expect(found).toHaveLength(5)
    expect(starting(found, "In A.S., D.I., O.I. and G.D. v. Italy").columns).toMatchObject({
      court: "United Nations Human Rights Committee",
      respondent_state: "IT",
      articles: ["ICCPR:6"],
      outcome: "violation",
      // "published on 27 January", not the shipwreck's "11 October 2013" in the finding.
      date_start: "2021-01-27"
    })
    expect(starting(found, "A parallel complaint against Malta").columns).toMatchObject({
      court: "United Nations Human Rights Committee",
      respondent_state: "MT",
      application_numbers: ["3043/2017"],
      outcome: "inadmissible",
      date_start: "2021-01-27",
      date_text: "the same day"
    })
    expect(starting(found, "On 1 July the Regional Administrative Court of Styria").columns).toMatchObject({
      court: "Regional Administrative Court of Styria",
      respondent_state: "AT",
      countries: ["AT"],
      articles: ["ECHR:3"],
      outcome: "violation",
      date_start: "2021-07-01"
    })
    // "In the spring of 2018 … which the Court found amounted to degrading treatment" is the M.H. judgment again.
    expect(found.some((f) => f.evidence.startsWith("In the spring of 2018"))).toBe(false)
  })

  it("codes 'a similar order concerning Latvia the same day' as a second interim measure", () => {
    const found = dev("feature-poland-belarus-border-2021")
    expect(found.map((f) => [f.columns.respondent_state, f.columns.outcome, f.columns.date_start])).toEqual([
      ["PL", "interim_measure", "2021-08-25"],
      ["LV", "interim_measure", "2021-08-25"]
    ])
  })

  it("skips the Court's general case-law but codes the case it then reports (The Insider)", () => {
    const found = dev("insider-pushbacks-eastern-border")
    expect(found).toHaveLength(2)
    expect(found.some((f) => f.evidence.includes("has repeatedly ruled"))).toBe(false)
    const polish = starting(found, "In one such case involving Chechen families")
    expect(polish.columns).toMatchObject({
      respondent_state: "PL",
      articles: ["ECHR:3"],
      outcome: "violation",
      // "in 2016" is when the families tried to enter, not when the court ruled; the source has no date.
      date_precision: "unknown",
      date_start: null
    })
    expect(starting(found, "One example is Andrei Kazimirov").columns).toMatchObject({ respondent_state: "RU", court: "European Court of Human Rights" })
  })

  it("codes a national court's dismissal as `other` without a respondent; the prosecutor's investigation is none", () => {
    const found = dev("factcheck-pylos-shipwreck-claims-2024")
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({
      court: "Court of Kalamata",
      outcome: "other",
      respondent_state: null,
      countries: [],
      date_start: "2024-05-21"
    })
  })

  it("takes a case number from a later 'The judgment, in case …' and a date from 'the judgment of … of 30 June 2022'", () => {
    expect(dev("ngo-lithuania-cjeu-detention-2022").map((f) => f.columns.application_numbers)).toEqual([["C-72/22 PPU"]])
    const seimas = dev("official-seimas-border-law-2023")
    expect(seimas).toHaveLength(1)
    expect(seimas[0]?.evidence.startsWith("In that case, C-72/22 PPU, the Luxembourg court held")).toBe(true)
    expect(seimas[0]?.columns).toMatchObject({ outcome: "violation", respondent_state: "LT", date_start: "2022-06-30" })
  })

  it("finds no ruling in documents that report none", () => {
    for (const id of ["gov-finland-eastern-border-closure-2023", "wire-lithuania-pushbacks-2021", "digest-borders-detention-october-2022"]) {
      expect(dev(id)).toEqual([])
    }
  })
})

describe("rulings in hand-written sentences", () => {
  it("does not code generic case-law", () => {
    expect(text("The European Court of Human Rights has repeatedly ruled that pushbacks violate Article 4 of Protocol No. 4.\n")).toEqual([])
    expect(text("The European Court of Human Rights has long held that states must examine each asylum claim.\n")).toEqual([])
    expect(text("The Court of Justice of the European Union has consistently found that detention must be a last resort.\n")).toEqual([])
  })

  it("does not code future, hypothetical, negated or questioned decisions", () => {
    expect(text("The European Court of Human Rights will rule on the case next year.\n")).toEqual([])
    expect(text("The Strasbourg court is expected to rule on the complaint in the autumn.\n")).toEqual([])
    expect(text("The Strasbourg court has not yet ruled on the complaint.\n")).toEqual([])
    expect(text("If the European Court of Human Rights rules against Poland, the government will have to pay.\n")).toEqual([])
    expect(text("Did the European Court of Human Rights find a violation?\n")).toEqual([])
  })

  it("does not code prosecutors' decisions", () => {
    expect(text("The public prosecutor decided to drop the case against the border guards.\n")).toEqual([])
    expect(text("The complaint was dismissed by the prosecutor at the Court of Appeal of Thrace.\n")).toEqual([])
    expect(text("Prosecutors in Warsaw dismissed the complaint in May 2022.\n")).toEqual([])
  })

  it("does not take the court that was told something, or a headline, for a ruling", () => {
    expect(text("The applicants told the European Court of Human Rights that they had asked for asylum.\n")).toEqual([])
    expect(text("# European Court of Human Rights rules against Greece\n\nThe case was brought by three Syrians.\n")).toEqual([])
  })

  it("does not take a hearing, a citation or an administrative refusal for a ruling", () => {
    expect(text("The Constitutional Court held a public hearing on Tuesday.\n")).toEqual([])
    expect(text("The European Court of Human Rights referred to its earlier judgment in M.K. and Others v. Poland.\n")).toEqual([])
    expect(text("Had the Strasbourg court ruled sooner, the family would have stayed.\n")).toEqual([])
    const found = text(
      "The European Court of Human Rights ruled on Tuesday that Poland had violated Article 3. An asylum application lodged by the man was declared inadmissible by the Migration Board. His complaint was declared inadmissible by the Office for Foreigners.\n"
    )
    expect(found.map((f) => f.columns.outcome)).toEqual(["violation"])
  })

  it("codes a passive inadmissibility decision of the body the text names", () => {
    const found = text("A complaint to the UN Human Rights Committee was declared inadmissible in March 2020.\n")
    expect(found[0]?.columns).toMatchObject({
      court: "United Nations Human Rights Committee",
      outcome: "inadmissible",
      date_start: "2020-03-01",
      date_precision: "month"
    })
  })

  it("merges 'The Court also held' into the ruling and gathers its articles", () => {
    const found = text(
      "On 12 March the European Court of Human Rights ruled that Lithuania had violated Article 3. The Court also held that there had been a violation of Article 13.\n"
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({ respondent_state: "LT", outcome: "violation", date_start: "2021-03-12", date_precision: "day" })
    expect([...(found[0]?.columns.articles ?? [])].sort()).toEqual(["ECHR:13", "ECHR:3"])
  })

  it("keeps two courts' rulings apart", () => {
    const found = text(
      "The European Court of Human Rights found that the detention was unlawful. Separately, the Court of Justice of the European Union ruled that Lithuania had breached EU law.\n"
    )
    expect(found.map((f) => f.columns.court)).toEqual(["European Court of Human Rights", "Court of Justice of the European Union"])
  })

  it("reads the respondent from the state a court addressed or found against", () => {
    expect(text("On 25 August the European Court of Human Rights ordered Poland, as an interim measure, to give the group food.\n")[0]?.columns)
      .toMatchObject({ respondent_state: "PL", outcome: "interim_measure", countries: ["PL"] })
    expect(text("A district court in Hajnówka ruled on Tuesday that the detention of an Iraqi family had been unlawful.\n")[0]?.columns)
      .toMatchObject({ respondent_state: null, countries: [], outcome: "violation", date_start: "2021-08-03" })
  })

  it("codes a criminal judgment of a national court as `other`", () => {
    expect(text("On 3 March a Greek court sentenced three Egyptian men to prison for smuggling.\n")[0]?.columns).toMatchObject({
      outcome: "other",
      date_start: "2021-03-03",
      respondent_state: null
    })
  })
})

describe("general rules for national courts, reversals and appeals (hand-written sentences)", () => {
  it("turns the earlier finding round when a higher court reverses it, in the same state", () => {
    const found = text(
      "The Supreme Court dismissed the Home Secretary's appeal on Tuesday.\n\nIn March 2020 the High Court found the scheme lawful. In May 2021 the Court of Appeal reversed that decision.\n"
    )
    expect(found.map((f) => f.columns.court)).toEqual(["Supreme Court of the United Kingdom", "High Court", "Court of Appeal"])
    expect(found[1]?.columns).toMatchObject({ outcome: "no_violation", respondent_state: "GB", date_start: "2020-03-01", date_precision: "month" })
    expect(found[2]?.columns).toMatchObject({ outcome: "violation", respondent_state: "GB", date_start: "2021-05-01" })
  })

  it("codes a criminal court's sentence as `other` with no respondent, and the appeal decision in the passive as another ruling", () => {
    const found = text("In June 2019 the Lyon court sentenced him to six years for smuggling; the sentence was later reduced.\n")
    expect(found).toHaveLength(2)
    expect(found[0]?.columns).toMatchObject({ court: "Lyon court", outcome: "other", respondent_state: null, countries: [], date_start: "2019-06-01" })
    expect(found[1]?.columns).toMatchObject({ court: "", outcome: "other", respondent_state: null, date_precision: "unknown", date_text: "later" })
  })

  it("recognises courts named by their seat or level, with a charge word not making a violation", () => {
    const found = text("In July the Arden court of first instance sentenced twelve men to prison for illegal entry.\n")
    expect(found[0]?.columns).toMatchObject({ court: "Arden court of first instance", outcome: "other", respondent_state: null })
    expect(text("The Council of State refused leave to appeal on Monday.\n")[0]?.columns).toMatchObject({ court: "Council of State", outcome: "other" })
  })

  it("reads the respondent from a government party and a national court's own state", () => {
    expect(text("The Administrative Court of Appeal rejected the appeal of the Danish government in March 2019.\n")[0]?.columns)
      .toMatchObject({ court: "Administrative Court of Appeal", respondent_state: "DK", countries: ["DK"], outcome: "other" })
    expect(text("A Warsaw court ordered the release of the four men on Monday.\n")[0]?.columns)
      .toMatchObject({ court: "Warsaw court", respondent_state: "PL", outcome: "other" })
    // a government in another clause is not a party to the decision
    expect(text("On 2 May the European Court of Human Rights granted an interim measure, but the men were later handed to the Serbian police.\n")[0]?.columns)
      .toMatchObject({ outcome: "interim_measure", respondent_state: null })
  })

  it("gathers the articles of the sentence right after a ruling's, and a case summary's title", () => {
    const found = text(
      "Doe v Secretary of State for the Home Department\n\nThe Supreme Court today upheld the ruling that the removals were unlawful. Sending them back would breach Article 3 ECHR and Article 33 of the Refugee Convention.\n"
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.columns).toMatchObject({
      court: "Supreme Court of the United Kingdom",
      case_name: "Doe v Secretary of State for the Home Department",
      respondent_state: "GB",
      outcome: "violation"
    })
    expect([...(found[0]?.columns.articles ?? [])].sort()).toEqual(["ECHR:3", "RC1951:33"])
  })

  it("reads a bare 'the court' opening a new section as the court of the first decision", () => {
    const found = text(
      "The Supreme Court today dismissed the minister's appeal.\n\nIn 2019 the Court of Appeal had ruled against the minister.\n\nThe decision\n\nThe court held that the policy was unlawful.\n"
    )
    expect(found.map((f) => f.columns.court)).toEqual(["Supreme Court", "Court of Appeal"])
    expect(found[0]?.columns.outcome).toBe("violation")
  })

  it("catches present-tense decisions, 'Judges in Strasbourg' and 'decided on' dates; not hearings or habitual case-law", () => {
    expect(text("The European Court of Human Rights rules today that Malta violated Article 5.\n")[0]?.columns)
      .toMatchObject({ outcome: "violation", respondent_state: "MT", date_start: "2021-08-04" })
    expect(text("Judges in Strasbourg ruled on Tuesday that Greece had violated Article 3 of the Convention.\n")[0]?.columns)
      .toMatchObject({ court: "European Court of Human Rights", respondent_state: "GR", date_start: "2021-08-03" })
    expect(text("In Doe and Others v. Malta and Greece, decided on 3 May 2021, the European Court found a violation.\n")[0]?.columns)
      .toMatchObject({ date_start: "2021-05-03", date_text: "on 3 May 2021", respondent_state: "MT", countries: ["MT", "GR"], case_name: "Doe and Others v. Malta and Greece" })
    expect(text("The European Court of Human Rights holds hearings in Strasbourg every week.\n")).toHaveLength(0)
    expect(text("The Court has repeatedly held that States may control their borders.\n")).toHaveLength(0)
  })
})

describe("rulings of courts named by seat or in their own language, perfect tenses and referrals", () => {
  it("reads 'the Administrative Court in <capital>' as a national court of that state, a seat elsewhere from the context", () => {
    expect(text("The Administrative Court in Ljubljana ruled on 3 May 2022 that the returns were unlawful.\n")[0]?.columns).toMatchObject({
      court: "Administrative Court in Ljubljana",
      respondent_state: "SI",
      outcome: "violation",
      date_start: "2022-05-03",
    })
    expect(text("The Supreme Court in Ljubljana dismissed the ministry's appeal.\n")[0]?.columns.court).toBe("Supreme Court of Slovenia")
    const seat = text("The Italian government appealed. The Administrative Court in Valmora ruled in May that the returns were illegal.\n")
    expect(seat[0]?.columns).toMatchObject({ court: "Administrative Court in Valmora", respondent_state: "IT" })
    expect(text("The Court in March ruled that the detention was unlawful.\n")).toHaveLength(0)
  })

  it("reads the Council of State in its own languages and foreign court names by their head word", () => {
    expect(text("The Conseil d'État annulled the decree on 12 April 2021.\n")[0]?.columns.court).toBe("Council of State")
    expect(text("The Italian Consiglio di Stato suspended the returns.\n")[0]?.columns.court).toBe("Council of State of Italy")
    expect(text("The Tribunale di Valmora ordered the government to admit the applicants.\n")[0]?.columns.court).toBe("Tribunale di Valmora")
    expect(text("The Sąd Okręgowy in Valmora acquitted the three volunteers in 2023.\n")[0]?.columns).toMatchObject({ court: "Sąd Okręgowy in Valmora", outcome: "other" })
    expect(text("The Verwaltungsgericht Berlin ruled that the refusal at the border was unlawful.\n")[0]?.columns).toMatchObject({
      court: "Verwaltungsgericht Berlin",
      respondent_state: "DE",
      outcome: "violation",
    })
    expect(text("The Tribunal administratif de Valmora suspended the order.\n")[0]?.columns.court).toBe("Tribunal administratif de Valmora")
    expect(text("The Tribunal ruled that the appeal was late.\n")).toHaveLength(0)
  })

  it("codes past- and present-perfect decisions of a specific case; a bare 'the Court' with an EU case number is the CJEU", () => {
    const cjeu = text("In Doe and Others (C-123/18), in March 2019, the Court had already held that the returns breached EU law.\n")
    expect(cjeu[0]?.columns).toMatchObject({ court: "Court of Justice of the European Union", application_numbers: ["C-123/18"], date_start: "2019-03-01" })
    const upheld = text("A lower court found the deportation lawful in 2019. The Supreme Court has since upheld the judgment.\n")
    expect(upheld.map((f) => f.columns.court)).toEqual(["lower court", "Supreme Court"])
    expect(text("The Supreme Court has repeatedly upheld such judgments.\n")).toHaveLength(0)
  })

  it("codes a referral to Luxembourg as a ruling of the referring court, outcome other, no respondent", () => {
    const asked = text("The Supreme Court of Slovenia asked Luxembourg whether the detention rules complied with EU law.\n")
    expect(asked[0]?.columns).toMatchObject({ court: "Supreme Court of Slovenia", outcome: "other", respondent_state: null })
    expect(text("The Supreme Court of Slovenia asked the ministry whether the detention rules had changed.\n")).toHaveLength(0)
    expect(text("In 2021 a court in Ljubljana referred questions to the CJEU about the detention of asylum seekers.\n")[0]?.columns).toMatchObject({
      outcome: "other",
      respondent_state: null,
    })
  })

  it("codes a breach of the prohibition of collective expulsion: violation, the state found in breach, ECHR-P4:4 under the ECtHR", () => {
    const found = text("The Strasbourg judges found that Hungary had breached the prohibition of collective expulsion when police returned the men to Serbia.\n")
    expect(found[0]?.columns).toMatchObject({
      court: "European Court of Human Rights",
      respondent_state: "HU",
      articles: ["ECHR-P4:4"],
      outcome: "violation",
    })
    // a national court names no instrument: no article
    expect(text("A district court found that the police had breached the prohibition of collective expulsion.\n")[0]?.columns.articles).toEqual([])
  })
})
