import { assert, describe, it } from "@effect/vitest"
import { findInstitutions, institutions } from "../pipeline/gazetteers/organisations.ts"

const found = (text: string) =>
  findInstitutions(text).map((m) => [m.surface, m.institution.name, m.institution.kind, m.institution.country])

describe("institutions", () => {
  it("has unique names and no alias shared by two institutions", () => {
    const names = institutions.map((i) => i.name)
    assert.strictEqual(new Set(names).size, names.length)
    const surfaces = institutions.flatMap((i) => [i.name, ...i.aliases])
    assert.strictEqual(new Set(surfaces).size, surfaces.length)
  })
})

describe("findInstitutions", () => {
  it("finds NGOs by name and alias, keeping the canonical name", () => {
    assert.deepStrictEqual(found("Amnesty International said"), [["Amnesty International", "Amnesty International", "organization", null]])
    assert.deepStrictEqual(found("director of Amnesty’s European Institutions Office"), [["Amnesty", "Amnesty International", "organization", null]])
    assert.deepStrictEqual(found("Doctors Without Borders warned"), [["Doctors Without Borders", "Médecins Sans Frontières", "organization", null]])
    assert.deepStrictEqual(found("MSF is appalled by"), [["MSF", "Médecins Sans Frontières", "organization", null]])
    assert.deepStrictEqual(found("Grupa Granica said"), [["Grupa Granica", "Grupa Granica", "organization", "PL"]])
    assert.deepStrictEqual(found("volunteers of Sienos Grupė"), [["Sienos Grupė", "Sienos Grupė", "organization", "LT"]])
  })

  it("treats EU and UN bodies, Frontex included, as organisations", () => {
    assert.deepStrictEqual(found("Frontex said"), [["Frontex", "Frontex", "organization", null]])
    assert.deepStrictEqual(found("the UN refugee agency"), [["UN refugee agency", "UNHCR", "organization", null]])
    assert.deepStrictEqual(found("the IOM and UNHCR").map((f) => f[1]), ["International Organization for Migration", "UNHCR"])
    assert.deepStrictEqual(found("Dunja Mijatović, Council of Europe Commissioner for Human Rights").map((f) => f[1]), ["Council of Europe"])
    assert.deepStrictEqual(found("Ylva Johansson, European Commissioner for Home Affairs").map((f) => f[1]), ["European Commission"])
  })

  it("prefers the longest name", () => {
    assert.deepStrictEqual(found("the Memorial Anti-Discrimination Center").map((f) => f[1]), ["Memorial Anti-Discrimination Center"])
    assert.deepStrictEqual(found("Jesuit Refugee Service Europe said").map((f) => f[1]), ["Jesuit Refugee Service Europe"])
    assert.deepStrictEqual(found("the European Border and Coast Guard Agency").map((f) => f[1]), ["Frontex"])
  })

  it("reads bare 'Memorial' only as an actor", () => {
    assert.deepStrictEqual(found("Memorial said the men were held").map((f) => f[1]), ["Memorial"])
    assert.deepStrictEqual(found("a Memorial service was held"), [])
  })

  it("reads national Red Cross and Helsinki groups with their state", () => {
    assert.deepStrictEqual(found("the Lithuanian Red Cross"), [["Lithuanian Red Cross", "Lithuanian Red Cross", "organization", "LT"]])
    assert.deepStrictEqual(found("the Hungarian Helsinki Committee said"), [["Hungarian Helsinki Committee", "Hungarian Helsinki Committee", "organization", "HU"]])
    assert.deepStrictEqual(found("the Red Cross"), [["Red Cross", "Red Cross", "organization", null]])
  })

  it("reads generic state bodies with their state from an adjective, possessive or 'of'", () => {
    assert.deepStrictEqual(found("the Lithuanian border guard said"), [["Lithuanian border guard", "Lithuanian border guard", "government", "LT"]])
    assert.deepStrictEqual(found("Poland's border guard said"), [["Poland's border guard", "Poland's border guard", "government", "PL"]])
    assert.deepStrictEqual(found("the Greek coast guard"), [["Greek coast guard", "Greek coast guard", "government", "GR"]])
    assert.deepStrictEqual(found("the Ministry of the Interior of Lithuania"), [["Ministry of the Interior of Lithuania", "Ministry of the Interior of Lithuania", "government", "LT"]])
    assert.deepStrictEqual(found("the Polish Government submitted"), [["Polish Government", "Polish Government", "government", "PL"]])
    assert.deepStrictEqual(found("the North Ossetian interior ministry"), [["North Ossetian interior ministry", "North Ossetian interior ministry", "government", "RU"]])
  })

  it("reads bare state bodies without a state", () => {
    assert.deepStrictEqual(found("the State Border Guard Service said"), [["State Border Guard Service", "State Border Guard Service", "government", null]])
    assert.deepStrictEqual(found("police said"), [["police", "police", "government", null]])
    assert.deepStrictEqual(found("the Ombudsman’s office said"), [["Ombudsman’s office", "Ombudsman’s office", "government", null]])
    assert.deepStrictEqual(found("the prime minister's office").length, 0)
  })

  it("gives no single state to bodies of two states", () => {
    assert.deepStrictEqual(found("Authorities in Lithuania and Poland denied it"), [["Authorities in Lithuania and Poland", "Authorities in Lithuania and Poland", "government", null]])
  })

  it("reads a capital as its government unless a preposition makes it a place", () => {
    assert.deepStrictEqual(found("Ankara said"), [["Ankara", "Ankara", "government", "TR"]])
    assert.deepStrictEqual(found("barred Moscow from extraditing him to Minsk"), [["Moscow", "Moscow", "government", "RU"]])
    assert.deepStrictEqual(found("she lives in Vilnius"), [])
    assert.deepStrictEqual(found("the Vilnius Regional Administrative Court"), [])
  })

  it("reads named state bodies with their state", () => {
    assert.deepStrictEqual(found("Ned Price, U.S. State Department spokesman"), [["U.S. State Department", "State Department", "government", "US"]])
    assert.deepStrictEqual(found("the Hellenic Coast Guard said").map((f) => f[3]), ["GR"])
  })

  it("gives UTF-16 index and length", () => {
    const text = "😀 Human Rights Watch said"
    const [m] = findInstitutions(text)
    assert.strictEqual(m?.index, 3)
    assert.strictEqual(text.slice(m?.index, (m?.index ?? 0) + (m?.length ?? 0)), "Human Rights Watch")
  })
})
