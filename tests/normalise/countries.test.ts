import { assert, describe, it } from "@effect/vitest"
import { countryCode, findCountries } from "../../pipeline/normalise/countries.ts"

const codes = (text: string): ReadonlyArray<string> => findCountries(text).map((m) => m.code)
const surfaces = (text: string): ReadonlyArray<string> => findCountries(text).map((m) => `${m.surface}:${m.code}`)

describe("countryCode", () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    // codebook "Countries"
    ["Belarusian", "BY"],
    ["Chechen", "RU"],
    ["Lithuanian", "LT"],
    ["the Democratic Republic of Congo", "CD"],
    ["Minsk", "BY"],
    ["Moscow", "RU"],
    // names, alternate and short names
    ["Lithuania", "LT"],
    ["Lithuanians", "LT"],
    ["Democratic Republic of the Congo", "CD"],
    ["DR Congo", "CD"],
    ["DRC", "CD"],
    ["Congolese", "CD"],
    ["Republic of the Congo", "CG"],
    ["Republic of Congo", "CG"],
    ["Congo-Brazzaville", "CG"],
    ["the UK", "GB"],
    ["Britain", "GB"],
    ["British", "GB"],
    ["Britons", "GB"],
    ["Scotland", "GB"],
    ["the US", "US"],
    ["U.S.", "US"],
    ["United States of America", "US"],
    ["American", "US"],
    ["Americans", "US"],
    ["Georgia", "GE"],
    ["Georgians", "GE"],
    ["Türkiye", "TR"],
    ["Turkiye", "TR"],
    ["Turkey", "TR"],
    ["Turks", "TR"],
    ["Russian Federation", "RU"],
    ["Chechens", "RU"],
    ["Chechnya", "RU"],
    ["Syria", "SY"],
    ["Syrian Arab Republic", "SY"],
    ["Iran", "IR"],
    ["Persia", "IR"],
    ["Burma", "MM"],
    ["Swaziland", "SZ"],
    ["Czechia", "CZ"],
    ["Czech Republic", "CZ"],
    ["Holland", "NL"],
    ["the Netherlands", "NL"],
    ["Dutch", "NL"],
    ["Moldova", "MD"],
    ["Macedonia", "MK"],
    ["Kosovo", "XK"],
    ["Côte d’Ivoire", "CI"],
    ["Cote d'Ivoire", "CI"],
    ["Ivorian", "CI"],
    ["Ivory Coast", "CI"],
    ["South Sudan", "SS"],
    ["Sudan", "SD"],
    ["South Sudanese", "SS"],
    // demonyms: singular, plural, irregular
    ["Pole", "PL"],
    ["Poles", "PL"],
    ["Polish", "PL"],
    ["Iraqi", "IQ"],
    ["Iraqis", "IQ"],
    ["Afghans", "AF"],
    ["Frenchmen", "FR"],
    ["Swiss", "CH"],
    ["Filipinos", "PH"],
    ["Spaniards", "ES"],
    ["Danes", "DK"],
    ["Finns", "FI"],
    ["Somalis", "SO"],
    ["Eritreans", "ER"],
    ["Sri Lankans", "LK"],
    ["Cameroonians", "CM"],
    // capitals and seats of government
    ["Warsaw", "PL"],
    ["Vilnius", "LT"],
    ["Brussels", "BE"],
    ["Kyiv", "UA"],
    ["Kiev", "UA"],
    ["Ankara", "TR"],
    ["Kremlin", "RU"],
    ["Chisinau", "MD"],
    ["Chișinău", "MD"],
    // case, spacing and possessives
    ["lithuania", "LT"],
    ["  Poland  ", "PL"],
    ["Poland's", "PL"],
    ["Lithuania’s", "LT"],
    // no state
    ["Kurdish", null],
    ["Kurds", null],
    ["EU", null],
    ["European", null],
    ["Europe", null],
    ["Latin American", null],
    ["Schengen", null],
    ["Narnia", null],
    ["", null]
  ]
  for (const [name, expected] of cases) {
    it(`${JSON.stringify(name)} → ${expected}`, () => {
      assert.strictEqual(countryCode(name), expected)
    })
  }
})

describe("findCountries", () => {
  it("finds names, demonyms, adjectives and capitals in text order with offsets", () => {
    const text = "Warsaw insisted that the Afghans were on Belarusian soil and therefore Minsk’s responsibility."
    const found = findCountries(text)
    assert.deepStrictEqual(
      found.map((m) => [m.code, m.kind, m.surface]),
      [["PL", "capital", "Warsaw"], ["AF", "demonym", "Afghans"], ["BY", "adjective", "Belarusian"], ["BY", "capital", "Minsk"]]
    )
    for (const m of found) assert.strictEqual(text.slice(m.index, m.index + m.length), m.surface)
  })

  it("prefers the longest match", () => {
    assert.deepStrictEqual(surfaces("families from the Democratic Republic of Congo and Congo"), [
      "Democratic Republic of Congo:CD",
      "Congo:CD"
    ])
    assert.deepStrictEqual(surfaces("people from South Sudan and Sudan"), ["South Sudan:SS", "Sudan:SD"])
    assert.deepStrictEqual(surfaces("Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea"), [
      "Guinea-Bissau:GW",
      "Equatorial Guinea:GQ",
      "Papua New Guinea:PG",
      "Guinea:GN"
    ])
    assert.deepStrictEqual(surfaces("Bosnia and Herzegovina"), ["Bosnia and Herzegovina:BA"])
    assert.deepStrictEqual(surfaces("the Republic of the Congo"), ["Republic of the Congo:CG"])
    assert.deepStrictEqual(surfaces("Northern Ireland and Ireland"), ["Northern Ireland:GB", "Ireland:IE"])
  })

  it("splits hyphenated pairs into both states", () => {
    assert.deepStrictEqual(codes("the Lithuanian-Belarusian border"), ["LT", "BY"])
    assert.deepStrictEqual(codes("the Belarusian-Lithuanian border"), ["BY", "LT"])
    assert.deepStrictEqual(
      findCountries("the Lithuanian-Belarusian border").map((m) => m.kind),
      ["adjective", "adjective"]
    )
  })

  it("respects word boundaries", () => {
    assert.deepStrictEqual(codes("Indiana and Nigeria and Niger"), ["NG", "NE"])
    assert.deepStrictEqual(codes("Americas"), [])
    assert.deepStrictEqual(codes("Omani and Oman"), ["OM", "OM"])
  })

  it("is case-sensitive for proper nouns", () => {
    assert.deepStrictEqual(codes("a turkey for dinner, a chad of paper, let us go"), [])
    assert.deepStrictEqual(codes("Turkey closed its border"), ["TR"])
  })

  it("reads the UK and the US in their usual spellings", () => {
    assert.deepStrictEqual(codes("the UK, Britain, British officials"), ["GB", "GB", "GB"])
    assert.deepStrictEqual(codes("U.S. State Department, the US, the United States, American"), ["US", "US", "US", "US"])
  })

  it("maps Chechen to Russia and gives Kurdish and the EU no state", () => {
    assert.deepStrictEqual(codes("a Chechen family of seven"), ["RU"])
    assert.deepStrictEqual(codes("thirteen Russian nationals of Chechen origin"), ["RU", "RU"])
    assert.deepStrictEqual(codes("Kurdish refugees reached the EU"), [])
    assert.deepStrictEqual(codes("41 Iraqi Kurds"), ["IQ"])
  })

  it("drops phrases that contain a country word but name no state", () => {
    assert.deepStrictEqual(codes("Latin American migrants crossed into New Mexico"), [])
    assert.deepStrictEqual(codes("the Indian Ocean"), [])
    assert.deepStrictEqual(codes("the Luxembourg court held that Lithuania"), ["LT"])
  })

  it("tells the noun from the adjective when a form is both", () => {
    const kinds = (text: string) => findCountries(text).map((m) => m.kind)
    assert.deepStrictEqual(kinds("An Iraqi man told her"), ["adjective"])
    assert.deepStrictEqual(kinds("Another Iraqi, Adil, described"), ["demonym"])
    assert.deepStrictEqual(kinds("the Lithuanian who crossed"), ["demonym"])
    assert.deepStrictEqual(kinds("Lithuanians and Poles"), ["demonym", "demonym"])
    assert.deepStrictEqual(kinds("Polish border guards"), ["adjective"])
  })

  it("skips a capital that is part of a longer name", () => {
    assert.deepStrictEqual(codes("he and his girlfriend Sofia Sapega"), [])
    assert.deepStrictEqual(codes("under the Vienna Convention"), [])
    assert.deepStrictEqual(codes("flew to Warsaw via Vienna."), ["PL", "AT"])
    assert.deepStrictEqual(codes("Ankara denied any involvement and accused Athens of spreading fake news."), ["TR", "GR"])
  })

  it("accepts typographic apostrophes and missing diacritics", () => {
    assert.deepStrictEqual(surfaces("N.T., from Côte d’Ivoire"), ["Côte d’Ivoire:CI"])
    assert.deepStrictEqual(surfaces("Cote d'Ivoire and Turkiye"), ["Cote d'Ivoire:CI", "Turkiye:TR"])
  })

  it("counts offsets in UTF-16 code units after astral characters", () => {
    const text = "🇱🇹 Lithuania"
    const [m] = findCountries(text)
    assert.isDefined(m)
    assert.strictEqual(m?.index, 5)
    assert.strictEqual(text.slice(m?.index, (m?.index ?? 0) + (m?.length ?? 0)), "Lithuania")
  })

  it("knows states far from the corpus", () => {
    assert.deepStrictEqual(
      codes("Bhutanese, Malagasy, Burkinabe, Kittitian and Ni-Vanuatu citizens, and Ulaanbaatar"),
      ["BT", "MG", "BF", "KN", "VU", "MN"]
    )
  })
})
