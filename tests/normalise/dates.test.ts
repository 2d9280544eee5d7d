import { assert, describe, it } from "@effect/vitest"
import {
  advanceContext,
  type DateContext,
  type DateMention,
  type EventDate,
  findDates,
  unknownDate
} from "../../pipeline/normalise/dates.ts"

const ctx = (published: string | null, lastYear: number | null = null, anchor: EventDate | null = null): DateContext => ({
  published,
  lastYear,
  anchor
})
const day = (date: string, text: string): EventDate => ({
  date_start: date,
  date_end: date,
  date_precision: "day",
  date_text: text
})

const strip = (m: DateMention): EventDate => ({
  date_start: m.date_start,
  date_end: m.date_end,
  date_precision: m.date_precision,
  date_text: m.date_text
})

/** The only date of the sentence, as the four columns. */
const only = (sentence: string, context: DateContext): EventDate => {
  const found = findDates(sentence, context)
  assert.strictEqual(found.length, 1, `expected one date in ${JSON.stringify(sentence)}, got ${JSON.stringify(found)}`)
  const [m] = found
  if (m === undefined) throw new Error("unreachable")
  return strip(m)
}

const expectDate = (
  sentence: string,
  context: DateContext,
  start: string | null,
  end: string | null,
  precision: EventDate["date_precision"],
  text: string
): void => {
  assert.deepStrictEqual(only(sentence, context), {
    date_start: start,
    date_end: end,
    date_precision: precision,
    date_text: text
  })
}

describe("codebook Dates examples", () => {
  it("in 2016 is the whole year", () =>
    expectDate("Chechen families tried to enter Poland in 2016 through Terespol.", ctx(null), "2016-01-01", "2016-12-31", "year", "in 2016"))

  it("June 27, 2022 is one day", () =>
    expectDate("A report published by Amnesty on June 27, 2022, said many were held.", ctx(null), "2022-06-27", "2022-06-27", "day", "on June 27, 2022"))

  it("May 2021 is a month", () =>
    expectDate("That assessment followed a remark in May 2021 about migrants.", ctx(null), "2021-05-01", "2021-05-31", "month", "in May 2021"))

  it("the second half of 2021 is a half year", () =>
    expectDate("Numbers rose in the second half of 2021.", ctx(null), "2021-07-01", "2021-12-31", "half", "in the second half of 2021"))

  it("That summer refers back to the last year mentioned", () =>
    expectDate("That summer, the number of people attempting to cross was larger.", ctx(null, 2021), "2021-06-01", "2021-08-31", "season", "That summer"))

  it("since 2021 opens the end", () =>
    expectDate("Since 2021 Lithuanian authorities have detained thousands.", ctx(null), "2021-01-01", null, "year", "Since 2021"))

  it("Two years later is unknown with both ends null", () =>
    expectDate("Two years later, Lithuania granted protection to him.", ctx(null, 2021), null, null, "unknown", "Two years later"))

  it("on Wednesday resolves against the publication date", () =>
    expectDate("The Red Cross said on Wednesday that pushbacks were unlawful.", ctx("2021-08-04"), "2021-08-04", "2021-08-04", "day", "on Wednesday"))

  it("last week is the Monday–Sunday week before publication", () =>
    expectDate("Amnesty International had warned last week that the amendments were wrong.", ctx("2023-04-28"), "2023-04-17", "2023-04-23", "week", "last week"))

  it("a statement with no date of its own has no mention (unknown, not the publication date)", () => {
    assert.deepStrictEqual(findDates("“We were beaten,” she told The Insider.", ctx("2022-05-01")), [])
    assert.deepStrictEqual(unknownDate, { date_start: null, date_end: null, date_precision: "unknown", date_text: null })
  })

  it("earlier this month is the month of publication", () =>
    expectDate("Earlier this month, NGOs urged members to reject the bill.", ctx("2023-04-28"), "2023-04-01", "2023-04-30", "month", "Earlier this month"))

  it("a range of days is day precision with different ends", () =>
    expectDate("283 people were detained between 6 and 10 August alone.", ctx("2022-10-14", 2021, day("2021-08-10", "On 10 August 2021")), "2021-08-06", "2021-08-10", "day", "between 6 and 10 August"))

  it("a start and a duration give the start and a null end", () =>
    expectDate("They were detained on 20 August, for three months.", ctx("2021-12-01"), "2021-08-20", null, "day", "on 20 August"))

  it("after 2020 is unknown", () =>
    expectDate("Crossings rose sharply after 2020.", ctx("2022-01-10"), null, null, "unknown", "after 2020"))

  it("before the war is unknown", () =>
    expectDate("Most of them had left before the war.", ctx("2022-05-01"), null, null, "unknown", "before the war"))
})

describe("corpus README conventions for detentions", () => {
  it("from 15 October gives a null end", () =>
    expectDate("From 15 October the men were held at the police station.", ctx("2022-11-02"), "2022-10-15", null, "day", "From 15 October"))

  it("a start and 'where they spent three months' gives a null end", () =>
    expectDate("Guards took him to a centre on 20 August 2021, where they spent three months and four days.", ctx("2022-10-14"), "2021-08-20", null, "day", "on 20 August 2021"))

  it("a duration inside a reported statement does not open the end", () =>
    expectDate("A report published on 27 June 2022 said people were held for months.", ctx(null), "2022-06-27", "2022-06-27", "day", "on 27 June 2022"))
})

describe("explicit dates", () => {
  it("keeps the leading preposition as the gold does", () => {
    expectDate("On 8 November a column walked towards the crossing.", ctx("2021-11-26"), "2021-11-08", "2021-11-08", "day", "On 8 November")
    expectDate("It sidesteps the judgment of 30 June 2022.", ctx("2023-04-28"), "2022-06-30", "2022-06-30", "day", "of 30 June 2022")
  })

  it("a date after 'until' is the day itself", () =>
    expectDate("They stayed there until 30 March 2022, when they left.", ctx("2024-04-18"), "2022-03-30", "2022-03-30", "day", "30 March 2022"))

  it("reads American order and abbreviations", () => {
    expectDate("In a speech on May 26, he threatened the West.", ctx("2021-08-04"), "2021-05-26", "2021-05-26", "day", "on May 26")
    expectDate("About 98,000 Russians had arrived since Sept. 21.", ctx("2022-09-28"), "2022-09-21", null, "day", "since Sept. 21")
  })

  it("a weekday beside a yearless day picks the year in which they agree", () =>
    expectDate("Police said that on Friday, 14 October, they found 92 men.", ctx("2022-11-02", 2020, { date_start: "2020-08-01", date_end: "2020-08-31", date_precision: "month", date_text: "in August 2020" }), "2022-10-14", "2022-10-14", "day", "on Friday, 14 October"))

  it("a number after a yearless day is not its year", () =>
    expectDate("According to a report published on 7 April, 23 of the 26 Afghans were pushed back.", ctx("2022-09-05"), "2022-04-07", "2022-04-07", "day", "on 7 April"))

  it("application numbers and clock times are not dates", () => {
    assert.deepStrictEqual(findDates("In M.A. and Others v. Lithuania (no. 59793/17) the Court found a breach.", ctx("2024-04-18")), [])
    assert.deepStrictEqual(findDates("Communication No. 3042/2017 was declared admissible.", ctx("2021-12-20")), [])
    expectDate("The border closes as of 00.00 on Thursday, 30 November 2023.", ctx("2023-11-28"), "2023-11-30", "2023-11-30", "day", "on Thursday, 30 November 2023")
  })

  it("a year needs a preposition to be a date", () => {
    assert.deepStrictEqual(findDates("The 2019 vote changed nothing.", ctx("2021-01-01")), [])
  })

  it("mid-April and early August are months", () => {
    expectDate("In mid-April he crossed the river at night.", ctx("2022-09-05"), "2022-04-01", "2022-04-30", "month", "In mid-April")
    expectDate("More than 8,000 people were turned back since early August.", ctx("2021-12-30"), "2021-08-01", null, "month", "since early August")
  })

  it("in the spring of 2018 and in the whole of 2020", () => {
    expectDate("In the spring of 2018 the family was held at a centre.", ctx("2021-12-20"), "2018-03-01", "2018-05-31", "season", "In the spring of 2018")
    expectDate("The border service recorded 81 in the whole of 2020.", ctx("2021-08-04"), "2020-01-01", "2020-12-31", "year", "in the whole of 2020")
  })

  it("That August takes the last year mentioned", () =>
    expectDate("That August the sprinter refused to fly home.", ctx("2024-03-20", 2021), "2021-08-01", "2021-08-31", "month", "That August"))
})

describe("ranges", () => {
  it("month ranges with and without 'between'", () => {
    expectDate("The report covers July 2021 to April 2022 and draws on 17 accounts.", ctx("2022-11-02"), "2021-07-01", "2022-04-30", "month", "July 2021 to April 2022")
    expectDate("They were pushed back between September 2021 and February 2022.", ctx("2022-09-05"), "2021-09-01", "2022-02-28", "month", "between September 2021 and February 2022")
    expectDate("They left Cuba between August and December 2021 and went to Russia.", ctx("2024-04-18"), "2021-08-01", "2021-12-31", "month", "between August and December 2021")
  })

  it("a range ending in 'this year' uses the publication year", () =>
    expectDate("Nine survivors were held from June 2023 until May this year.", ctx("2024-06-14"), "2023-06-01", "2024-05-31", "month", "from June 2023 until May this year"))

  it("a range of days across months", () =>
    expectDate("Between 31 March and 6 April 2022 they tried several times.", ctx("2024-04-18"), "2022-03-31", "2022-04-06", "day", "Between 31 March and 6 April 2022"))

  it("a range whose first month lies in the year before", () =>
    expectDate("Arrivals peaked between November and February 2022.", ctx("2022-06-01"), "2021-11-01", "2022-02-28", "month", "between November and February 2022"))

  it("numbers joined by 'and' are not a range", () =>
    assert.deepStrictEqual(findDates("Between 200,000 and 300,000 people have left.", ctx("2024-03-20")), []))

  it("an open start from the second half of a year", () =>
    expectDate("From the second half of 2021 Lithuania also accepted several thousand.", ctx(null), "2021-07-01", null, "half", "From the second half of 2021"))
})

describe("dates relative to publication", () => {
  it("on Monday is the last Monday on or before publication", () => {
    expectDate("She said on Monday that the centre was full.", ctx("2022-10-14"), "2022-10-10", "2022-10-10", "day", "on Monday")
    expectDate("On Thursday Amnesty published a report.", ctx("2022-10-14"), "2022-10-13", "2022-10-13", "day", "On Thursday")
    expectDate("The Border Guard said on Tuesday morning that no one had arrived.", ctx("2023-11-28"), "2023-11-28", "2023-11-28", "day", "on Tuesday morning")
  })

  it("last Tuesday is in the week before publication", () => {
    expectDate("The committee said last Tuesday that police had pushed people back.", ctx("2021-02-01"), "2021-01-26", "2021-01-26", "day", "last Tuesday")
    expectDate("Last Thursday the Grand Chamber delivered its judgment.", ctx("2020-02-20"), "2020-02-13", "2020-02-13", "day", "Last Thursday")
  })

  it("today, today’s and a week ago", () => {
    expectDate("In a judgment delivered today the Court held unanimously.", ctx("2020-07-23"), "2020-07-23", "2020-07-23", "day", "today")
    expectDate("In today’s Chamber judgment the Court held.", ctx("2025-01-07"), "2025-01-07", "2025-01-07", "day", "today’s")
    expectDate("Putin announced a partial mobilisation a week ago.", ctx("2022-09-28"), "2022-09-21", "2022-09-21", "day", "a week ago")
  })

  it("this year, last month and since the start of the year", () => {
    expectDate("A researcher reported earlier this year that some were pressed.", ctx("2022-10-14"), "2022-01-01", "2022-12-31", "year", "earlier this year")
    expectDate("What happened at Europe’s borders last month.", ctx("2022-11-02"), "2022-10-01", "2022-10-31", "month", "last month")
    expectDate("Lithuania has registered 4,090 migrants since the start of the year.", ctx("2021-08-04"), "2021-01-01", null, "year", "since the start of the year")
  })

  it("a bare month at the start of a sentence is the last such month up to publication", () => {
    expectDate("In August some 32 Afghans were stuck in a field.", ctx("2021-11-26"), "2021-08-01", "2021-08-31", "month", "In August")
    expectDate("In October the Committee adopted its views.", ctx("2024-03-20", 2020, day("2020-08-11", "on 11 August 2020")), "2023-10-01", "2023-10-31", "month", "In October")
  })

  it("a bare month inside a sentence continues the narrative year", () =>
    expectDate("He went on until a colleague was arrested in October.", ctx("2024-03-20", 2020, day("2020-08-11", "on 11 August 2020")), "2020-10-01", "2020-10-31", "month", "in October"))

  it("relative dates without a publication date are unknown but keep their words", () =>
    expectDate("The minister spoke on Monday.", ctx(null), null, null, "unknown", "on Monday"))
})

describe("dates relative to the anchor", () => {
  const anchor = day("2021-11-16", "On 16 November")

  it("Two days later and the next day count from the anchor day", () => {
    expectDate("Two days later the first flight left Minsk.", ctx("2021-11-26", 2021, anchor), "2021-11-18", "2021-11-18", "day", "Two days later")
    expectDate("They urged both governments in a joint statement the next day.", ctx("2021-11-26", 2021, anchor), "2021-11-17", "2021-11-17", "day", "the next day")
  })

  it("without an anchor they are unknown", () =>
    expectDate("The next day the minister went to the camp.", ctx("2022-09-05"), null, null, "unknown", "The next day"))

  it("days from a month anchor are unknown", () =>
    expectDate("A week later I took the bus to Vilnius.", ctx("2024-03-20", 2020, { date_start: "2020-10-01", date_end: "2020-10-31", date_precision: "month", date_text: "in October" }), null, null, "unknown", "A week later"))

  it("the same evening, that day, the day of the ruling", () => {
    expectDate("She told LRT television the same evening that it was allowed.", ctx("2021-08-04", null, day("2021-08-02", "on Monday evening")), "2021-08-02", "2021-08-02", "day", "the same evening")
    expectDate("The minister wrote on Twitter on the day of the ruling.", ctx("2021-11-26", null, day("2021-08-25", "On 25 August")), "2021-08-25", "2021-08-25", "day", "on the day of the ruling")
  })

  it("The day after her return and Two days after the men were found", () => {
    expectDate("The day after her return the Turkish authorities arrested her.", ctx("2025-01-07", 2019, day("2019-05-04", "the same day")), "2019-05-05", "2019-05-05", "day", "The day after her return")
    expectDate("Two days after the men were found, UNHCR said it was distressed.", ctx("2022-11-02", 2022, day("2022-10-14", "on Friday, 14 October")), "2022-10-16", "2022-10-16", "day", "Two days after the men were found")
  })

  it("later that month uses an anchor earlier in the same sentence", () => {
    const found = findDates("On 20 July the Court granted an interim measure, but later that month the group was pushed back.", ctx("2022-09-05"))
    assert.deepStrictEqual(found.map(strip), [
      day("2022-07-20", "On 20 July"),
      { date_start: "2022-07-01", date_end: "2022-07-31", date_precision: "month", date_text: "later that month" }
    ])
  })

  it("since then and since the announcement keep the anchor's start and open the end", () => {
    const since = { date_start: "2021-08-01", date_end: null, date_precision: "month", date_text: "since August 2021" } as const
    expectDate("About 20,100 people have been refused entry since then.", ctx("2023-04-28", 2021, since), "2021-08-01", null, "month", "since then")
    expectDate("More than 53,000 Russians had entered since the announcement.", ctx("2022-09-28", null, day("2022-09-21", "a week ago")), "2022-09-21", null, "day", "since the announcement")
  })

  it("vague words keep their text: later, After the vote", () => {
    expectDate("Both men later made it into Spain.", ctx("2020-02-20"), null, null, "unknown", "later")
    expectDate("After the vote, UNHCR said it remained concerned.", ctx("2023-04-28"), null, null, "unknown", "After the vote")
  })

  it("a since-clause reaches back to its date", () =>
    expectDate(
      "He said 200,000 citizens had entered since mobilisation was announced in Russia on 21 September.",
      ctx("2022-11-02"),
      "2022-09-21",
      null,
      "day",
      "since mobilisation was announced in Russia on 21 September"
    ))
})

describe("mentions and context", () => {
  it("finds every date in order with UTF-16 index and length", () => {
    const sentence = "🙂 On 4 May 2019 police arrested her, and the same day she was taken back."
    const found = findDates(sentence, ctx("2025-01-07"))
    assert.deepStrictEqual(found.map((m) => m.date_text), ["On 4 May 2019", "the same day"])
    for (const m of found) assert.strictEqual(sentence.slice(m.index, m.index + m.length), m.date_text)
    assert.deepStrictEqual(found.map((m) => m.date_start), ["2019-05-04", "2019-05-04"])
  })

  it("advanceContext records the last explicit year and the last day or month", () => {
    const after = advanceContext(ctx("2024-04-18"), "On 8 April 2022 the applicants crossed into Lithuania, and in 2017 others had tried.")
    assert.strictEqual(after.lastYear, 2017)
    assert.strictEqual(after.published, "2024-04-18")
    assert.deepStrictEqual(after.anchor, day("2022-04-08", "On 8 April 2022"))
  })

  it("advanceContext leaves the context alone when a sentence has no date", () => {
    const before = ctx("2024-04-18", 2022, day("2022-04-08", "On 8 April 2022"))
    assert.deepStrictEqual(advanceContext(before, "They were then placed in a centre."), before)
  })

  it("a walk over sentences resolves a yearless day mid-sentence in the narrative year", () => {
    const sentences = [
      "On 8 April 2022 the applicants crossed into Lithuania once more.",
      "They had asked the Court for an interim measure, which the Court granted on 8 April."
    ]
    const second = sentences[1] ?? ""
    const context = advanceContext(ctx("2024-04-18"), sentences[0] ?? "")
    assert.deepStrictEqual(only(second, context), day("2022-04-08", "on 8 April"))
  })
})

describe("references back and periods the codebook leaves open (hand-written sentences)", () => {
  const walk = (published: string | null, sentences: ReadonlyArray<string>): ReadonlyArray<EventDate> => {
    let context = ctx(published)
    const out: Array<EventDate> = []
    for (const s of sentences) {
      out.push(...findDates(s, context).map(strip))
      context = advanceContext(context, s)
    }
    return out
  }

  it("a day 'that year' takes the last year mentioned, not the publication year", () =>
    assert.deepStrictEqual(walk("2025-02-01", ["Arrivals peaked in 2016.", "On 4 March that year the minister spoke."])[1], day("2016-03-04", "On 4 March that year")))

  it("a month 'the following year' and 'the following month' count from what the text last dated", () => {
    const found = walk("2025-02-01", ["The camp opened in 2018.", "It closed in May the following year.", "The following month it reopened."])
    assert.deepStrictEqual(found[1], { date_start: "2019-05-01", date_end: "2019-05-31", date_precision: "month", date_text: "in May the following year" })
    assert.deepStrictEqual(found[2], { date_start: "2019-06-01", date_end: "2019-06-30", date_precision: "month", date_text: "The following month" })
  })

  it("'that day' refers to the last event day, not to a report's publication date nor to a month since", () => {
    const found = walk("2023-12-14", [
      "On 3 July 2023 some 500 people tried to climb the fence.",
      "In a report published on Tuesday, a charity said 40 had died.",
      "Police caught 200 of them that day.",
      "In October, the ombudsman told parliament that 100 had been returned that day.",
      "The minister spoke the following day."
    ])
    assert.deepStrictEqual(found[2], day("2023-07-03", "that day"))
    assert.deepStrictEqual(found[4], day("2023-07-03", "that day"))
    assert.deepStrictEqual(found[5], day("2023-07-04", "the following day"))
  })

  it("a count of days after a month is unknown ('A week later' after 'in October')", () =>
    assert.deepStrictEqual(walk("2024-01-10", ["I was detained on 11 August 2020.", "My colleague was arrested in October.", "A week later I left."])[2], {
      ...unknownDate,
      date_text: "A week later"
    }))

  it("'Late that evening' and 'Later in the day' are the anchor day", () => {
    const found = walk("2022-07-01", ["The flight was due on 14 June 2022.", "Late that evening the court stopped it.", "Later in the day the minister spoke."])
    assert.deepStrictEqual(found[1], day("2022-06-14", "Late that evening"))
    assert.deepStrictEqual(found[2], day("2022-06-14", "Later in the day"))
  })

  it("two months or two years joined by 'and' are one period", () => {
    expectDate("They were held in May and June 2017.", ctx(null), "2017-05-01", "2017-06-30", "month", "in May and June 2017")
    expectDate("Boats were sent back in 2011 and 2012.", ctx(null), "2011-01-01", "2012-12-31", "year", "in 2011 and 2012")
  })

  it("two weekdays are a range of days up to publication", () =>
    expectDate("Hundreds swam to the beach on Saturday and Sunday.", ctx("2021-05-19"), "2021-05-15", "2021-05-16", "day", "on Saturday and Sunday"))

  it("a quarter is its three months, `month` precision (the codebook has no quarter)", () => {
    expectDate("Arrivals fell in the third quarter of 2022.", ctx(null), "2022-07-01", "2022-09-30", "month", "in the third quarter of 2022")
    expectDate("Arrivals fell in Q1 2020.", ctx(null), "2020-01-01", "2020-03-31", "month", "in Q1 2020")
    expectDate("Arrivals fell in the last quarter of last year.", ctx("2024-03-01"), "2023-10-01", "2023-12-31", "month", "in the last quarter of last year")
  })

  it("a decade is its ten years, `year` precision (the codebook has no decade)", () =>
    expectDate("The fence was built in the 1990s.", ctx(null), "1990-01-01", "1999-12-31", "year", "in the 1990s"))

  it("'at the end of 2020' is the year; 'the first days of March 2020' the month; 'the end of last month' that month", () => {
    expectDate("At the end of 2020 the camp closed.", ctx(null), "2020-01-01", "2020-12-31", "year", "At the end of 2020")
    expectDate("In the first days of March 2020 thousands gathered.", ctx(null), "2020-03-01", "2020-03-31", "month", "In the first days of March 2020")
    expectDate("At the end of last month 4,000 were held.", ctx("2022-11-02"), "2022-10-01", "2022-10-31", "month", "At the end of last month")
  })

  it("'this year' and 'last year' resolve against publication", () => {
    expectDate("This year more than 40,000 crossed.", ctx("2022-11-02"), "2022-01-01", "2022-12-31", "year", "This year")
    expectDate("Fewer crossed last year.", ctx("2022-11-02"), "2021-01-01", "2021-12-31", "year", "last year")
  })

  it("'in the days before the fire' is unknown", () =>
    expectDate("They crossed the river in the days before the fire.", ctx("2023-09-01"), null, null, "unknown", "in the days before the fire"))
})
