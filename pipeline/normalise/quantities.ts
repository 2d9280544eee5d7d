// Quantities: takes text, produces the counts it states as { min, max } bounds, following the
// codebook's "Vague quantities" rules; years, dates, article and case numbers, percentages,
// money, times, ages and measures are not counts and are skipped.
import { memoiseString } from "../memoise.ts"
import { findCountries } from "./countries.ts"

export interface Quantity {
  readonly min: number | null
  readonly max: number | null
  /** UTF-16 offset of the quantity phrase ("more than 4,400") in the text. */
  readonly index: number
  /** UTF-16 length of the phrase. */
  readonly length: number
  readonly text: string
}

export interface Bounds {
  readonly min: number | null
  readonly max: number | null
}

// ---------------------------------------------------------------------------------------------
// Word lists

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19
}
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 }
/** Plural scale words read as twice the unit, the codebook's lower bound ("hundreds" → 200). */
const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1_000, millions: 1_000_000
}
/**
 * Vague multipliers before a unit ("several hundred" → 300) or alone ("several" → 3). "a few" and
 * "a handful" take 2, the smallest number they can mean, as "several" takes 3.
 */
const VAGUE_MULTIPLIERS: ReadonlyArray<readonly [ReadonlyArray<string>, number]> = [
  [["several"], 3], [["a", "few"], 2], [["a", "handful", "of"], 2], [["a", "couple", "of"], 2]
]

type ModifierKind = "approx" | "lower" | "upper" | "between" | "from"

/**
 * Words before a number. Approximations ("about", "nearly", "almost") give min = max = N: the
 * codebook treats approximations as the number itself, and "nearly 200" is read the same way.
 */
const MODIFIERS: ReadonlyArray<readonly [string, ModifierKind]> = [
  ["about", "approx"], ["around", "approx"], ["some", "approx"], ["approximately", "approx"],
  ["approx", "approx"], ["roughly", "approx"], ["circa", "approx"], ["an estimated", "approx"],
  ["estimated", "approx"], ["nearly", "approx"], ["almost", "approx"], ["close to", "approx"],
  ["just about", "approx"], ["more or less", "approx"],
  ["more than", "lower"], ["over", "lower"], ["at least", "lower"], ["upwards of", "lower"],
  ["in excess of", "lower"], ["no fewer than", "lower"], ["no less than", "lower"], ["not less than", "lower"],
  ["a minimum of", "lower"], ["above", "lower"], ["just over", "lower"], ["well over", "lower"],
  ["just above", "lower"], ["well above", "lower"], ["slightly more than", "lower"], ["well more than", "lower"],
  ["up to", "upper"], ["fewer than", "upper"], ["less than", "upper"], ["under", "upper"], ["below", "upper"],
  ["no more than", "upper"], ["not more than", "upper"], ["at most", "upper"], ["a maximum of", "upper"],
  ["as many as", "upper"], ["just under", "upper"], ["just below", "upper"], ["slightly fewer than", "upper"],
  ["slightly less than", "upper"],
  ["between", "between"], ["somewhere between", "between"], ["anywhere between", "between"],
  ["anywhere from", "from"], ["from", "from"]
]

/** Words after a number: "200 or more", "50-plus", "a dozen or so". */
const POSTFIXES: ReadonlyArray<readonly [string, Exclude<ModifierKind, "between" | "from">]> = [
  ["or more", "lower"], ["or over", "lower"], ["plus", "lower"], ["+", "lower"],
  ["or fewer", "upper"], ["or less", "upper"], ["or so", "approx"], ["odd", "approx"]
]

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
])

/** Words before a number that make it a reference, not a count ("Article 3", "Rule 39", "No. 4"). */
const REFERENCE_WORDS = new Set([
  "article", "articles", "art", "arts", "protocol", "protocols", "nos", "number", "numbers", "section",
  "sections", "paragraph", "paragraphs", "para", "paras", "rule", "rules", "chapter", "chapters", "page",
  "pages", "p", "pp", "annex", "regulation", "directive", "resolution", "case", "cases", "application",
  "applications", "communication", "item", "items", "point", "points", "clause", "flight", "room", "cell",
  "block", "route", "road", "highway", "line", "platform", "gate", "terminal", "bus", "unit", "level", "phase",
  "version", "aged", "age", "ages", "law", "act", "decree", "order", "verse", "figure", "table"
])

/** Units of time and measure after a number: durations, distances and ages are not counts. */
const UNIT_WORDS = new Set([
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
  "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
  "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters",
  "m", "cm", "mm", "mile", "miles", "kg", "kilo", "kilos", "kilogram", "kilograms", "gram", "grams",
  "tonne", "tonnes", "ton", "tons", "hectare", "hectares", "ha", "square", "sq", "degree", "degrees",
  "litre", "litres", "liter", "liters", "feet", "foot", "ft", "inch", "inches", "yard", "yards", "knots",
  "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "h", "hrs", "mph"
])

const PERCENT_WORDS = new Set(["percent", "per", "percentage", "pc", "pct"])

const CURRENCY_SYMBOLS = new Set(["$", "€", "£", "¥", "₽", "₴", "₺", "₹", "₾", "₸"])
const CURRENCY_WORDS = new Set([
  "euro", "euros", "dollar", "dollars", "pound", "pounds", "zloty", "zlotys", "złoty", "złotys", "rouble",
  "roubles", "ruble", "rubles", "krone", "kroner", "krona", "kronor", "forint", "forints", "lira", "lire",
  "leu", "lei", "dinar", "dinars", "hryvnia", "hryvnias", "lari", "franc", "francs", "yen", "yuan",
  "rupee", "rupees", "lev", "leva", "kuna", "kunas", "tenge", "eur", "usd", "gbp", "pln", "rub", "chf",
  "sek", "nok", "dkk", "huf", "czk", "ron", "bgn", "uah", "try", "gel", "byn"
])

/** Words before "one" that make it a pronoun ("no one", "the one who"). */
const PRONOUN_ONE_BEFORE = new Set(["no", "the", "this", "that", "each", "every", "any", "which", "someone"])

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  readonly kind: "num" | "word" | "punct"
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
  /** Whether whitespace separates this token from the previous one. */
  readonly spaced: boolean
}

const TOKEN_RE =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+|\d+(?:\.\d+)?)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu

const tokenize = (text: string): ReadonlyArray<Token> => {
  const tokens: Array<Token> = []
  let previousEnd = 0
  for (const m of text.matchAll(TOKEN_RE)) {
    const kind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct"
    tokens.push({
      kind,
      text: m[0],
      lower: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      spaced: m.index > previousEnd || tokens.length === 0
    })
    previousEnd = m.index + m[0].length
  }
  return tokens
}

// ---------------------------------------------------------------------------------------------
// Parsing one quantity phrase

interface Base {
  /** Token index after the number. */
  readonly end: number
  readonly value: number
  readonly vague: boolean
  /** A bare four-digit number between 1000 and 2100, which text uses for years. */
  readonly yearLike: boolean
}

/** Matches a sequence of lower-case words at `i`; returns the index after them or -1. */
const matchWords = (tokens: ReadonlyArray<Token>, i: number, words: ReadonlyArray<string>): number => {
  let j = i
  for (const w of words) {
    const t = tokens[j]
    if (t === undefined || t.lower !== w) return -1
    j += 1
  }
  return j
}

const isWord = (t: Token | undefined, ...words: ReadonlyArray<string>): boolean =>
  t !== undefined && words.includes(t.lower)

/** "tens/hundreds of thousands/millions", "dozens", "thousands": vague plurals. */
const parseVaguePlural = (tokens: ReadonlyArray<Token>, i: number): Base | null => {
  const t = tokens[i]
  const unit = t === undefined ? undefined : VAGUE_PLURALS[t.lower]
  if (unit === undefined) return null
  const scaleWord = tokens[i + 2]
  const scale = isWord(tokens[i + 1], "of") && scaleWord !== undefined ? VAGUE_PLURALS[scaleWord.lower] : undefined
  if (scale !== undefined && scale >= 1_000 && unit < scale) return { end: i + 3, value: 2 * unit * scale, vague: true, yearLike: false }
  // "tens" and "scores" alone are too rare as counts, and "scores" is often a noun.
  if (unit === 10) return null
  if (unit === 20 && !isWord(tokens[i + 1], "of")) return null
  return { end: i + 1, value: 2 * unit, vague: true, yearLike: false }
}

/** "twenty-three", "twenty three", "seven": a number below 100. */
const parseSmall = (tokens: ReadonlyArray<Token>, j: number): readonly [number, number] | null => {
  const t = tokens[j]
  if (t === undefined || t.kind !== "word") return null
  const unit = UNITS[t.lower]
  if (unit !== undefined) return [unit, j + 1]
  const ten = TENS[t.lower]
  if (ten === undefined) return null
  const dash = tokens[j + 1]
  const hyphenated = dash?.text === "-" && !dash.spaced && tokens[j + 2]?.spaced === false
  const nextUnit = UNITS[tokens[hyphenated ? j + 2 : j + 1]?.lower ?? ""]
  return nextUnit !== undefined && nextUnit > 0 && nextUnit < 10 ? [ten + nextUnit, hyphenated ? j + 3 : j + 2] : [ten, j + 1]
}

/** Cardinal number words: "seven", "two hundred and fifty", "a thousand", "two dozen", "half a dozen". */
const parseCardinalWords = (tokens: ReadonlyArray<Token>, i: number): Base | null => {
  if (isWord(tokens[i], "half") && isWord(tokens[i + 1], "a") && isWord(tokens[i + 2], "dozen")) {
    return { end: i + 3, value: 6, vague: false, yearLike: false }
  }
  let j = i
  let total = 0
  for (;;) {
    let group: number
    if (isWord(tokens[j], "a") && isWord(tokens[j + 1], "hundred", "thousand", "million", "billion", "dozen")) {
      group = 1
      j += 1
    } else {
      const small = parseSmall(tokens, j)
      if (small === null) break
      ;[group, j] = small
    }
    if (isWord(tokens[j], "hundred")) {
      group *= 100
      j += 1
      const rest = parseSmall(tokens, isWord(tokens[j], "and") ? j + 1 : j)
      if (rest !== null) [group, j] = [group + rest[0], rest[1]]
    }
    if (isWord(tokens[j], "dozen")) return { end: j + 1, value: total + group * 12, vague: false, yearLike: false }
    const scale = SCALES[tokens[j]?.lower ?? ""]
    if (scale === undefined || scale < 1_000) return { end: j, value: total + group, vague: false, yearLike: false }
    total += group * scale
    j += 1
  }
  return j === i ? null : { end: j, value: total, vague: false, yearLike: false }
}

const parseDigits = (tokens: ReadonlyArray<Token>, i: number): Base | null => {
  const t = tokens[i]
  if (t === undefined || t.kind !== "num") return null
  const value = Number(t.text.replace(/[,\u00A0\u202F\u2009]/g, ""))
  const next = tokens[i + 1]
  const scale = next === undefined ? undefined : SCALES[next.lower]
  if (scale !== undefined && scale >= 1_000) return { end: i + 2, value: Math.round(value * scale), vague: false, yearLike: false }
  // "1.5" or "00.00" alone is a measure or a time, not a count of anything
  if (t.text.includes(".")) return null
  const yearLike = /^\d{4}$/.test(t.text) && value >= 1000 && value <= 2100
  return { end: i + 1, value, vague: false, yearLike }
}

/** "several", "several hundred", "a few thousand", "many thousands", "both". */
const parseVagueMultiplier = (tokens: ReadonlyArray<Token>, i: number): Base | null => {
  for (const [words, factor] of VAGUE_MULTIPLIERS) {
    const j = matchWords(tokens, i, words)
    if (j < 0) continue
    const unitToken = tokens[j]
    const unit = unitToken === undefined ? undefined : unitToken.lower === "dozen" ? 12 : SCALES[unitToken.lower]
    if (unit !== undefined) {
      const bigger = tokens[j + 1]
      const scale = bigger === undefined ? undefined : SCALES[bigger.lower]
      return scale !== undefined && scale > unit
        ? { end: j + 2, value: factor * unit * scale, vague: true, yearLike: false }
        : { end: j + 1, value: factor * unit, vague: true, yearLike: false }
    }
    // "a couple of people" is two; "a few", "several" alone stay vague.
    return { end: j, value: factor, vague: words[1] !== "couple", yearLike: false }
  }
  // "many thousands" reads as "thousands"
  if (isWord(tokens[i], "many")) return parseVaguePlural(tokens, i + 1)
  if (isWord(tokens[i], "both")) {
    const next = tokens[i + 1]
    const followedByNoun = next !== undefined && next.kind === "word" && /^\p{Ll}/u.test(next.text) &&
      !["in", "at", "on", "by", "to", "for", "from", "with", "the", "a", "an", "and", "as", "because", "sides"].includes(next.lower)
    return followedByNoun ? { end: i + 1, value: 2, vague: false, yearLike: false } : null
  }
  return null
}

const parseBase = (tokens: ReadonlyArray<Token>, i: number): Base | null =>
  parseDigits(tokens, i) ?? parseVaguePlural(tokens, i) ?? parseVagueMultiplier(tokens, i) ?? parseCardinalWords(tokens, i)

interface Phrase extends Bounds {
  readonly start: number
  readonly end: number
  /** The token index of the first and last number, for context checks. */
  readonly firstNumber: number
  readonly lastNumberEnd: number
  readonly yearLike: boolean
  readonly maxValue: number
}

const boundsOf = (b: Base): Bounds => ({ min: b.value, max: b.vague ? null : b.value })

interface ModifierEntry {
  readonly words: ReadonlyArray<string>
  readonly kind: ModifierKind
  readonly approx: boolean
}

// Modifiers split once and grouped by their first word, in MODIFIERS order, so a token tries only the
// phrases it can open (the longest match wins, the first listed on a tie, as in one pass over MODIFIERS).
const MODIFIERS_BY_FIRST: ReadonlyMap<string, ReadonlyArray<ModifierEntry>> = (() => {
  const index = new Map<string, Array<ModifierEntry>>()
  for (const [phrase, kind] of MODIFIERS) {
    const words = phrase.split(" ")
    const first = words[0] ?? ""
    const list = index.get(first) ?? []
    list.push({ words, kind, approx: phrase === "approx" })
    index.set(first, list)
  }
  return index
})()

const matchModifier = (tokens: ReadonlyArray<Token>, i: number): readonly [number, ModifierKind] | null => {
  const t = tokens[i]
  const entries = t === undefined ? undefined : MODIFIERS_BY_FIRST.get(t.lower)
  if (entries === undefined) return null
  let best: readonly [number, ModifierKind] | null = null
  for (const { words, kind, approx } of entries) {
    const j = matchWords(tokens, i, words)
    // "approx." keeps its dot
    const end = j > 0 && approx && tokens[j]?.text === "." ? j + 1 : j
    if (end > 0 && (best === null || end > best[0])) best = [end, kind]
  }
  // "from about 2,000 to 4,000": a range keeps its own approximation
  if (best !== null && (best[1] === "between" || best[1] === "from")) {
    const inner = matchModifier(tokens, best[0])
    if (inner !== null && inner[1] === "approx") return [inner[0], best[1]]
  }
  return best
}

/** A second number after "to", "and", "-", "–", "or": the top of a range. */
const parseRangeTail = (tokens: ReadonlyArray<Token>, j: number, first: Base, kind: ModifierKind | null): Base | null => {
  const link = tokens[j]
  if (link === undefined) return null
  const joiners = kind === "between" ? ["and", "-", "–", "—"] : kind === "from" ? ["to", "-", "–", "—"] : ["to", "-", "–", "—", "or"]
  if (!joiners.includes(link.lower)) return null
  // "50-60" must be written solid; a spaced hyphen is punctuation.
  if (link.text === "-" && (link.spaced || tokens[j + 1]?.spaced === true)) return null
  if (link.lower === "or" && isWord(tokens[j + 1], "more", "fewer", "less", "so", "over")) return null
  const second = parseBase(tokens, j + 1)
  if (second === null || second.value <= first.value) return null
  return second
}

const POSTFIX_WORDS = POSTFIXES.map(([phrase, kind]) => [phrase, kind, phrase.split(" ")] as const)

const applyModifier = (kind: ModifierKind | null, b: Bounds): Bounds =>
  kind === "lower" ? { min: b.min, max: null } : kind === "upper" ? { min: null, max: b.max ?? b.min } : b

const parsePhrase = (tokens: ReadonlyArray<Token>, i: number): Phrase | null => {
  const modifier = matchModifier(tokens, i)
  const attempts: ReadonlyArray<readonly [number, ModifierKind | null]> =
    modifier === null ? [[i, null]] : [[modifier[0], modifier[1]], [i, null]]
  for (const [baseStart, kind] of attempts) {
    const first = parseBase(tokens, baseStart)
    if (first === null) continue
    const second = parseRangeTail(tokens, first.end, first, kind)
    // "between"/"from" without a second number are no part of the quantity ("from 15 October").
    const effective = (kind === "between" || kind === "from") && second === null ? null : kind
    let bounds: Bounds = second === null
      ? applyModifier(effective, boundsOf(first))
      : { min: first.value, max: second.vague ? null : second.value }
    const lastNumberEnd = second?.end ?? first.end
    let end = lastNumberEnd
    for (const [phrase, k, words] of POSTFIX_WORDS) {
      // "200-odd", "50-plus" are written with a hyphen
      const hyphen = tokens[end]?.text === "-" && tokens[end]?.spaced === false && (phrase === "odd" || phrase === "plus") ? 1 : 0
      const j = matchWords(tokens, end + hyphen, words)
      if (j > 0) {
        bounds = applyModifier(k, bounds)
        end = j
        break
      }
    }
    // A bound or approximation makes "2000" a count ("about 2000 people"), unless nothing follows ("over 2021,").
    const countedYear = (effective === "approx" || effective === "lower" || effective === "upper") &&
      tokens[end]?.kind === "word" && /^\p{Ll}/u.test(tokens[end]?.text ?? "")
    return {
      ...bounds,
      start: effective === null ? baseStart : i,
      end,
      firstNumber: baseStart,
      lastNumberEnd,
      yearLike: (first.yearLike || second?.yearLike === true) && !countedYear,
      maxValue: second?.value ?? first.value
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Context checks: is this number a count at all?

const isMonth = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && MONTHS.has(t.lower)

/** The word before index `i`, skipping one abbreviation dot ("Sept. 21", "No. 4"). */
const wordBefore = (tokens: ReadonlyArray<Token>, i: number): Token | undefined => {
  const prev = tokens[i - 1]
  return prev?.text === "." ? tokens[i - 2] : prev
}

// "Articles 3 and 13", "nos. 8675/15 and 8697/15": walk back over a list of numbers to its keyword.
const isReference = (tokens: ReadonlyArray<Token>, i: number): boolean => {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 12; j -= 1, steps += 1) {
    const t = tokens[j]
    if (t === undefined) return false
    if (t.kind === "word" && REFERENCE_WORDS.has(t.lower)) return true
    if (t.kind === "word" && (t.lower === "no" || t.lower === "nr") && tokens[j + 1]?.text === ".") return true
    if (t.text === "§" || t.text === "#" || t.text === "№") return true
    const listy = t.kind === "num" || ["and", "or", "to", ",", "-", "–", "§", "(", ")", ".", "/"].includes(t.lower) ||
      (t.kind === "word" && t.text.length === 1 && tokens[j - 1]?.text === "(")
    if (!listy) return false
  }
  return false
}

const isAttachedCode = (tokens: ReadonlyArray<Token>, first: number, lastEnd: number): boolean => {
  const before = tokens[first - 1]
  const after = tokens[lastEnd]
  const firstToken = tokens[first]
  if (firstToken?.kind !== "num" && tokens[lastEnd - 1]?.kind !== "num") return false
  // "8th", "1990s", "4km", "A4"
  if (after !== undefined && !after.spaced && after.kind === "word") return true
  if (before !== undefined && firstToken !== undefined && !firstToken.spaced && before.kind === "word") return true
  // "Claim 1:", a label
  if (after?.text === ":" && !after.spaced && tokens[lastEnd + 1]?.kind !== "num") return true
  // "40503/17", "C-808/18", "10:30", "COVID-19"
  if (after !== undefined && !after.spaced && (after.text === "/" || after.text === ":") && tokens[lastEnd + 1]?.kind === "num") return true
  if (before !== undefined && firstToken !== undefined && !firstToken.spaced && (before.text === "/" || before.text === ":")) return true
  if (before?.text === "-" && firstToken !== undefined && !firstToken.spaced && !before.spaced && tokens[first - 2]?.kind === "word") return true
  return false
}

const isMeasure = (tokens: ReadonlyArray<Token>, lastEnd: number): boolean => {
  let j = lastEnd
  // "21-year-old", "14-day"
  if (tokens[j]?.text === "-" && tokens[j]?.spaced === false) j += 1
  if (isWord(tokens[j], "of")) j += 1
  const t = tokens[j]
  if (t === undefined) return false
  if (t.text === "%" || t.text === "°" || (t.kind === "word" && PERCENT_WORDS.has(t.lower) && (t.lower !== "per" || isWord(tokens[j + 1], "cent")))) return true
  if (t.kind === "word" && (UNIT_WORDS.has(t.lower) || CURRENCY_WORDS.has(t.lower))) return true
  return false
}

const isNotACount = (tokens: ReadonlyArray<Token>, p: Phrase): boolean => {
  if (p.yearLike) return true
  const before = tokens[p.start - 1]
  if (before !== undefined && (CURRENCY_SYMBOLS.has(before.text) || (before.kind === "word" && /^[A-Z]{3}$/.test(before.text) && CURRENCY_WORDS.has(before.lower)))) return true
  if (isReference(tokens, p.start)) return true
  if (isAttachedCode(tokens, p.firstNumber, p.lastNumberEnd)) return true
  if (isMeasure(tokens, p.lastNumberEnd)) return true
  // dates: "8 November", "8th of November", "November 8", "Sept. 21"
  const after = tokens[p.lastNumberEnd]
  if (isMonth(after) || (isWord(after, "of") && isMonth(tokens[p.lastNumberEnd + 1]))) return p.maxValue <= 31
  if (p.start === p.firstNumber && isMonth(wordBefore(tokens, p.start)) && p.maxValue <= 31) return true
  const first = tokens[p.firstNumber]
  if (isWord(first, "one") && p.end === p.firstNumber + 1) {
    const prev = tokens[p.firstNumber - 1]
    if (isWord(prev, ...PRONOUN_ONE_BEFORE) || isWord(tokens[p.firstNumber + 1], "another")) return true
  }
  return false
}

/**
 * Words a quantity phrase can open: modifiers, number words and vague quantities, and "constructor", which the
 * record lookups in the parsers find on Object.prototype (its only all-letter, lower-case name).
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MODIFIERS_BY_FIRST.keys(), ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(VAGUE_PLURALS),
  "several", "a", "many", "both", "half", "constructor"
])
const canStart = (t: Token): boolean => t.kind === "num" || (t.kind === "word" && START_WORDS.has(t.lower))

// A digit or a word that can open a quantity, matched loosely (case folding finds more than toLowerCase does).
const OPENER_HINT = new RegExp(`\\d|(?<![\\p{L}])(?:${[...START_WORDS].join("|")})(?![\\p{L}])`, "iu")

/**
 * False when no quantity of `findQuantities` can start in `text` (no digit, no word that opens one), so a caller
 * can skip the search; true when one may. A word cut off at the end of `text` is the caller's to consider.
 */
export const mayOpenQuantity = (text: string): boolean => OPENER_HINT.test(text)

/** Every stated count in `text`, in text order, with UTF-16 offsets. */
export const findQuantities: (text: string) => ReadonlyArray<Quantity> = memoiseString((text) => scanQuantities(text), 20_000)

const scanQuantities = (text: string): ReadonlyArray<Quantity> => {
  const tokens = tokenize(text)
  const found: Array<Quantity> = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]
    const phrase = token === undefined || !canStart(token) ? null : parsePhrase(tokens, i)
    if (phrase === null) {
      i += 1
      continue
    }
    const startToken = tokens[phrase.start]
    const endToken = tokens[phrase.end - 1]
    if (!isNotACount(tokens, phrase) && startToken !== undefined && endToken !== undefined) {
      found.push({
        min: phrase.min,
        max: phrase.max,
        index: startToken.start,
        length: endToken.end - startToken.start,
        text: text.slice(startToken.start, endToken.end)
      })
    }
    i = phrase.end
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// People phrases

/** Singular nouns for one person: a people phrase headed by one of them counts 1 ("a Syrian man"). */
const ONE_PERSON_NOUNS = new Set([
  "man", "woman", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "teen", "minor", "person",
  "individual", "adult", "migrant", "refugee", "seeker", "applicant", "national", "citizen", "resident",
  "journalist", "reporter", "photographer", "activist", "defender", "dissident", "protester", "opponent",
  "politician", "official", "officer", "guard", "soldier", "deserter", "conscript", "defendant", "detainee",
  "prisoner", "inmate", "survivor", "victim", "passenger", "driver", "student", "doctor", "nurse", "lawyer",
  "mother", "father", "son", "daughter", "husband", "wife", "brother", "sister", "grandmother", "grandfather",
  "parent", "uncle", "aunt", "cousin", "nephew", "niece", "colleague", "friend", "girlfriend", "boyfriend",
  "partner", "volunteer", "sprinter", "athlete", "player", "worker", "farmer", "teacher", "priest", "member",
  "leader", "blogger", "researcher", "expert", "smuggler", "pilot", "fisherman", "sailor", "pensioner",
  "widow", "orphan", "banker", "businessman", "businesswoman", "entrepreneur", "opposition", "candidate",
  "interviewee", "witness", "complainant", "claimant", "plaintiff", "stateless", "exile", "emigrant",
  "immigrant", "traveller", "traveler", "tourist", "pregnant"
])
/** People counted as two. */
const TWO_PERSON_NOUNS = new Set(["couple", "pair", "twins"])
const ONE_PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "i", "me", "himself", "herself"])
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "another", "one", "this", "that"])
/** Capitalised words that open a phrase without being a name ("Some", "Most of them"). */
const NOT_NAMES = new Set([
  "some", "many", "most", "all", "both", "several", "others", "other", "they", "we", "the", "these", "those",
  "police", "border", "guards", "authorities", "kurds", "yazidis", "roma", "rohingya", "uyghurs", "uighurs",
  "tamils", "pashtuns", "hazaras", "arabs", "africans", "europeans", "asians", "muslims", "christians", "jews",
  "sikhs", "tatars", "berbers", "sahrawis", "migrants", "refugees", "people", "families", "applicants"
])
/** Where a noun phrase's head ends: a relative clause, a name, an apposition, a prepositional phrase. */
const HEAD_END = /,|\s(?:who|whom|whose|which|that|called|named|from|of|with|in|at|on|aged|accused|identified|known|held|detained|living|based|fleeing|trying|attempting|crossing)\s/u

type PartCount = Bounds | "people" | "other"

const isName = (part: string): boolean => {
  const words = part.split(/\s+/)
  return words.length <= 4 &&
    words.every((w) => /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.)+)$/u.test(w) && !NOT_NAMES.has(w.toLowerCase())) &&
    findCountries(part).length === 0
}

const countPart = memoiseString((part: string): PartCount => {
  const quantity = findQuantities(part)[0]
  if (quantity !== undefined) return { min: quantity.min, max: quantity.max }
  const head = part.split(HEAD_END)[0]?.trim() ?? ""
  const words = head.split(/\s+/).filter((w) => w.length > 0)
  const last = words[words.length - 1]
  if (last === undefined) return "other"
  const lastLower = last.toLowerCase()
  if (words.length === 1 && ONE_PERSON_PRONOUNS.has(lastLower)) return { min: 1, max: 1 }
  if (ONE_PERSON_NOUNS.has(lastLower)) return { min: 1, max: 1 }
  // "Ukrainian runner Olena Kovalenko": a person noun, then the name
  const lastLowercase = words.findLastIndex((w) => /^\p{Ll}/u.test(w))
  const named = words.slice(lastLowercase + 1).join(" ")
  if (lastLowercase >= 0 && ONE_PERSON_NOUNS.has(words[lastLowercase] ?? "") && named.length > 0 && isName(named)) return { min: 1, max: 1 }
  if (TWO_PERSON_NOUNS.has(lastLower)) return { min: 2, max: 2 }
  const mentions = findCountries(head)
  const lastMention = mentions[mentions.length - 1]
  if (lastMention !== undefined && lastMention.index + lastMention.length === head.length) {
    // "an Iraqi" is one person; "Afghans" are some; "Syria" is not a person at all.
    if (lastMention.kind === "demonym") return DETERMINERS.has(words[0]?.toLowerCase() ?? "") && words.length === 2 ? { min: 1, max: 1 } : "people"
    return "other"
  }
  const bare = DETERMINERS.has(words[0]?.toLowerCase() ?? "") ? words.slice(1).join(" ") : head
  if (bare.length > 0 && isName(bare)) return { min: 1, max: 1 }
  return /^\p{Ll}/u.test(last) ? "people" : "other"
}, 20_000)

const sum = (a: Bounds, b: Bounds): Bounds => ({
  min: a.min === null || b.min === null ? null : a.min + b.min,
  max: a.max === null || b.max === null ? null : a.max + b.max
})

// Splits "her mother and six children" or "22 men, nine women and seven children" at the
// coordination, never inside a quantity ("between 200,000 and 300,000 people"); commas split only
// in a list that ends with "and", so an apposition ("Karim, an Iraqi man") stays whole.
const splitCoordination = (phrase: string): ReadonlyArray<string> => {
  const masked = findQuantities(phrase).reduce(
    (s, q) => s.slice(0, q.index) + "#".repeat(q.length) + s.slice(q.index + q.length),
    phrase
  )
  const hasAnd = /\s(?:and|&)\s/.test(masked)
  const separator = hasAnd ? /,\s*(?:and\s+)?|\s+(?:and|&)\s+/g : /\s+(?:and|&)\s+/g
  const parts: Array<string> = []
  let last = 0
  for (const m of masked.matchAll(separator)) {
    parts.push(phrase.slice(last, m.index))
    last = m.index + m[0].length
  }
  parts.push(phrase.slice(last))
  return parts.map((p) => p.trim()).filter((p) => p.length > 0)
}

/**
 * The number of people a people phrase states: its quantity ("about 50 people" → 50–50,
 * "a Russian family of seven" → 7), the sum of a coordination ("she and two companions" → 3),
 * or one for a single person (a singular person noun such as "a Syrian man", a pronoun, a name).
 * Null when the phrase gives no number ("Chechen families").
 */
export const parseQuantity = memoiseString((phrase: string): Bounds | null => {
  const text = phrase.trim()
  if (text.length === 0) return null
  const parts = splitCoordination(text)
  if (parts.length > 1) {
    let total: Bounds | null = null
    let unknown = false
    for (const part of parts) {
      const count = countPart(part)
      if (count === "other") break
      if (count === "people") {
        unknown = true
        break
      }
      total = total === null ? count : sum(total, count)
    }
    if (unknown) return null
    if (total !== null && parts.length > 1 && countPart(parts[0] ?? "") !== "other" && countPart(parts[1] ?? "") !== "other") return total
  }
  const count = countPart(text)
  return typeof count === "string" ? null : count
}, 20_000)
