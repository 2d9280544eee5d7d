import { assert, describe, it } from "@effect/vitest"
import { type Bounds, findQuantities, parseQuantity } from "../../pipeline/normalise/quantities.ts"

type Expect = readonly [string, number | null, number | null]

/** The quantities found, as [text, min, max]. */
const found = (text: string): ReadonlyArray<Expect> => findQuantities(text).map((q) => [q.text, q.min, q.max])

describe("findQuantities: the codebook's vague quantities", () => {
  const cases: ReadonlyArray<readonly [string, Expect]> = [
    ["several people", ["several", 3, null]],
    ["dozens of people", ["dozens", 24, null]],
    ["hundreds of people", ["hundreds", 200, null]],
    ["several hundred people", ["several hundred", 300, null]],
    ["thousands of people", ["thousands", 2000, null]],
    ["several thousand Russian and Belarusian citizens", ["several thousand", 3000, null]],
    ["tens of thousands of people", ["tens of thousands", 20000, null]],
    ["hundreds of thousands of people", ["hundreds of thousands", 200000, null]],
    ["4,090 migrants", ["4,090", 4090, 4090]],
    ["about 180 migrants", ["about 180", 180, 180]],
    ["some 4,000 people", ["some 4,000", 4000, 4000]],
    ["more than 4,400 people", ["more than 4,400", 4400, null]],
    ["at least five times", ["at least five", 5, null]],
    ["up to eight times", ["up to eight", null, 8]],
    ["fewer than 3 million people", ["fewer than 3 million", null, 3000000]]
  ]
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(found(text), [expected]))
  }
})

describe("findQuantities: numbers", () => {
  const cases: ReadonlyArray<readonly [string, Expect]> = [
    ["seven men", ["seven", 7, 7]],
    ["Nine Egyptian survivors", ["Nine", 9, 9]],
    ["twenty-three people", ["twenty-three", 23, 23]],
    ["twenty three people", ["twenty three", 23, 23]],
    ["a dozen people", ["a dozen", 12, 12]],
    ["two dozen people", ["two dozen", 24, 24]],
    ["half a dozen people", ["half a dozen", 6, 6]],
    ["two hundred people", ["two hundred", 200, 200]],
    ["two hundred and fifty people", ["two hundred and fifty", 250, 250]],
    ["a thousand people", ["a thousand", 1000, 1000]],
    ["three thousand five hundred people", ["three thousand five hundred", 3500, 3500]],
    ["1.2 million refugees", ["1.2 million", 1200000, 1200000]],
    ["4\u00A0090 migrants", ["4\u00A0090", 4090, 4090]],
    ["a family of seven", ["seven", 7, 7]],
    ["a Russian family of seven", ["seven", 7, 7]],
    ["Both men later made it into Spain", ["Both", 2, 2]],
    ["a couple of people", ["a couple of", 2, 2]],
    ["a few others", ["a few", 2, null]],
    ["several dozen people", ["several dozen", 36, null]],
    ["scores of people", ["scores", 40, null]],
    ["many thousands of people", ["many thousands", 2000, null]]
  ]
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(found(text), [expected]))
  }
})

describe("findQuantities: bounds, approximations and ranges", () => {
  const cases: ReadonlyArray<readonly [string, Expect]> = [
    ["around 900 people", ["around 900", 900, 900]],
    ["approximately 50 people", ["approximately 50", 50, 50]],
    ["roughly 280 people", ["roughly 280", 280, 280]],
    // approximations, "nearly" and "almost" included, give min = max
    ["nearly 40 Syrians", ["nearly 40", 40, 40]],
    ["almost 200 people", ["almost 200", 200, 200]],
    ["an estimated 3,000 people", ["an estimated 3,000", 3000, 3000]],
    ["over 30 people", ["over 30", 30, null]],
    ["More than 6,700 people", ["More than 6,700", 6700, null]],
    ["more than a dozen people", ["more than a dozen", 12, null]],
    ["no fewer than 20 people", ["no fewer than 20", 20, null]],
    ["200 or more people", ["200 or more", 200, null]],
    ["50-plus people", ["50-plus", 50, null]],
    ["less than 10 people", ["less than 10", null, 10]],
    ["no more than 15 people", ["no more than 15", null, 15]],
    ["as many as 500 people", ["as many as 500", null, 500]],
    ["up to several hundred people", ["up to several hundred", null, 300]],
    ["between 50 and 60 people", ["between 50 and 60", 50, 60]],
    ["50 to 60 people", ["50 to 60", 50, 60]],
    ["50-60 people", ["50-60", 50, 60]],
    ["50–60 people", ["50–60", 50, 60]],
    ["from about 2,000 to 4,000", ["from about 2,000 to 4,000", 2000, 4000]],
    ["an estimated 400 to 750 people", ["an estimated 400 to 750", 400, 750]],
    ["Somewhere between 200,000 and 300,000 people", ["Somewhere between 200,000 and 300,000", 200000, 300000]],
    ["two or three people", ["two or three", 2, 3]],
    ["200-odd people", ["200-odd", 200, 200]]
  ]
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(found(text), [expected]))
  }
})

describe("findQuantities: numbers that are not counts", () => {
  const none: ReadonlyArray<string> = [
    "in 2021",
    "since 2021",
    "between 2016 and 2018",
    "on 8 November",
    "8 November 2021",
    "on November 8",
    "since Sept. 21",
    "the 8th of November",
    "between 6 and 10 August",
    "Between 31 March and 6 April 2022",
    "from 15 October",
    "Article 3",
    "Articles 3 and 13",
    "article 9 of the Covenant",
    "Article 4 of Protocol No. 4",
    "Rule 39 of the Rules of Court",
    "application no. 40503/17",
    "applications nos. 40503/17, 42902/17 and 43643/17",
    "Case C-808/18",
    "communication No. 3788/2020",
    "20% of them",
    "5 per cent",
    "a 12 percent rise",
    "€1.2 million",
    "$300",
    "300 euros",
    "EUR 500",
    "a 21-year-old Moroccan man",
    "their six-year-old daughter",
    "after 28 months in prison",
    "for three months and four days",
    "walked roughly 4 km",
    "about 2 square metres each",
    "at 10:30",
    "as of 00.00 on Thursday",
    "in the 1990s",
    "COVID-19",
    "Claim 1: only",
    "no one had arrived",
    "ten to fifteen minutes"
  ]
  for (const text of none) {
    it(text, () => assert.deepStrictEqual(found(text), []))
  }
})

describe("findQuantities: in running text", () => {
  it("finds each count of a sentence with offsets into the text", () => {
    const text = "Police took the 38 people – 22 men, nine women and seven children, 35 of them Syrian and three Palestinian – to Fylakio on 15 August 2022."
    const qs = findQuantities(text)
    assert.deepStrictEqual(qs.map((q) => q.min), [38, 22, 9, 7, 35, 3])
    for (const q of qs) assert.strictEqual(text.slice(q.index, q.index + q.length), q.text)
  })

  it("skips the date and article numbers around a count", () => {
    assert.deepStrictEqual(
      found("On 25 August 2021 the Court told Latvia, under Rule 39, to give 41 Iraqi Kurds food."),
      [["41", 41, 41]]
    )
    assert.deepStrictEqual(
      found("The State Border Guard said 283 people had been detained between 6 and 10 August alone."),
      [["283", 283, 283]]
    )
  })

  it("reads a bare year as a year, and a bounded four-digit number as a count", () => {
    assert.deepStrictEqual(
      found("Over 2021, about 2000 people and more than 1990 migrants crossed; over 2020."),
      [["about 2000", 2000, 2000], ["more than 1990", 1990, null]]
    )
  })

  it("counts offsets in UTF-16 code units after astral characters", () => {
    const text = "😀 about 30 people"
    const [q] = findQuantities(text)
    assert.strictEqual(q?.index, 3)
    assert.strictEqual(q?.text, "about 30")
  })
})

describe("parseQuantity", () => {
  const cases: ReadonlyArray<readonly [string, Bounds | null]> = [
    ["about 50 people", { min: 50, max: 50 }],
    ["a Russian family of seven", { min: 7, max: 7 }],
    ["a family of seven", { min: 7, max: 7 }],
    ["Chechen family of seven", { min: 7, max: 7 }],
    ["thirteen Russian nationals of Chechen origin", { min: 13, max: 13 }],
    ["group of 12 men", { min: 12, max: 12 }],
    ["thousands of people", { min: 2000, max: null }],
    ["more than 200,000 Russian citizens", { min: 200000, max: null }],
    ["Somewhere between 200,000 and 300,000 people", { min: 200000, max: 300000 }],
    ["four asylum seekers from Afghanistan and Iran", { min: 4, max: 4 }],
    // one person: a singular person noun, a pronoun, a name
    ["a man", { min: 1, max: 1 }],
    ["a woman", { min: 1, max: 1 }],
    ["a Syrian man", { min: 1, max: 1 }],
    ["a 21-year-old Moroccan man", { min: 1, max: 1 }],
    ["Iraqi man called Zaki", { min: 1, max: 1 }],
    ["Yazidi woman", { min: 1, max: 1 }],
    ["dissident journalist", { min: 1, max: 1 }],
    ["an Iraqi", { min: 1, max: 1 }],
    ["Vladimir Ratnikov", { min: 1, max: 1 }],
    ["A.R.E.", { min: 1, max: 1 }],
    ["Belarusian sprinter Krystsina Tsimanouskaya", { min: 1, max: 1 }],
    ["a Syrian couple", { min: 2, max: 2 }],
    // coordinations add up
    ["she and two companions", { min: 3, max: 3 }],
    ["he and seven other men from Egypt and Syria", { min: 8, max: 8 }],
    ["her mother and six children", { min: 7, max: 7 }],
    ["N.D. and N.T.", { min: 2, max: 2 }],
    ["Raman Pratasevich and Sofia Sapega", { min: 2, max: 2 }],
    ["22 men, nine women and seven children", { min: 38, max: 38 }],
    // no number given
    ["Chechen families", null],
    ["people", null],
    ["Afghans", null],
    ["Iraqi Kurds", null],
    ["refugees and migrants, including children", null],
    ["him, his wife and their children", null],
    ["Russian and Belarusian citizens", null],
    ["Some", null],
    ["family", null],
    ["", null]
  ]
  for (const [phrase, expected] of cases) {
    it(`${JSON.stringify(phrase)} → ${JSON.stringify(expected)}`, () => {
      assert.deepStrictEqual(parseQuantity(phrase), expected)
    })
  }
})
