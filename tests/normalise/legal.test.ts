import { assert, describe, it } from "@effect/vitest"
import {
  courtContext,
  courtInstrument,
  findApplicationNumbers,
  findArticles,
  findCaseNames,
  findCourts,
  findGovernmentParties,
  withState,
} from "../../pipeline/normalise/legal.ts"

const ECTHR = "European Court of Human Rights"
const CJEU = "Court of Justice of the European Union"
const HRC = "United Nations Human Rights Committee"

const courts = (text: string, previous?: string | null, principal?: string | null) =>
  findCourts(text, previous, principal).map((c) => c.court)
const articles = (text: string, instrument?: string | null) =>
  findArticles(text, instrument === undefined ? undefined : { instrument }).map((a) => a.article)
const numbers = (text: string) => findApplicationNumbers(text).map((n) => n.number)

describe("findCourts", () => {
  it("normalises the codebook's names of the ECtHR", () => {
    assert.deepStrictEqual(courts("after the European Court barred Moscow from extraditing him"), [ECTHR])
    assert.deepStrictEqual(courts("The ECtHR ruled on Tuesday."), [ECTHR])
    assert.deepStrictEqual(courts("the Grand Chamber of the Strasbourg court delivered its judgment"), [ECTHR])
    assert.deepStrictEqual(courts("the European Court of Human Rights held, unanimously"), [ECTHR])
    assert.deepStrictEqual(courts("Europe’s top human rights court said"), [ECTHR])
  })

  it("gives index, length and surface in the given text", () => {
    const text = "On 8 July the European Court of Human Rights held"
    const [mention] = findCourts(text)
    assert.strictEqual(mention?.surface, "European Court of Human Rights")
    assert.strictEqual(mention?.index, text.indexOf("European"))
    assert.strictEqual(mention?.length, "European Court of Human Rights".length)
    assert.strictEqual(mention?.country, null)
  })

  it("does not read the European Court of Justice as the ECtHR", () => {
    assert.deepStrictEqual(courts("the European Court of Justice ruled"), [CJEU])
  })

  it("normalises the CJEU's names", () => {
    assert.deepStrictEqual(courts("The CJEU ruled"), [CJEU])
    assert.deepStrictEqual(courts("the EU's top court said"), [CJEU])
    assert.deepStrictEqual(courts("the Luxembourg court held that"), [CJEU])
    assert.deepStrictEqual(courts("the Grand Chamber of the Court of Justice of the European Union ruled"), [CJEU])
    assert.deepStrictEqual(courts("what the EU Court of Justice said"), [CJEU])
    assert.deepStrictEqual(courts("a landmark ruling from Luxembourg"), [CJEU])
  })

  it("keeps the International Court of Justice apart from the CJEU", () => {
    assert.deepStrictEqual(courts("the International Court of Justice"), ["International Court of Justice"])
  })

  it("normalises UN treaty bodies", () => {
    assert.deepStrictEqual(courts("the UN Human Rights Committee found that Italy had violated"), [HRC])
    assert.deepStrictEqual(courts("the UN Committee against Torture said"), ["United Nations Committee against Torture"])
  })

  it("does not take a parliament's human rights committee for the UN body", () => {
    assert.deepStrictEqual(courts("the Seimas Human Rights Committee met"), [])
  })

  it("resolves 'the Court' and 'the judges' to the previous court", () => {
    assert.deepStrictEqual(courts("The Court also found a violation of Article 13.", ECTHR), [ECTHR])
    assert.deepStrictEqual(courts("In this case, the judges considered that", ECTHR), [ECTHR])
    assert.deepStrictEqual(courts("At Spain’s request, a panel of five judges referred the case to the Grand Chamber", ECTHR), [ECTHR, ECTHR])
    assert.deepStrictEqual(courts("The court ruled that", "Court of Kalamata"), ["Court of Kalamata"])
  })

  it("resolves 'the Committee' only to a committee", () => {
    assert.deepStrictEqual(courts("In October the Committee adopted its views", HRC), [HRC])
    assert.deepStrictEqual(courts("In October the Committee adopted its views", ECTHR), [])
    assert.deepStrictEqual(courts("The Court found", HRC), [])
  })

  it("resolves a reference to a court named earlier in the same text", () => {
    assert.deepStrictEqual(courts("The CJEU ruled on Thursday. The Court said"), [CJEU, CJEU])
  })

  it("leaves out a reference with nothing to refer to", () => {
    assert.deepStrictEqual(courts("The Court found a violation."), [])
    assert.deepStrictEqual(courts("The Court found a violation.", null), [])
  })

  it("does not read 'Rules of Court' as a court", () => {
    assert.deepStrictEqual(courts("acting under Rule 39 of the Rules of Court", null), [])
  })

  it("reads a capitalised 'the Court' as the international court even after a national one", () => {
    const context = courtContext("The ECtHR held. The case was upheld by the prosecutor at the Court of Appeal of Thrace.")
    assert.deepStrictEqual(context, { previous: "Court of Appeal of Thrace", principal: ECTHR })
    assert.deepStrictEqual(courts("the Court unanimously declared inadmissible", context.previous, context.principal), [ECTHR])
    assert.deepStrictEqual(courts("the court dismissed it", context.previous, context.principal), ["Court of Appeal of Thrace"])
  })

  it("normalises national courts with their state", () => {
    const [lt] = findCourts("Lithuania's Supreme Administrative Court ruled")
    assert.strictEqual(lt?.court, "Supreme Administrative Court of Lithuania")
    assert.strictEqual(lt?.country, "LT")
    assert.strictEqual(lt?.surface, "Lithuania's Supreme Administrative Court")
    const [pl] = findCourts("Poland’s Supreme Court said")
    assert.deepStrictEqual([pl?.court, pl?.country], ["Supreme Court of Poland", "PL"])
    const [plAdj] = findCourts("the Polish Supreme Court said")
    assert.deepStrictEqual([plAdj?.court, plAdj?.country], ["Supreme Court of Poland", "PL"])
    const [hu] = findCourts("the Constitutional Court of Hungary")
    assert.deepStrictEqual([hu?.court, hu?.country], ["Constitutional Court of Hungary", "HU"])
  })

  it("keeps regional courts as named, with the state where the name gives it", () => {
    const [kalamata] = findCourts("On 21 May the Court of Kalamata dismissed the case")
    assert.deepStrictEqual([kalamata?.court, kalamata?.country], ["Court of Kalamata", null])
    const [styria] = findCourts("On 1 July the Regional Administrative Court of Styria ruled")
    assert.strictEqual(styria?.court, "Regional Administrative Court of Styria")
    const [vilnius] = findCourts("The Vilnius Regional Administrative Court ruled")
    assert.deepStrictEqual([vilnius?.court, vilnius?.country], ["Vilnius Regional Administrative Court", "LT"])
  })

  it("reads generic courts without their article", () => {
    const [district] = findCourts("a district court in Hajnówka ordered")
    assert.deepStrictEqual([district?.court, district?.country], ["district court in Hajnówka", null])
    const [admin] = findCourts("the administrative court annulled the decision")
    assert.strictEqual(admin?.court, "administrative court")
    const [lt] = findCourts("a Lithuanian court ruled")
    assert.deepStrictEqual([lt?.court, lt?.country], ["Lithuanian court", "LT"])
    const [pl] = findCourts("a regional court in Poland ruled")
    assert.deepStrictEqual([pl?.court, pl?.country], ["regional court in Poland", "PL"])
  })

  it("gives each court's instrument", () => {
    assert.strictEqual(courtInstrument(ECTHR), "ECHR")
    assert.strictEqual(courtInstrument(HRC), "ICCPR")
    assert.strictEqual(courtInstrument(CJEU), "CFR")
    assert.strictEqual(courtInstrument("Court of Kalamata"), null)
  })
})

describe("findArticles", () => {
  it("reads the codebook's forms", () => {
    assert.deepStrictEqual(articles("a violation of Article 3 of the Convention"), ["ECHR:3"])
    assert.deepStrictEqual(articles("Article 4 of Protocol No. 4"), ["ECHR-P4:4"])
    assert.deepStrictEqual(articles("Article 18 of the EU Charter of Fundamental Rights"), ["CFR:18"])
    assert.deepStrictEqual(articles("Article 33 of the 1951 Refugee Convention"), ["RC1951:33"])
    assert.deepStrictEqual(articles("Article 7 of the International Covenant on Civil and Political Rights"), ["ICCPR:7"])
  })

  it("splits a list over its instrument", () => {
    assert.deepStrictEqual(articles("Lithuania had breached Articles 3 and 13 of the Convention"), ["ECHR:3", "ECHR:13"])
    assert.deepStrictEqual(
      articles("Croatia had violated Articles 2, 3, 5 and 34 of the Convention and Article 4 of Protocol No. 4"),
      ["ECHR:2", "ECHR:3", "ECHR:5", "ECHR:34", "ECHR-P4:4"]
    )
    assert.deepStrictEqual(articles("no violation of Articles 2 or 3", "ECHR"), ["ECHR:2", "ECHR:3"])
  })

  it("gives each item of a list its own span", () => {
    const text = "Articles 3 and 13 of the Convention"
    const found = findArticles(text)
    assert.deepStrictEqual(
      found.map((a) => text.slice(a.index, a.index + a.length)),
      ["Articles 3", "13"]
    )
  })

  it("reads bare articles from the instrument last named in the text", () => {
    assert.deepStrictEqual(
      articles("Article 3 of the Convention (prohibition of torture), Article 5 (right to liberty and security) and Article 34"),
      ["ECHR:3", "ECHR:3", "ECHR:5", "ECHR:5", "ECHR:34"]
    )
  })

  it("reads bare articles from the context or from a court named in the text", () => {
    assert.deepStrictEqual(articles("found a violation of Article 13", "ECHR"), ["ECHR:13"])
    assert.deepStrictEqual(articles("the Chamber found that these returns had violated Article 13", null), [])
    assert.deepStrictEqual(articles("The ECtHR found a violation of Article 13."), ["ECHR:13"])
    assert.deepStrictEqual(articles("in violation of article 9 of the Covenant"), ["ICCPR:9"])
  })

  it("reads 'the convention' by context", () => {
    assert.deepStrictEqual(articles("thus violated Article 3 of the convention", "ECHR"), ["ECHR:3"])
    assert.deepStrictEqual(articles("in breach of Article 33 of the Convention", "RC1951"), ["RC1951:33"])
  })

  it("does not read a protocol's number as an article", () => {
    assert.deepStrictEqual(articles("Article 4 of Protocol No. 4 and Article 13", "ECHR"), ["ECHR-P4:4", "ECHR:13"])
  })

  it("reads paragraphs at article level without taking their numbers for articles", () => {
    assert.deepStrictEqual(articles("Article 5 §§ 1 and 4 of the Convention"), ["ECHR:5"])
    assert.deepStrictEqual(articles("Article 5(1)(f) of the Convention"), ["ECHR:5"])
    assert.deepStrictEqual(articles("Article 3 ECHR"), ["ECHR:3"])
  })

  it("leaves out provisions of other instruments", () => {
    assert.deepStrictEqual(articles("Article 8 of the Return Directive", "ECHR"), [])
    assert.deepStrictEqual(articles("Article 43 of Directive 2013/32/EU", "CFR"), [])
    assert.deepStrictEqual(articles("Article 3 of the UN Convention against Torture"), [])
    assert.deepStrictEqual(articles("Article 3 of the Convention on the Rights of the Child"), [])
    assert.deepStrictEqual(articles("Article 78 TFEU", "CFR"), [])
  })

  it("leaves out the ECHR's articles on the Court's own procedure", () => {
    assert.deepStrictEqual(articles("Under Articles 43 and 44 of the Convention, the judgment is not final."), [])
  })

  it("reads named rights only under a known instrument", () => {
    assert.deepStrictEqual(articles("Italy had violated the right to life", "ICCPR"), ["ICCPR:6"])
    assert.deepStrictEqual(articles("the detention amounted to degrading treatment", "ECHR"), ["ECHR:3"])
    assert.deepStrictEqual(articles("a wider State policy which amounted to collective expulsion", "ECHR"), ["ECHR-P4:4"])
    assert.deepStrictEqual(articles("a wider State policy which amounted to collective expulsion"), [])
    assert.deepStrictEqual(articles("the right to life"), [])
  })

  it("reads the codebook's press-release sentence in full", () => {
    const text =
      "the European Court of Human Rights held, unanimously, that Poland had violated Article 3 of the Convention, which prohibits inhuman or degrading treatment, and Article 4 of Protocol No. 4, which prohibits the collective expulsion of aliens."
    assert.deepStrictEqual([...new Set(articles(text))].sort(), ["ECHR-P4:4", "ECHR:3"])
  })
})

describe("findApplicationNumbers", () => {
  it("reads ECtHR application numbers", () => {
    assert.deepStrictEqual(numbers("(applications nos. 40503/17, 42902/17 and 43643/17)"), ["40503/17", "42902/17", "43643/17"])
    assert.deepStrictEqual(numbers("In M.A. and Others v. Lithuania (no. 59793/17)"), ["59793/17"])
  })

  it("reads CJEU case numbers, with any dash", () => {
    assert.deepStrictEqual(numbers("ruled in Case C-808/18, Commission v Hungary"), ["C-808/18"])
    assert.deepStrictEqual(numbers("ruled in Case C‑808/18"), ["C-808/18"])
    assert.deepStrictEqual(numbers("Case C–808/18"), ["C-808/18"])
    assert.deepStrictEqual(numbers("(C-924/19 PPU and C-925/19 PPU)"), ["C-924/19 PPU", "C-925/19 PPU"])
  })

  it("reads UN communication numbers", () => {
    assert.deepStrictEqual(numbers("(communication No. 3042/2017)"), ["3042/2017"])
    assert.deepStrictEqual(numbers("communication 2979/2017"), ["2979/2017"])
  })

  it("gives the number's span", () => {
    const text = "Case C‑808/18, Commission v Hungary"
    const [n] = findApplicationNumbers(text)
    assert.strictEqual(text.slice(n?.index, (n?.index ?? 0) + (n?.length ?? 0)), "C‑808/18")
  })

  it("needs an announcement for short numbers", () => {
    assert.deepStrictEqual(numbers("a 50/50 chance"), [])
    assert.deepStrictEqual(numbers("application no. 5/08"), ["5/08"])
  })

  it("does not read dates, year ranges or EU legal acts", () => {
    assert.deepStrictEqual(numbers("on 12/05/2017"), [])
    assert.deepStrictEqual(numbers("in the 2020/21 season and 2020/2021"), [])
    assert.deepStrictEqual(numbers("Regulation (EU) No 604/2013 and Directive 2013/32/EU"), [])
    assert.deepStrictEqual(numbers("Regulation (EU) 2016/399"), [])
  })
})

describe("findCaseNames", () => {
  const one = (text: string) => {
    const [c] = findCaseNames(text)
    return [c?.name, c?.respondent]
  }

  it("reads the codebook's case names with their respondents", () => {
    assert.deepStrictEqual(one("In a judgment delivered today in the case of M.K. and Others v. Poland (applications"), ["M.K. and Others v. Poland", "PL"])
    assert.deepStrictEqual(one("its long-awaited judgment in N.D. and N.T. v. Spain (nos. 8675/15"), ["N.D. and N.T. v. Spain", "ES"])
    assert.deepStrictEqual(one("the case of C.O.C.G. and Others v. Lithuania (application"), ["C.O.C.G. and Others v. Lithuania", "LT"])
    assert.deepStrictEqual(one("ruled in Case C-808/18, Commission v Hungary, that"), ["Commission v Hungary", "HU"])
    assert.deepStrictEqual(one("In A.A. v. North Macedonia the Court"), ["A.A. v. North Macedonia", "MK"])
  })

  it("drops a leading sentence word and keeps lists of initials", () => {
    assert.deepStrictEqual(one("In A.S., D.I., O.I. and G.D. v. Italy (communication No. 3042/2017)"), ["A.S., D.I., O.I. and G.D. v. Italy", "IT"])
    assert.deepStrictEqual(one("Shahzad v. Hungary (Application no. 12625/17)"), ["Shahzad v. Hungary", "HU"])
  })

  it("keeps 'the' before a respondent as written", () => {
    assert.deepStrictEqual(one("In Hirsi Jamaa and Others v. Italy and Soering v. the United Kingdom"), ["Hirsi Jamaa and Others v. Italy", "IT"])
    assert.deepStrictEqual(findCaseNames("Soering v. the United Kingdom").map((c) => [c.name, c.respondent]), [["Soering v. the United Kingdom", "GB"]])
  })

  it("gives a null respondent when the other party is not a state", () => {
    assert.deepStrictEqual(one("Commission v Council"), ["Commission v Council", null])
  })

  it("reads a preliminary ruling named before its number", () => {
    assert.deepStrictEqual(one("in the joined cases FMS and Others (C-924/19 PPU and C-925/19 PPU)"), ["FMS and Others", null])
  })

  it("does not run across a line break", () => {
    assert.deepStrictEqual(one("a shipwreck off Lampedusa\n\nIn A.S. v. Italy"), ["A.S. v. Italy", "IT"])
  })

  it("gives the name's span", () => {
    const text = "In M.K. and Others v. Poland (applications"
    const [c] = findCaseNames(text)
    assert.strictEqual(text.slice(c?.index, (c?.index ?? 0) + (c?.length ?? 0)), "M.K. and Others v. Poland")
  })

  it("finds nothing without a case", () => {
    assert.deepStrictEqual(findCaseNames("Poland and Lithuania built fences."), [])
  })
})

describe("national courts by seat or level, government parties, case titles (hand-written)", () => {
  it("names a court by its seat or its level as written; a European court is not a seat", () => {
    assert.deepStrictEqual(courts("In May the Valmora court sentenced him."), ["Valmora court"])
    assert.deepStrictEqual(courts("the Northmark court of first instance ruled"), ["Northmark court of first instance"])
    assert.deepStrictEqual(courts("On 2 May the Court of Appeal, by a majority, reversed it."), ["Court of Appeal"])
    assert.deepStrictEqual(courts("the Council of State refused leave"), ["Council of State"])
    assert.deepStrictEqual(courts("the Strasbourg court ruled"), [ECTHR])
    assert.deepStrictEqual(courts("Judges in Strasbourg ruled"), [ECTHR])
    assert.deepStrictEqual(findCourts("A Warsaw court ordered it.").map((c) => c.country), ["PL"])
  })

  it("names an apex court with its state, other courts as written", () => {
    assert.strictEqual(withState("Supreme Court", "GB"), "Supreme Court of the United Kingdom")
    assert.strictEqual(withState("Constitutional Court", "IT"), "Constitutional Court of Italy")
    assert.strictEqual(withState("High Court", "GB"), "High Court")
  })

  it("finds government parties with their state, or none for a bare government", () => {
    const parties = (t: string) => findGovernmentParties(t).map((p) => p.code)
    assert.deepStrictEqual(parties("dismissed the Home Secretary's appeal"), ["GB"])
    assert.deepStrictEqual(parties("ordered the Italian government to pay"), ["IT"])
    assert.deepStrictEqual(parties("rejected Spain's interior ministry's objection"), ["ES"])
    assert.deepStrictEqual(parties("sided with the minister"), [null])
    assert.deepStrictEqual(parties("sided with the applicants"), [])
  })

  it("reads English judicial-review titles and cases against two states", () => {
    const [review] = findCaseNames("R (on the application of Doe and others) v Secretary of State for the Home Department")
    assert.strictEqual(review?.name, "R (on the application of Doe and others) v Secretary of State for the Home Department")
    assert.strictEqual(review?.respondent, "GB")
    const [two] = findCaseNames("In Roe and Others v. Italy and Greece (no. 123/09), the Court found")
    assert.strictEqual(two?.name, "Roe and Others v. Italy and Greece")
    assert.strictEqual(two?.respondent, "IT")
    assert.deepStrictEqual(two?.others, ["GR"])
  })
})

describe("findCourts: seats, own-language names, EU case numbers", () => {
  const found = (text: string, previous?: string | null) => findCourts(text, previous).map((c) => [c.court, c.country])

  it("names a court by its seat; a capital gives the state, an apex court is its type with that state", () => {
    assert.deepStrictEqual(found("the Administrative Court in Ljubljana ruled"), [["Administrative Court in Ljubljana", "SI"]])
    assert.deepStrictEqual(found("the Regional Court in Valmora held"), [["Regional Court in Valmora", null]])
    assert.deepStrictEqual(found("the Supreme Court in Ljubljana"), [["Supreme Court", "SI"]])
    assert.strictEqual(withState("Supreme Court", "SI"), "Supreme Court of Slovenia")
    // a month after "in" is a date; the international seats stay the European courts
    assert.deepStrictEqual(courts("the Court in March ruled", ECTHR), [ECTHR])
    assert.deepStrictEqual(courts("the court in Luxembourg ruled"), [CJEU])
  })

  it("normalises the Council of State in its own languages", () => {
    assert.deepStrictEqual(found("the Conseil d’État annulled the decree"), [["Council of State", null]])
    assert.deepStrictEqual(found("the Italian Consiglio di Stato ruled"), [["Council of State of Italy", "IT"]])
  })

  it("reads foreign court names by their head word, as written", () => {
    assert.deepStrictEqual(found("The Tribunale di Valmora ordered"), [["Tribunale di Valmora", null]])
    assert.deepStrictEqual(found("the Naczelny Sąd Administracyjny ruled"), [["Naczelny Sąd Administracyjny", null]])
    assert.deepStrictEqual(found("the Verwaltungsgericht Berlin ruled"), [["Verwaltungsgericht Berlin", "DE"]])
    assert.deepStrictEqual(found("the Cour nationale du droit d'asile ruled"), [["Cour nationale du droit d'asile", null]])
    assert.deepStrictEqual(found("the Tribunal ruled"), [])
  })

  it("takes a bare 'the Court' with an EU case number for the CJEU (C-) or the General Court (T-)", () => {
    assert.deepStrictEqual(courts("In Doe (C-12/19) the Court held"), [CJEU])
    assert.deepStrictEqual(courts("In Doe (C-12/19) the Court held", ECTHR), [CJEU])
    assert.deepStrictEqual(courts("In Doe (T-12/19) the Court held"), ["General Court of the European Union"])
    assert.deepStrictEqual(courts("the Court held", ECTHR), [ECTHR])
  })

  it("reads collective expulsion as ECHR-P4:4 only where the instrument is known", () => {
    assert.deepStrictEqual(articles("breached the prohibition of collective expulsion", "ECHR"), ["ECHR-P4:4"])
    assert.deepStrictEqual(articles("breached the prohibition of collective expulsion"), [])
    assert.deepStrictEqual(articles("breached the prohibition of collective expulsion", "CFR"), [])
  })
})
