// Date normaliser: takes a sentence and its date context, produces every date expression in it as a
// period (`date_start`, `date_end`, `date_precision`, `date_text`), following the codebook's "Dates:" rules.
import * as chrono from "chrono-node"
import {
  datePrepositions,
  dayParts,
  monthNames,
  numberWords,
  occurrenceNouns,
  ordinalWords,
  seasons,
  weekdayNames
} from "../gazetteers/date-words.ts"
import { escapeRegExp } from "../regex-source.ts"

/** Codebook, "Columns of every event": `date_precision`. */
export type DatePrecision = "day" | "week" | "month" | "season" | "half" | "year" | "unknown"

/** Codebook, "Columns of every event": the four date columns. */
export interface EventDate {
  readonly date_start: string | null
  readonly date_end: string | null
  readonly date_precision: DatePrecision
  readonly date_text: string | null
}

export interface DateContext {
  /** source publication date YYYY-MM-DD, null when unknown */
  readonly published: string | null
  /** last explicit year mentioned in the text before this sentence */
  readonly lastYear: number | null
  /** last resolved day/month date before this sentence ("two days later", "later that month") */
  readonly anchor: EventDate | null
  /**
   * last resolved event day before this sentence, kept when a later month-only date takes the anchor: "that
   * day" names a day, so it refers back to the last day the text told of, not to "In October".
   */
  readonly lastDay?: EventDate | null
}

/** A date expression found in a sentence; `index`/`length` are UTF-16 positions of `date_text` in it. */
export interface DateMention extends EventDate {
  readonly index: number
  readonly length: number
}

export const unknownDate: EventDate = { date_start: null, date_end: null, date_precision: "unknown", date_text: null }

// ---------------------------------------------------------------------------------------------------------
// UTC calendar arithmetic on ISO dates

interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
const toUtc = (date: string): Date => new Date(`${date}T00:00:00Z`)
const fromUtc = (t: Date): string => iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
const parseIso = (date: string): Ymd => {
  const t = toUtc(date)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}
const addDays = (date: string, days: number): string => {
  const t = toUtc(date)
  t.setUTCDate(t.getUTCDate() + days)
  return fromUtc(t)
}
const lastDayOf = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()
const weekdayOf = (date: string): number => toUtc(date).getUTCDay()
/** Month `m` shifted by `n` months, as [year, month]. */
const shiftMonth = (y: number, m: number, n: number): readonly [number, number] => {
  const k = y * 12 + (m - 1) + n
  return [Math.floor(k / 12), (k % 12) + 1]
}
const validDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= lastDayOf(y, m)

// ---------------------------------------------------------------------------------------------------------
// Periods

interface Period {
  readonly start: string | null
  readonly end: string | null
  readonly precision: DatePrecision
}

const unknownPeriod: Period = { start: null, end: null, precision: "unknown" }
const dayPeriod = (date: string): Period => ({ start: date, end: date, precision: "day" })
const monthPeriod = (y: number, m: number): Period => ({
  start: iso(y, m, 1),
  end: iso(y, m, lastDayOf(y, m)),
  precision: "month"
})
const yearPeriod = (y: number): Period => ({ start: iso(y, 1, 1), end: iso(y, 12, 31), precision: "year" })
const seasonPeriod = (y: number, firstMonth: number): Period => {
  const [ey, em] = shiftMonth(y, firstMonth, 2)
  return { start: iso(y, firstMonth, 1), end: iso(ey, em, lastDayOf(ey, em)), precision: "season" }
}
const halfPeriod = (y: number, half: 1 | 2): Period =>
  half === 1
    ? { start: iso(y, 1, 1), end: iso(y, 6, 30), precision: "half" }
    : { start: iso(y, 7, 1), end: iso(y, 12, 31), precision: "half" }
/** The Monday–Sunday week containing `date`. */
const weekPeriod = (date: string): Period => {
  const monday = addDays(date, -((weekdayOf(date) + 6) % 7))
  return { start: monday, end: addDays(monday, 6), precision: "week" }
}
const openEnded = (p: Period): Period => (p.precision === "unknown" ? p : { ...p, end: null })

const precisionRank: Record<DatePrecision, number> = {
  day: 0, week: 1, month: 2, season: 3, half: 4, year: 5, unknown: 6
}

// ---------------------------------------------------------------------------------------------------------
// Year inference for dates written without one ("On 2 March", "in January")

const yearOf = (date: string | null): number | null => (date === null ? null : parseIso(date).y)

/** The context while resolving one mention; `fromPublication`: see `inferYear`. */
interface Frame extends DateContext {
  readonly fromPublication: boolean
}

/** The publication year, or the year before when the day would fall after publication. */
const publicationYear = (published: string, m: number, d: number | null): number => {
  const py = parseIso(published).y
  return iso(py, m, d ?? 1) > published ? py - 1 : py
}

/**
 * A day or month without a year. A sentence that opens with it ("On 2 March the court …") sets a
 * new scene, and "since August" counts up to the present: both are dated from publication (the
 * publication year, or the year before when the date would fall after publication). Inside a sentence
 * a date continues the narrative: the year of the last resolved date. Failing both, the last year the
 * text mentioned.
 */
const inferYear = (ctx: Frame, m: number, d: number | null): number | null => {
  const anchorYear = ctx.anchor === null ? null : yearOf(ctx.anchor.date_end ?? ctx.anchor.date_start)
  const fromPublication = ctx.published === null ? null : publicationYear(ctx.published, m, d)
  return (ctx.fromPublication ? fromPublication ?? anchorYear : anchorYear ?? fromPublication) ?? ctx.lastYear
}

/** "That summer", "That August" refer back to the last year the text mentioned. */
const referredYear = (ctx: Frame, m: number): number | null =>
  ctx.lastYear ?? inferYear(ctx, m, null)

/** "that year" / "the same year" (0), "the following year" (+1), "the previous year" (-1) after a day or month. */
type ReferredYear = -1 | 0 | 1

/** The year "that year" names: the last year the text mentioned, else the year of the last anchor; never publication. */
const yearReferredTo = (ctx: Frame, shift: ReferredYear): number | null => {
  const y = ctx.lastYear ?? yearOf(ctx.anchor?.date_end ?? ctx.anchor?.date_start ?? null)
  return y === null ? null : y + shift
}

const referredShift = (words: string | undefined): ReferredYear | null => {
  if (words === undefined) return null
  const w = words.toLowerCase()
  return /following|next/.test(w) ? 1 : /previous|preceding/.test(w) ? -1 : 0
}

// ---------------------------------------------------------------------------------------------------------
// Pattern building blocks. JS has no inline case flag, so function words accept a capital first letter
// (sentence start) while month and weekday names must be capitalised.

const cap = (word: string): string => {
  const first = word.charAt(0)
  return first.toLowerCase() === first.toUpperCase()
    ? escapeRegExp(word)
    : `[${first.toUpperCase()}${first.toLowerCase()}]${escapeRegExp(word.slice(1))}`
}
const alt = (words: ReadonlyArray<string>, f: (w: string) => string = escapeRegExp): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length).map(f).join("|")})`

const MONTH = `${alt(monthNames.map(([n]) => n))}(?![A-Za-z])`
const WEEKDAY = `${alt(weekdayNames.map(([n]) => n))}(?![A-Za-z])`
const DAY = `\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])`
const YEAR = `(?<![\\d/.,])(?:1[89]|20)\\d{2}(?![\\d/]|,\\d|s(?![A-Za-z]))`
const NUM = `(?:\\d{1,2}|${alt(numberWords.map(([n]) => n), cap)})`
const DAY_PART = alt(dayParts)
const NOUN = `${alt(occurrenceNouns)}(?![A-Za-z])`
const SEASON = alt(seasons.map(([n]) => n))
const DETERMINER = alt(["the", "his", "her", "their", "its", "our", "my"], cap)
/** A short noun phrase or passive clause that an occurrence is named by: "his arrest", "the boat was found". */
const OCCURRENCE_PHRASE = `${DETERMINER} [A-Za-z’']+(?: (?:was|were|had been|has been) [a-z]+)?`
const MONTH_MODIFIER = `(?:${alt(["early", "mid", "late"], cap)}[- ]|(?:${cap("the")} )?${alt(["beginning", "start", "middle", "end"])} of |${cap("the")} (?:first|last|final|closing) (?:few )?(?:days|weeks) of )`
const RELATIVE_YEAR = `(?:this|last|next) year`
/** A year named by reference after a day or month: "On 2 May that year", "in May the following year". */
const REFERRED_YEAR = `(?:of )?(?:that|the same|the following|the next|the previous|the preceding) year`
/** A calendar point that may end a range: day-month(-year), month-day(-year), month(-year), year. */
const POINT = `(?:${DAY} (?:of )?${MONTH}(?:,? ${YEAR}| ${RELATIVE_YEAR})?|${MONTH} ${DAY}(?:,? ${YEAR})?|${MONTH_MODIFIER}?${MONTH}(?:,? ${YEAR}| ${RELATIVE_YEAR})?|${YEAR})`

const lookup = (table: ReadonlyArray<readonly [string, number]>, word: string): number | null => {
  const w = word.toLowerCase()
  const hit = table.find(([name]) => name.toLowerCase() === w)
  return hit === undefined ? null : hit[1]
}
const countOf = (word: string): number => {
  const n = Number(word)
  return Number.isInteger(n) ? n : (lookup(numberWords, word) ?? 1)
}

// ---------------------------------------------------------------------------------------------------------
// Calendar points, partly written ("6" in "between 6 and 10 August", "August" in "between March and October 2019")

interface Point {
  readonly y: number | null
  readonly relYear: number | null // years from publication: "May this year" = 0, "May last year" = -1
  readonly m: number | null
  readonly d: number | null
}

const MONTH_RE = new RegExp(MONTH)
const YEAR_RE = new RegExp(YEAR)
const YEARS_RE = new RegExp(YEAR, "g")

const monthIn = (text: string): number | null => {
  const hit = MONTH_RE.exec(text)
  return hit === null ? null : lookup(monthNames, hit[0])
}
const yearIn = (text: string): number | null => {
  const hit = YEAR_RE.exec(text)
  return hit === null ? null : Number(hit[0])
}

const parsePoint = (text: string): Point => {
  const m = monthIn(text)
  const withoutYear = text.replace(YEARS_RE, "")
  const dayHit = /(?<![\d])(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(withoutYear)
  const rel = /\b(this|last|next) year/.exec(text)
  return {
    y: yearIn(text),
    relYear: rel === null ? null : rel[1] === "this" ? 0 : rel[1] === "last" ? -1 : 1,
    m,
    d: dayHit === null || dayHit[1] === undefined ? null : Number(dayHit[1])
  }
}

const pointYear = (p: Point, ctx: Frame): number | null => {
  if (p.y !== null) return p.y
  if (p.relYear !== null) return ctx.published === null ? null : parseIso(ctx.published).y + p.relYear
  return p.m === null ? null : inferYear(ctx, p.m, p.d)
}

const pointPeriod = (p: Point, y: number | null): Period => {
  if (y === null) return unknownPeriod
  if (p.m === null) return yearPeriod(y)
  if (p.d === null) return monthPeriod(y, p.m)
  return validDay(y, p.m, p.d) ? dayPeriod(iso(y, p.m, p.d)) : unknownPeriod
}

/** "between March and October 2019": the first point borrows what it leaves out from the second. */
const rangePeriod = (first: Point, second: Point, ctx: Frame): Period => {
  const endYear = pointYear(second, ctx)
  const end = pointPeriod(second, endYear)
  const borrowsYear = first.y === null && first.relYear === null
  const filled: Point = {
    ...first,
    m: first.m ?? second.m,
    y: borrowsYear ? endYear : first.y,
    relYear: borrowsYear ? null : first.relYear
  }
  const startOnce = pointPeriod(filled, pointYear(filled, ctx))
  // "between November and February 2019": the start lies in the year before
  const start =
    borrowsYear && filled.y !== null && startOnce.start !== null && end.start !== null && startOnce.start > end.start
      ? pointPeriod(filled, filled.y - 1)
      : startOnce
  if (start.start === null || end.end === null) return unknownPeriod
  return {
    start: start.start,
    end: end.end,
    precision: precisionRank[start.precision] <= precisionRank[end.precision] ? start.precision : end.precision
  }
}

// ---------------------------------------------------------------------------------------------------------
// Candidates: a span of the sentence and how to resolve it against the running context

interface Candidate {
  readonly index: number
  readonly length: number
  readonly resolve: (ctx: Frame) => Period
  /** the year written in the span, which becomes the context's `lastYear` */
  readonly explicitYear: number | null
  /** the span already carries its own preposition or must not take one ("today’s") */
  readonly closed: boolean
  /** a single calendar date, which "since"/"from" open and "before"/"after" make vague */
  readonly point: boolean
  /** a bare year or month is a date only after a preposition ("in 2016", "since May"), not in "the 2019 vote" */
  readonly needsCue: boolean
  /** false for a phrase that refers back to a dated occurrence ("since the March judgment") */
  readonly setsAnchor: boolean
}

type Rule = (sentence: string) => ReadonlyArray<Candidate>

/** Every match of a global regex in `text`, as `matchAll` gives them, without cloning the regex per call. */
const matchesOf = (re: RegExp, text: string): Array<RegExpExecArray> => {
  const out: Array<RegExpExecArray> = []
  re.lastIndex = 0
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    if (match[0] === "") re.lastIndex++
    out.push(match)
  }
  return out
}

const regexRule = (
  pattern: string,
  make: (match: RegExpExecArray) => (Omit<Candidate, "index" | "length" | "setsAnchor"> & { readonly setsAnchor?: boolean }) | null
): Rule => {
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${pattern})`, "g")
  return (sentence) => {
    const out: Array<Candidate> = []
    for (const match of matchesOf(re, sentence)) {
      const made = make(match)
      if (made !== null) out.push({ setsAnchor: true, ...made, index: match.index, length: match[0].length })
    }
    return out
  }
}

interface Gate {
  readonly test: (s: string) => boolean
}

/** `rule`, run only when `gate` finds in the sentence something every match of the rule contains. */
const gated =
  (gate: Gate, rule: Rule): Rule =>
  (sentence) =>
    gate.test(sentence) ? rule(sentence) : none

const none: ReadonlyArray<Candidate> = []

/** The candidates of every rule, in rule order (`rules.flatMap`, without an array per rule when most are empty). */
const allOf = (list: ReadonlyArray<Rule>, sentence: string): ReadonlyArray<Candidate> => {
  let out: Array<Candidate> | null = null
  for (const rule of list) {
    const found = rule(sentence)
    if (found.length > 0) (out ??= []).push(...found)
  }
  return out ?? none
}

/** A gate that holds when the sentence contains one of `parts` (one regex: V8 searches literals fast). */
const containing = (...parts: ReadonlyArray<string>): Gate => new RegExp(parts.map(escapeRegExp).join("|"))

/** `re.test`, remembered for the last sentence: several gates ask the same of each sentence. */
const remembered = (re: RegExp): Gate => {
  let last: string | null = null
  let answer = false
  return {
    test: (s) => {
      if (s !== last) {
        answer = re.test(s)
        last = s
      }
      return answer
    }
  }
}

const fixed = (resolve: (ctx: Frame) => Period, explicitYear: number | null = null) => ({
  resolve,
  explicitYear,
  closed: false,
  point: true,
  needsCue: false
})

const needPublished = (ctx: Frame, f: (published: string) => Period): Period =>
  ctx.published === null ? unknownPeriod : f(ctx.published)

/**
 * Anchor day shifted by `days`; a day count from a month or year is not a day. A phrase that names a day
 * ("that day", "the following day": `named`) refers back to the last day the text told of even when a month
 * came since; a count ("a week later") counts from the last occurrence, so after a month it is unknown.
 */
const fromAnchorDay = (ctx: Frame, days: number, named = true): Period => {
  const day =
    ctx.anchor !== null && ctx.anchor.date_precision === "day"
      ? ctx.anchor.date_start
      : ctx.anchor === null || named
        ? (ctx.lastDay?.date_start ?? null)
        : null
  return day === null ? unknownPeriod : dayPeriod(addDays(day, days))
}

const anchorPeriod = (ctx: Frame): Period =>
  ctx.anchor === null
    ? unknownPeriod
    : { start: ctx.anchor.date_start, end: ctx.anchor.date_end, precision: ctx.anchor.date_precision }

const anchorMonth = (ctx: Frame): Period => {
  const date = ctx.anchor?.date_end ?? ctx.anchor?.date_start ?? null
  if (date === null || ctx.anchor === null || precisionRank[ctx.anchor.date_precision] > precisionRank.month) {
    return unknownPeriod
  }
  const { y, m } = parseIso(date)
  return monthPeriod(y, m)
}

/** Ranges: "between 6 and 10 August", "March 2019 to May 2020", "from June 2018 until May this year". */
const rangeRule: Rule = regexRule(
  `(${cap("between")} |${cap("from")} )?(${POINT}|\\d{1,2}(?:st|nd|rd|th)?) ?(and|to|until|till|through|–|-) ?(${POINT})`,
  (match) => {
    const [, opener = "", firstText = "", connector = "", secondText = ""] = match
    const first = parsePoint(firstText)
    const second = parsePoint(secondText)
    const lead = opener.trim().toLowerCase()
    const dash = connector === "–" || connector === "-"
    // a bare number opens a range only of days: "6 and 10 August", "2 to 3 May"
    const bareDay = first.m === null && first.y === null
    const bareYears = first.m === null && second.m === null && first.y !== null && second.y !== null
    const months = first.d === null && second.d === null && first.m !== null && second.m !== null
    // "in May and June 2017", "in 2011 and 2012", "on 2 and 3 May": two neighbours read as one period
    const pair = lead === "" && (months || bareYears || bareDay)
    const fits =
      lead === "between"
        ? connector === "and" || dash
        : connector === "and"
          ? pair
          : lead === "from" || dash || bareDay || (first.m !== null && second.m !== null)
    if (!fits || (bareDay && (second.d === null || second.m === null))) return null
    if (first.y !== null && first.m === null && second.m !== null) return null
    return {
      resolve: (ctx) => rangePeriod(first, second, ctx),
      explicitYear: second.y ?? first.y,
      closed: lead !== "",
      point: false,
      needsCue: false
    }
  }
)

/**
 * A calendar day; without a written year the year is inferred, and a weekday written beside it
 * ("Friday, 2 March") picks the nearest year in which that day is that weekday.
 */
const dayCandidate = (
  index: number,
  length: number,
  m: number,
  d: number,
  written: number | null,
  weekday: number | null,
  referred: ReferredYear | null = null
): Candidate => ({
  index,
  length,
  resolve: (ctx) => {
    const guess = written ?? (referred === null ? inferYear(ctx, m, d) : yearReferredTo(ctx, referred))
    if (referred !== null && written === null) return guess === null || !validDay(guess, m, d) ? unknownPeriod : dayPeriod(iso(guess, m, d))
    if (guess === null) return unknownPeriod
    const fits = (y: number): boolean =>
      validDay(y, m, d) && (written !== null || weekday === null || weekdayOf(iso(y, m, d)) === weekday)
    const y = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6].map((k) => guess + k).find(fits)
    return y === undefined ? unknownPeriod : dayPeriod(iso(y, m, d))
  },
  explicitYear: written,
  closed: false,
  point: true,
  needsCue: false,
  setsAnchor: true
})

/** Explicit calendar days, read by chrono: "2 March 2018", "June 27, 2022", "Sunday, 4 March", "Sept. 3". */
const chronoDayRule: Rule = (sentence) =>
  chrono.strict.parse(sentence).flatMap((result): ReadonlyArray<Candidate> => {
    const certain = (unit: "day" | "month" | "year" | "weekday"): number | null =>
      result.start.isCertain(unit) ? (result.start.get(unit) ?? null) : null
    const m = certain("month")
    const d = certain("day")
    const written = certain("year")
    // numeric dates like "12345/19" are application numbers in this domain, and a two-digit "year" is
    // usually the next number ("on 2 May, 14 of the 30 …"): both are left to dayRule
    if (m === null || d === null || !MONTH_RE.test(result.text)) return []
    if (written !== null && !YEAR_RE.test(result.text)) return []
    // "09.30 on Friday, 2 March": the day without the clock time is left to dayRule
    if (result.start.isCertain("hour")) return []
    const lead = /^on\s+/i.exec(result.text)
    const skip = lead === null ? 0 : lead[0].length
    return [dayCandidate(result.index + skip, result.text.trimEnd().length - skip, m, d, written, certain("weekday"))]
  })

/**
 * The same days by pattern, for what chrono leaves out or misreads, with a part of the day before them
 * ("the morning of Friday, 2 March 2018") and a year named by reference after them ("2 May that year").
 */
const DAY_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:${cap("the")} ${DAY_PART} of )?(?:(${WEEKDAY}),? )?(?:(${DAY}) (?:of )?(${MONTH})|(${MONTH}) (${DAY}))(?:,? (${YEAR})| (${REFERRED_YEAR}))?`,
  "g"
)
const dayRule: Rule = (sentence) =>
  matchesOf(DAY_RE, sentence).flatMap((match): ReadonlyArray<Candidate> => {
    const [text, weekdayText, d1, m1, m2, d2, yearText, referredText] = match
    const m = lookup(monthNames, m1 ?? m2 ?? "")
    const d = Number.parseInt(d1 ?? d2 ?? "", 10)
    if (m === null || Number.isNaN(d)) return []
    const weekday = weekdayText === undefined ? null : lookup(weekdayNames, weekdayText)
    const written = yearText === undefined ? null : Number(yearText)
    return [dayCandidate(match.index, text.length, m, d, written, weekday, referredShift(referredText))]
  })

/** "May 2021", "in January", "mid-April", "May this year", "That August", "last May". */
const monthRule: Rule = regexRule(
  `(${cap("that")} |${alt(["last", "this", "next"], cap)} )?(${MONTH_MODIFIER})?(${MONTH})(?:(,? ${YEAR})| (${RELATIVE_YEAR})| (${REFERRED_YEAR}))?`,
  (match) => {
    const [, demonstrative, modifier, name = "", yearText, relText, referredText] = match
    const m = lookup(monthNames, name)
    if (m === null) return null
    const written = yearText === undefined ? null : yearIn(yearText)
    const word = demonstrative?.trim().toLowerCase()
    const referred = referredShift(referredText)
    const resolve = (ctx: Frame): Period => {
      if (written !== null) return monthPeriod(written, m)
      if (referred !== null) {
        const y = yearReferredTo(ctx, referred)
        return y === null ? unknownPeriod : monthPeriod(y, m)
      }
      if (relText !== undefined) {
        const shift = relText.startsWith("last") ? -1 : relText.startsWith("next") ? 1 : 0
        return needPublished(ctx, (published) => monthPeriod(parseIso(published).y + shift, m))
      }
      if (word === "that") {
        const y = referredYear(ctx, m)
        return y === null ? unknownPeriod : monthPeriod(y, m)
      }
      if (word === "last" || word === "this" || word === "next") {
        return needPublished(ctx, (published) => {
          const p = parseIso(published)
          const y = word === "this" ? p.y : word === "last" ? (m < p.m ? p.y : p.y - 1) : m > p.m ? p.y : p.y + 1
          return monthPeriod(y, m)
        })
      }
      const y = inferYear(ctx, m, null)
      return y === null ? unknownPeriod : monthPeriod(y, m)
    }
    const bare = written === null && relText === undefined && referredText === undefined && demonstrative === undefined && modifier === undefined
    return { resolve, explicitYear: written, closed: demonstrative !== undefined, point: true, needsCue: bare }
  }
)

/** "in 2016", "in the whole of 2018", "early 2022". */
const yearRule: Rule = regexRule(
  `((?:${cap("the")} whole of |${MONTH_MODIFIER})?)(${YEAR})`,
  (match) => {
    const [, modifier = "", yearText = ""] = match
    const y = Number(yearText)
    return { resolve: () => yearPeriod(y), explicitYear: y, closed: false, point: true, needsCue: modifier === "" }
  }
)

/** "That summer", "in the spring of 2018", "summer 2021", "last winter". */
const seasonRule: Rule = regexRule(
  `(?:(${alt(["that", "this", "last"], cap)}) |(?:${cap("the")} ))?(${SEASON})(?:(?: of)? (${YEAR}))?`,
  (match) => {
    const [, demonstrative, name = "", yearText] = match
    const first = lookup(seasons, name)
    if (first === null) return null
    const written = yearText === undefined ? null : Number(yearText)
    const word = demonstrative?.toLowerCase()
    // "fall" is a season only when dated or pointed at
    if (name === "fall" && written === null && word === undefined) return null
    const resolve = (ctx: Frame): Period => {
      if (written !== null) return seasonPeriod(written, first)
      if (word === "that") {
        const y = referredYear(ctx, first)
        return y === null ? unknownPeriod : seasonPeriod(y, first)
      }
      if (word === "this" || word === "last") {
        return needPublished(ctx, (published) => {
          const p = parseIso(published)
          const thisStart = p.m >= first || first === 12 ? p.y : p.y - 1
          return seasonPeriod(word === "this" ? thisStart : thisStart - 1, first)
        })
      }
      const y = inferYear(ctx, first, null)
      return y === null ? unknownPeriod : seasonPeriod(y, first)
    }
    return { resolve, explicitYear: written, closed: word !== undefined, point: true, needsCue: written === null && word === undefined }
  }
)

/** "the second half of 2021", "the first half of this year". */
const halfRule: Rule = regexRule(
  `(?:${cap("the")} )?(first|second) half of (?:(${YEAR})|(this|last) year|the year)`,
  (match) => {
    const [, which, yearText, rel] = match
    const half = which === "first" ? 1 : 2
    const written = yearText === undefined ? null : Number(yearText)
    const resolve = (ctx: Frame): Period => {
      if (written !== null) return halfPeriod(written, half)
      if (rel !== undefined) {
        return needPublished(ctx, (p) => halfPeriod(parseIso(p).y - (rel === "last" ? 1 : 0), half))
      }
      const y = ctx.lastYear ?? yearOf(ctx.published)
      return y === null ? unknownPeriod : halfPeriod(y, half)
    }
    return { ...fixed(resolve, written) }
  }
)

/**
 * "the first quarter of 2022", "Q3 2021", "the last quarter of last year": three calendar months. The codebook
 * has no quarter precision; a quarter is read as the range of its months ("January to March 2022"), `month`.
 */
const quarterRule: Rule = regexRule(
  `(?:(?:${cap("the")} )?(first|second|third|fourth|last|final) quarter of (?:(${YEAR})|(this|last) year|the year)|Q([1-4]) (${YEAR}))`,
  (match) => {
    const [, ordinal, yearText, rel, qNumber, qYear] = match
    const q = qNumber !== undefined ? Number(qNumber) : ({ first: 1, second: 2, third: 3 } as Record<string, number>)[ordinal ?? ""] ?? 4
    const written = yearText !== undefined ? Number(yearText) : qYear !== undefined ? Number(qYear) : null
    const resolve = (ctx: Frame): Period => {
      const y =
        written ??
        (rel !== undefined ? (ctx.published === null ? null : parseIso(ctx.published).y - (rel === "last" ? 1 : 0)) : (ctx.lastYear ?? yearOf(ctx.published)))
      return y === null ? unknownPeriod : { start: iso(y, 3 * q - 2, 1), end: iso(y, 3 * q, lastDayOf(y, 3 * q)), precision: "month" }
    }
    return { ...fixed(resolve, written) }
  }
)

/**
 * "in the 1990s", "the early 2000s": the codebook has no decade precision; a decade is read as the range of
 * its years, `year` with different ends (as a range of days is `day`). "early"/"late" keep the whole decade.
 */
const decadeRule: Rule = regexRule(
  `(?:${cap("the")} )?(?:(?:early|mid|late)[- ])?((?:1[89]|20)\\d)0s(?![A-Za-z])`,
  (match) => {
    const first = Number(`${match[1] ?? ""}0`)
    return { ...fixed(() => ({ start: iso(first, 1, 1), end: iso(first + 9, 12, 31), precision: "year" })), point: false }
  }
)

/** "today", "today’s", "yesterday": the publication day. */
const todayRule: Rule = regexRule(`(${cap("today")}(?:['’]s)?|${cap("yesterday")}(?:['’]s)?)(?![A-Za-z])`, (match) => {
  const back = (match[1] ?? "").toLowerCase().startsWith("yesterday") ? -1 : 0
  return {
    resolve: (ctx) => needPublished(ctx, (p) => dayPeriod(addDays(p, back))),
    explicitYear: null,
    closed: true,
    point: false,
    needsCue: false
  }
})

/** "last week", "earlier this month", "this year", "last month", "the end of last month" (that month). */
const relativePeriodRule: Rule = regexRule(
  `(?:${alt(["earlier", "later"], cap)} |(?:${cap("the")} )?${alt(["beginning", "start", "middle", "end"])} of |${alt(["early", "late"], cap)} )?(${alt(["this", "last", "next"], cap)}) (week|month|year)(?![A-Za-z])`,
  (match) => {
    const [, which = "", unit] = match
    const shift = which.toLowerCase() === "last" ? -1 : which.toLowerCase() === "next" ? 1 : 0
    const resolve = (ctx: Frame): Period =>
      needPublished(ctx, (published) => {
        const p = parseIso(published)
        if (unit === "week") return weekPeriod(addDays(published, 7 * shift))
        if (unit === "month") {
          const [y, m] = shiftMonth(p.y, p.m, shift)
          return monthPeriod(y, m)
        }
        return yearPeriod(p.y + shift)
      })
    return { resolve, explicitYear: null, closed: false, point: true, needsCue: false }
  }
)

/** "on Saturday and Sunday", "from Friday to Sunday": the days from the first to the second, up to publication. */
const weekdayPairRule: Rule = regexRule(`(${WEEKDAY}) (?:and|to|through|until) (${WEEKDAY})`, (match) => {
  const first = lookup(weekdayNames, match[1] ?? "")
  const second = lookup(weekdayNames, match[2] ?? "")
  if (first === null || second === null) return null
  const resolve = (ctx: Frame): Period =>
    needPublished(ctx, (published) => {
      const end = addDays(published, -((weekdayOf(published) - second + 7) % 7))
      return { start: addDays(end, -((second - first + 7) % 7)), end, precision: "day" }
    })
  return { resolve, explicitYear: null, closed: false, point: false, needsCue: false }
})

/** "on Monday" (the last Monday up to publication), "last Tuesday" (in the week before), "on Tuesday morning". */
const weekdayRule: Rule = regexRule(
  `(?:(${alt(["last", "this", "next", "past"], cap)}) )?(${WEEKDAY})(?:['’]s)?(?: (${DAY_PART}))?`,
  (match) => {
    const [, which, name = ""] = match
    const wd = lookup(weekdayNames, name)
    if (wd === null) return null
    const word = which?.toLowerCase()
    const resolve = (ctx: Frame): Period =>
      needPublished(ctx, (published) => {
        if (word === "next") return dayPeriod(addDays(published, (wd - weekdayOf(published) + 7) % 7 || 7))
        // "last Thursday" is that day of the week before publication, as "last week" is that week
        if (word === "last") return dayPeriod(addDays(weekPeriod(addDays(published, -7)).start ?? published, (wd + 6) % 7))
        return dayPeriod(addDays(published, -((weekdayOf(published) - wd + 7) % 7)))
      })
    return { resolve, explicitYear: null, closed: word !== undefined, point: true, needsCue: false }
  }
)

/** "a week ago", "three days ago", "two months ago", "A year ago today". */
const agoRule: Rule = regexRule(`(${NUM}) (day|week|month|year)s? ago( today)?`, (match) => {
  const [, countText = "", unit, today] = match
  const n = countOf(countText)
  const resolve = (ctx: Frame): Period =>
    needPublished(ctx, (published) => {
      const p = parseIso(published)
      if (today !== undefined && unit === "year") {
        return dayPeriod(iso(p.y - n, p.m, Math.min(p.d, lastDayOf(p.y - n, p.m))))
      }
      if (unit === "day") return dayPeriod(addDays(published, -n))
      if (unit === "week") return dayPeriod(addDays(published, -7 * n))
      if (unit === "month") {
        const [y, m] = shiftMonth(p.y, p.m, -n)
        return monthPeriod(y, m)
      }
      return yearPeriod(p.y - n)
    })
  return { resolve, explicitYear: null, closed: true, point: false, needsCue: false }
})

/**
 * Days counted from the last resolved day: "the next day", "Two days later", "that day", "the same
 * evening", "The day after his arrest", "Two days after the boat was found", "on the day of the ruling".
 */
const anchorDayRules: ReadonlyArray<Rule> = [
    // each behind words every match of it contains; all of them behind any of the words (see anchorDayRule)
    gated(
      containing("he next ", "he following "),
      regexRule(`${cap("the")} (?:next|following) (?:day|morning|evening|night)`, () => ({ ...fixed((c) => fromAnchorDay(c, 1)), closed: true }))
    ),
    gated(
      containing("he previous day", "he preceding day", "he day before"),
      regexRule(`${cap("the")} (?:previous|preceding) day|${cap("the")} day before`, () => ({ ...fixed((c) => fromAnchorDay(c, -1)), closed: true }))
    ),
    gated(
      containing(...["day", ...dayParts].flatMap((part) => [`hat ${part}`, `same ${part}`])),
      regexRule(`(?:${alt(["late", "early", "later", "earlier"], cap)} )?(?:${cap("that")}|${cap("the")} same) (?:day|${DAY_PART})`, () => ({
        ...fixed((c) => fromAnchorDay(c, 0)),
        closed: false
      }))
    ),
    gated(
      containing(" in the day"),
      regexRule(`${alt(["later", "earlier"], cap)} in the day`, () => ({ ...fixed((c) => fromAnchorDay(c, 0)), closed: true }))
    ),
    gated(
      containing("n the day of "),
      regexRule(`${cap("on")} the day of (?:the|its|his|her|their) [a-z]+`, () => ({ ...fixed((c) => fromAnchorDay(c, 0)), closed: true }))
    ),
    gated(
      containing("he day after"),
      regexRule(`${cap("the")} day after(?: ${OCCURRENCE_PHRASE})?`, () => ({ ...fixed((c) => fromAnchorDay(c, 1)), closed: true }))
    ),
    gated(
      containing(" day ", " days ", " week ", " weeks "),
      regexRule(`(${NUM}) (day|week)s? (later|earlier|after(?: ${OCCURRENCE_PHRASE})?|before(?: ${OCCURRENCE_PHRASE})?)`, (match) => {
        const [, countText = "", unit, direction = ""] = match
        const n = countOf(countText) * (unit === "week" ? 7 : 1)
        const sign = direction === "later" || direction.startsWith("after") ? 1 : -1
        return { ...fixed((c) => fromAnchorDay(c, sign * n, false)), closed: true }
      })
    )
]
const ANCHOR_DAY_WORDS = containing(
  "he next ", "he following ", "he previous day", "he preceding day", "he day before",
  ...["day", ...dayParts].flatMap((part) => [`hat ${part}`, `same ${part}`]),
  " in the day", "n the day of ", "he day after", " day ", " days ", " week ", " weeks "
)
const anchorDayRule: Rule = (sentence) =>
  ANCHOR_DAY_WORDS.test(sentence) ? allOf(anchorDayRules, sentence) : none

/** "later that month", "the same month", "that year", "later that year"; "the following month", "the previous year". */
const anchorPeriodRule: Rule = regexRule(
  `(?:${alt(["earlier", "later"], cap)} )?(?:(${cap("that")}|${cap("the")} same)|${cap("the")} (following|next|previous|preceding)) (month|year)`,
  (match) => {
    const [, , step, unit] = match
    const shift: ReferredYear = step === undefined ? 0 : step === "following" || step === "next" ? 1 : -1
    const resolve = (ctx: Frame): Period => {
      if (unit === "year") {
        const y = yearReferredTo(ctx, shift)
        return y === null ? unknownPeriod : yearPeriod(y)
      }
      const base = anchorMonth(ctx)
      if (shift === 0 || base.start === null) return base
      const { y, m } = parseIso(base.start)
      const [ny, nm] = shiftMonth(y, m, shift)
      return monthPeriod(ny, nm)
    }
    return { ...fixed(resolve), closed: true }
  }
)

/** "since the March judgment": that month, the last one before publication. */
const sinceNamedMonthRule: Rule = regexRule(`${cap("since")} the (${MONTH}) ${NOUN}`, (match) => {
  const m = lookup(monthNames, match[1] ?? "")
  return m === null
    ? null
    : {
        ...fixed((ctx) => {
          const y = ctx.published === null ? ctx.lastYear : publicationYear(ctx.published, m, null)
          return y === null ? unknownPeriod : openEnded(monthPeriod(y, m))
        }),
        closed: true,
        setsAnchor: false
      }
})

/** "since the start of the year", "the end of last year": the year of publication. */
const yearOfPublicationRule: Rule = regexRule(
  `${cap("the")} (?:start|beginning|middle|end) of (the|this|last) year`,
  (match) => ({ ...fixed((ctx) => needPublished(ctx, (p) => yearPeriod(parseIso(p).y - (match[1] === "last" ? 1 : 0)))) })
)

/** "since then", "since the announcement", "over the same period": the period the text last dated. */
const sinceAnchorRule: Rule = regexRule(
  `${cap("since")} (?:then|the ${NOUN})|(?:${alt(["over", "in", "during"], cap)}) the same period`,
  (match) => ({
    ...fixed((ctx) => (match[0].toLowerCase().startsWith("since") ? openEnded(anchorPeriod(ctx)) : anchorPeriod(ctx))),
    closed: true
  })
)

/** Dates the text does not fix: "Two years later", "later", "After the vote", "before the war". */
const vague = () => ({ ...fixed(() => unknownPeriod), closed: true })
const vagueRules: ReadonlyArray<Rule> = [
  gated(/ later/, regexRule(`${NUM} (?:day|week|month|year|decade)s? later`, vague)),
  gated(/[Ll]ater/, regexRule(`${cap("later")}(?! than| that| this| on| in)(?![A-Za-z])`, vague)),
  gated(/[Aa]fter |[Bb]efore /, regexRule(`${alt(["after", "before"], cap)} ${DETERMINER} ${NOUN}`, vague)),
  // "in the days before the storm", "in the weeks after her arrival": the occurrence is not dated by the phrase
  gated(/(?:hour|day|week|month|year)s /, regexRule(`${alt(["in", "during", "over"], cap)} the (?:(?:${NUM}|few) )?(?:hours|days|weeks|months|years) (?:before|after|following|leading up to) ${DETERMINER} [a-z]+`, vague))
]
const vagueRule: Rule = (sentence) => allOf(vagueRules, sentence)

// Each rule behind a cheap test for a word or character every match of it contains: most sentences hold no
// date at all, and the rules' patterns are costly to run over them.
const MONTH_WORD = remembered(new RegExp(alt(monthNames.map(([n]) => n))))
const DIGIT = remembered(/\d/)
const ORDINAL = new RegExp(alt(ordinalWords), "i")
/** Four digits that may be a year: a range without a month name ends in one ("in 2011 and 2012"), as a year does. */
const YEAR_DIGITS = remembered(/(?:1[89]|20)\d\d/)
/** chrono reads a day only from a number or an ordinal word ("the first of May", "March second"). */
const CHRONO_DAY: Gate = { test: (s) => MONTH_WORD.test(s) && (DIGIT.test(s) || ORDINAL.test(s)) }
const DIGIT_AND_MONTH: Gate = { test: (s) => DIGIT.test(s) && MONTH_WORD.test(s) }
/** The second point of a range names a month or is a year; the four digits of a year hold a digit. */
const RANGE_END: Gate = { test: (s) => MONTH_WORD.test(s) || YEAR_DIGITS.test(s) }
const WEEKDAY_WORD = new RegExp(alt(weekdayNames.map(([n]) => n)))

const rules: ReadonlyArray<Rule> = [
  gated(RANGE_END, rangeRule),
  gated(CHRONO_DAY, chronoDayRule),
  gated(DIGIT_AND_MONTH, dayRule),
  gated(MONTH_WORD, monthRule),
  gated(YEAR_DIGITS, yearRule),
  gated(new RegExp(SEASON), seasonRule),
  gated(/half of/, halfRule),
  gated(/quarter of|Q[1-4]/, quarterRule),
  gated(/0s/, decadeRule),
  gated(/[Tt]oday|[Yy]esterday/, todayRule),
  gated(containing(...["his", "ast", "ext"].flatMap((w) => [`${w} week`, `${w} month`, `${w} year`])), relativePeriodRule),
  gated(WEEKDAY_WORD, weekdayRule),
  gated(WEEKDAY_WORD, weekdayPairRule),
  gated(/ ago/, agoRule),
  anchorDayRule,
  gated(/month|year/, anchorPeriodRule),
  gated(/[Ss]ince the /, sinceNamedMonthRule),
  gated(/ year/, yearOfPublicationRule),
  gated(/[Ss]ince |same period/, sinceAnchorRule),
  vagueRule
]

// ---------------------------------------------------------------------------------------------------------
// Choosing spans and their leading words

const overlaps = (a: Candidate, b: Candidate): boolean => a.index < b.index + b.length && b.index < a.index + a.length

/** Longest spans win; ties go to the earlier rule. */
const choose = (candidates: ReadonlyArray<Candidate>): ReadonlyArray<Candidate> => {
  const ranked = candidates.map((c, order) => ({ c, order })).sort((a, b) => b.c.length - a.c.length || a.order - b.order)
  const chosen: Array<Candidate> = []
  for (const { c } of ranked) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c)
  return chosen.sort((a, b) => a.index - b.index)
}

type Lead = "plain" | "since" | "from" | "vague" | "none"

/** "since the border was closed on 2 March": a short clause between "since" and the date. */
const SINCE_CLAUSE = /(?<![A-Za-z])[Ss]ince (?:[A-Za-z’'-]+ ){1,7}(?:on|in) $/

const isAsciiLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)

/** How the words before a span bear on it, and where its `date_text` starts; `floor` ends the previous mention. */
const leadingWord = (sentence: string, c: Candidate, floor: number): { readonly lead: Lead; readonly start: number } => {
  if (c.closed) return { lead: "none", start: c.index }
  // the clause ends in "on " or "in " right before the span: only then is it worth a search
  const clauseEnd = sentence.slice(Math.max(floor, c.index - 3), c.index)
  const since = c.point && (clauseEnd === "on " || clauseEnd === "in ") ? SINCE_CLAUSE.exec(sentence.slice(floor, c.index)) : null
  if (since !== null) return { lead: "since", start: floor + since.index }
  // the letters right before the space that ends the text before the span (the match of /([A-Za-z]+) $/)
  let first = c.index - 1
  if (first <= floor || sentence.charCodeAt(first) !== 0x20) return { lead: "none", start: c.index }
  while (first > floor && isAsciiLetter(sentence.charCodeAt(first - 1))) first--
  if (first === c.index - 1) return { lead: "none", start: c.index }
  const word = sentence.slice(first, c.index - 1).toLowerCase()
  const start = first
  if (word === "since" || word === "from") return { lead: word, start }
  if (word === "after" || word === "before") return { lead: "vague", start }
  return datePrepositions.includes(word) ? { lead: "plain", start } : { lead: "none", start: c.index }
}

/**
 * A duration after a day in the same report ("detained on 2 March 2019 … and kept for three days"),
 * not inside a reported statement ("published on 2 May, said … were held for months").
 */
const DURATION = new RegExp(
  `^(?:(?!\\b(?:said|says|told|tells|reported|stated|warned|claimed|added|that)\\b)[^])*?\\b(?:for|spent|spending|lasting)\\s+(?:(?:more than|over|about|almost|nearly|some|around|at least) )?(?:${NUM}|several|many|\\d+)?\\s*(?:days?|weeks?|months?|years?)\\b`
)

// ---------------------------------------------------------------------------------------------------------
// Public API

/** Participles that date a document rather than an event: "published on 2 March", "a report dated 3 May". */
const REPORT_DATE = /\b(?:published|released|dated|posted|updated)\s+$/i
/** What REPORT_DATE needs right before the date: the costly search runs only after one. */
const WHITESPACE = /^\s$/
/** The quotes, brackets and spaces that may open a sentence: a date after only these opens it. */
const OPENING = /[\s"“‘'(]*/y

const isAnchor = (p: Period): boolean => p.start !== null && (p.precision === "day" || p.precision === "month")

interface Walk {
  readonly mentions: ReadonlyArray<DateMention>
  readonly ctx: DateContext
}

const walk = (sentence: string, ctx0: DateContext): Walk => {
  const found = allOf(rules, sentence)
  // most sentences hold no date
  if (found.length === 0) return { mentions: [], ctx: ctx0 }
  const chosen = choose(found)
  const mentions: Array<DateMention> = []
  let ctx = ctx0
  let floor = 0
  chosen.forEach((c, i) => {
    const { lead, start } = leadingWord(sentence, c, floor)
    if (c.needsCue && lead === "none") return
    floor = c.index + c.length
    OPENING.lastIndex = 0
    OPENING.exec(sentence)
    const opensSentence = OPENING.lastIndex >= start
    const base = c.resolve({ ...ctx, fromPublication: opensSentence || lead === "since" })
    const next = chosen[i + 1]
    // codebook: "a start and a duration give the start and a null end"
    const lasting = base.precision === "day" && base.start === base.end &&
      DURATION.test(sentence.slice(c.index + c.length, next === undefined ? sentence.length : next.index))
    const period =
      (lead === "since" || lead === "from") && c.point ? openEnded(base) : lead === "vague" ? unknownPeriod : lasting ? openEnded(base) : base
    const text = sentence.slice(start, c.index + c.length)
    const mention: DateMention = {
      date_start: period.start,
      date_end: period.end,
      date_precision: period.precision,
      date_text: text,
      index: start,
      length: text.length
    }
    mentions.push(mention)
    // "in a report published on Tuesday": the date of the report, not of the events it tells of
    const anchors = c.setsAnchor && !(start > 0 && WHITESPACE.test(sentence.charAt(start - 1)) && REPORT_DATE.test(sentence.slice(0, start)))
    ctx = {
      published: ctx.published,
      lastYear: c.explicitYear ?? ctx.lastYear,
      anchor: anchors && isAnchor(period) ? mention : ctx.anchor,
      ...(anchors && period.precision === "day" ? { lastDay: mention } : ctx.lastDay == null ? {} : { lastDay: ctx.lastDay })
    }
  })
  return { mentions, ctx }
}

/** The columns of the context a sentence leaves, without the positions of its mentions. */
const nextContext = (next: DateContext): DateContext => {
  const columns = (d: EventDate | null | undefined): EventDate | null =>
    d == null ? null : { date_start: d.date_start, date_end: d.date_end, date_precision: d.date_precision, date_text: d.date_text }
  const lastDay = columns(next.lastDay)
  return { published: next.published, lastYear: next.lastYear, anchor: columns(next.anchor), ...(lastDay === null ? {} : { lastDay }) }
}

/** Every date expression of the sentence, in order, resolved against the context (and earlier ones in it). */
export const findDates = (sentence: string, ctx: DateContext): ReadonlyArray<DateMention> => walk(sentence, ctx).mentions

/** The context for the next sentence: the last explicit year and the last day or month this one fixed. */
export const advanceContext = (ctx: DateContext, sentence: string): DateContext => nextContext(walk(sentence, ctx).ctx)

/** `findDates` and `advanceContext` of one sentence at once, reading it once. */
export const readDates = (
  sentence: string,
  ctx: DateContext
): { readonly dates: ReadonlyArray<DateMention>; readonly next: DateContext } => {
  const { mentions, ctx: after } = walk(sentence, ctx)
  return { dates: mentions, next: nextContext(after) }
}
