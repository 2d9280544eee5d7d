// Country mentions: takes text, produces the states it names by name, demonym, adjective or
// capital, as ISO 3166-1 alpha-2 codes (codebook "Countries").
import isoCountries from "i18n-iso-countries"
import en from "i18n-iso-countries/langs/en.json" with { type: "json" }
import { memoiseString } from "../memoise.ts"
import { COUNTRIES, NON_STATE_PHRASES, SKIPPED_LIBRARY_NAMES } from "../gazetteers/countries.ts"

export type Alpha2 = string
export type CountryMentionKind = "name" | "demonym" | "adjective" | "capital"

export interface CountryMention {
  readonly code: Alpha2
  /** UTF-16 offset of the mention in the text. */
  readonly index: number
  /** UTF-16 length of the mention. */
  readonly length: number
  readonly surface: string
  readonly kind: CountryMentionKind
}

isoCountries.registerLocale(en)

/** What a surface form stands for; `code` null marks a phrase that names no state. */
interface Reading {
  readonly code: Alpha2 | null
  readonly kinds: ReadonlySet<CountryMentionKind>
}

// Plurals of person nouns: "-man" → "-men"; -ese, -sh, -ch, -s, -y stay the same ("Chinese", "Swiss").
const pluralOf = (noun: string): string | null =>
  noun.endsWith("man") ? `${noun.slice(0, -3)}men` : /(?:ese|sh|ch|s|x|z|y)$/.test(noun) ? null : `${noun}s`

const asciiFold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "")

// Spelling variants that texts use interchangeably: typographic apostrophes and missing diacritics.
const variants = (surface: string): ReadonlyArray<string> => {
  const out = new Set([surface, asciiFold(surface)])
  for (const v of [...out]) {
    out.add(v.replace(/'/g, "’"))
    out.add(v.replace(/’/g, "'"))
  }
  return [...out]
}

// Earlier sources win: phrases naming no state, then the gazetteer, then the library's names.
const buildReadings = (): ReadonlyMap<string, Reading> => {
  const readings = new Map<string, { code: Alpha2 | null; kinds: Set<CountryMentionKind> }>()
  const add = (surface: string, code: Alpha2 | null, kind: CountryMentionKind): void => {
    for (const v of variants(surface)) {
      const existing = readings.get(v)
      if (existing === undefined) readings.set(v, { code, kinds: new Set([kind]) })
      else if (existing.code === code) existing.kinds.add(kind)
    }
  }
  for (const phrase of NON_STATE_PHRASES) add(phrase, null, "name")
  for (const entry of COUNTRIES) {
    for (const name of entry.names ?? []) add(name, entry.code, "name")
    for (const capital of entry.capitals ?? []) add(capital, entry.code, "capital")
    for (const adjective of entry.adjectives ?? []) add(adjective, entry.code, "adjective")
    for (const person of entry.people ?? entry.adjectives ?? []) {
      add(person, entry.code, "demonym")
      const plural = pluralOf(person)
      if (plural !== null) add(plural, entry.code, "demonym")
    }
  }
  const skipped = new Set(SKIPPED_LIBRARY_NAMES)
  for (const [code, names] of Object.entries(isoCountries.getNames("en", { select: "all" }))) {
    // Inverted forms ("Korea, Republic of", "Falkland Islands (Malvinas)") never occur in running text.
    for (const name of names) if (!skipped.has(name) && !/[,(]/.test(name)) add(name, code, "name")
  }
  return readings
}

const READINGS = buildReadings()

const READINGS_FOLDED: ReadonlyMap<string, Reading> = (() => {
  const folded = new Map<string, Reading | "ambiguous">()
  for (const [surface, reading] of READINGS) {
    const key = asciiFold(surface).toLowerCase()
    const existing = folded.get(key)
    folded.set(key, existing === undefined || (existing !== "ambiguous" && existing.code === reading.code) ? reading : "ambiguous")
  }
  const out = new Map<string, Reading>()
  for (const [key, reading] of folded) if (reading !== "ambiguous") out.set(key, reading)
  return out
})()

// Every surface form, indexed by its first two UTF-16 units (all are at least two long), longest first: at
// a position the longest form that ends at a word boundary wins ("South Sudan" over "Sudan"), and the scan
// goes left to right, so the earliest start wins ("Democratic Republic of Congo" over "Congo"). One scan
// with a lookup per word start replaces a 1,200-way alternation tried at every position.
const SURFACES_BY_PREFIX: ReadonlyMap<number, ReadonlyArray<string>> = (() => {
  const index = new Map<number, Array<string>>()
  for (const surface of [...READINGS.keys()].sort((a, b) => b.length - a.length)) {
    if (surface.length < 2) throw new Error(`country surface form too short: ${surface}`)
    const key = surface.charCodeAt(0) * 65536 + surface.charCodeAt(1)
    const list = index.get(key)
    if (list === undefined) index.set(key, [surface])
    else list.push(surface)
  }
  return index
})()

/** UTF-16 units that start some surface form: most positions of a text are rejected by this lookup alone. */
const STARTS: Uint8Array = (() => {
  const starts = new Uint8Array(65536)
  for (const key of SURFACES_BY_PREFIX.keys()) starts[Math.floor(key / 65536)] = 1
  return starts
})()

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u

/** True when the code point is a letter or a number (`[\p{L}\p{N}]`); ASCII without a regex. */
const isLetterOrNumber = (cp: number): boolean =>
  cp < 128
    ? (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)
    : LETTER_OR_NUMBER.test(String.fromCodePoint(cp))

/** The code point ending right before UTF-16 position `i` (a surrogate pair read whole), or -1 at the start. */
const codePointBefore = (text: string, i: number): number => {
  if (i === 0) return -1
  const low = text.charCodeAt(i - 1)
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return low
}

/** The longest surface form at `i`, bounded by no letter or number on either side; null when none. */
const surfaceAt = (text: string, i: number): string | null => {
  const forms = SURFACES_BY_PREFIX.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))
  if (forms === undefined) return null
  for (const form of forms) {
    if (!text.startsWith(form, i)) continue
    const end = i + form.length
    if (end >= text.length || !isLetterOrNumber(text.codePointAt(end) ?? -1)) return form
  }
  return null
}

// Words after a shared adjective/noun form ("Lithuanian") that show it is used as a noun
// ("a Lithuanian who…", "the Iraqi said").
const NOUN_FOLLOWERS = new Set([
  "who", "whom", "whose", "which", "that", "was", "were", "is", "are", "has", "have", "had", "said", "says",
  "told", "tells", "in", "on", "at", "from", "to", "of", "with", "by", "for", "as", "living", "based", "named",
  "called", "after", "before", "since", "during", "because", "but", "while", "would", "will", "could", "can",
  "may", "might", "must", "should", "did", "does", "do", "himself", "herself"
])

const kindInContext = (reading: Reading, text: string, end: number): CountryMentionKind => {
  const [only] = reading.kinds
  if (reading.kinds.size === 1 && only !== undefined) return only
  if (reading.kinds.has("name")) return "name"
  const after = text.slice(end, end + 40)
  if (/^-\p{L}/u.test(after)) return "adjective"
  const next = /^ (\p{L}+)/u.exec(after)?.[1]
  return next !== undefined && !NOUN_FOLLOWERS.has(next.toLowerCase()) ? "adjective" : "demonym"
}

// A capital followed by a capitalised word is usually part of another name ("Sofia Petrova",
// "Vienna Convention", "Moscow Helsinki Group"), not the government.
const isPartOfLongerName = (text: string, end: number): boolean => /^ \p{Lu}/u.test(text.slice(end, end + 2))

const computeCountries = (text: string): ReadonlyArray<CountryMention> => {
  const mentions: Array<CountryMention> = []
  let i = 0
  while (i < text.length - 1) {
    const surface = STARTS[text.charCodeAt(i)] === 1 && !isLetterOrNumber(codePointBefore(text, i))
      ? surfaceAt(text, i)
      : null
    if (surface === null) {
      i++
      continue
    }
    const index = i
    i += surface.length
    const reading = READINGS.get(surface)
    if (reading === undefined || reading.code === null) continue
    const kind = kindInContext(reading, text, i)
    if (kind === "capital" && isPartOfLongerName(text, i)) continue
    mentions.push({ code: reading.code, index, length: surface.length, surface, kind })
  }
  return mentions
}

/**
 * Every state mention in `text`, in text order, with UTF-16 offsets. Extractors ask again and again about the
 * same sentences and words; a bounded memo serves the repeats.
 */
export const findCountries: (text: string) => ReadonlyArray<CountryMention> = memoiseString(computeCountries, 20_000)

/**
 * The state a single name, demonym, adjective or capital stands for ("Lithuanians" → LT,
 * "the Democratic Republic of Congo" → CD, "Minsk" → BY); null when it names no state.
 */
export const countryCode = (name: string): Alpha2 | null => {
  const trimmed = name.trim().replace(/\s+/g, " ").replace(/['’]s?$/u, "")
  const bare = trimmed.replace(/^the /i, "")
  for (const candidate of [trimmed, bare]) {
    const reading = READINGS.get(candidate)
    if (reading !== undefined) return reading.code
  }
  for (const candidate of [trimmed, bare]) {
    const reading = READINGS_FOLDED.get(asciiFold(candidate).toLowerCase())
    if (reading !== undefined) return reading.code
  }
  return null
}
