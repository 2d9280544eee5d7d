// People and authorities around a cue, shared by the crossing and detention extractors: takes a sentence
// and a cue position, produces the people phrase (as worded, without article or quantity), its counts and
// nationalities, the authority and the states the sentence places the event in.
import { insideEu } from "../gazetteers/borders.ts"
import { authorityHeads, authorityStates, peopleHeads } from "../gazetteers/movement.ts"
import { memoiseString } from "../memoise.ts"
import type { CountryMention } from "../normalise/countries.ts"
import { findQuantities, mayOpenQuantity, parseQuantity } from "../normalise/quantities.ts"
import type { Segmented } from "../segment.ts"
import type { SentenceAnalysis } from "./analysis.ts"

export interface People {
  readonly people: string
  readonly people_count_min: number | null
  readonly people_count_max: number | null
  readonly nationalities: ReadonlyArray<string>
}

/** A phrase found in a sentence, with UTF-16 positions in it. */
interface Phrase {
  readonly text: string
  readonly index: number
  readonly end: number
}

const heads = [...peopleHeads].sort((a, b) => b.length - a.length).map((h) => h.replace(/ /g, "\\s+")).join("|")

// Words that may stand before a people head inside its phrase: quantities, ages, adjectives, demonyms.
// A number never ends in a comma: "In May 2023, 40 migrants" keeps the year out of the phrase.
const modifier = "(?:\\d[\\d,]*\\d|\\d|\\d+-year-old|[\\p{Ll}-]+|\\p{Lu}[\\p{Ll}’'-]+)"
const PEOPLE_RE = new RegExp(
  `(?<![\\p{L}])((?:(?:he|she|He|She|I)\\s+and\\s+)?(?:${modifier}\\s+){0,6}?(?:${heads}))(?![\\p{L}])` +
    `((?:\\s+and\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}(?:${heads})(?![\\p{L}]))?(?:,\\s+(?:including\\s+children|children\\s+among\\s+them|most\\s+of\\s+them\\s+\\p{Lu}\\p{L}+)(?=[,;.\\s]))?)((?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\d,]+\\s+)?(?:\\p{Lu}[\\p{L}’'-]+|draft\\s+age)(?:(?:,\\s+|\\s+and\\s+)\\p{Lu}[\\p{L}’'-]+)*(?:\\s+(?:origin|descent|ethnicity))?)|\\s+of\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\\p{L}])|\\s+(?:called|named)\\s+\\p{Lu}\\p{L}+|\\s+(?:fleeing|without)\\s+(?:the\\s+)?[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3}?\\s+(?:order|documents|papers|war|persecution|conflict|violence|mobilisation|mobilization))?`,
  "gu"
)

// Words that end a phrase on its left: verbs, prepositions and clause words are not part of it.
const STOP = new Set([
  "had", "has", "have", "were", "was", "been", "be", "is", "are", "that", "who", "which", "when", "where", "said", "says",
  "told", "the", "a", "an", "of", "to", "into", "in", "on", "at", "from", "by", "with", "for", "after", "before", "and",
  "but", "or", "them", "their", "they", "its", "his", "her", "our", "we", "it", "as", "than", "this", "these", "those",
  "crossed", "entered", "arrived", "detained", "arrested", "held", "turned", "pushed", "sent", "returned", "forced",
  "took", "taken", "found", "accusing", "holding", "keeping", "including", "while", "since", "until", "then", "there",
  "whom", "out", "back", "about", "some", "estimated", "recorded", "registered", "locked", "up", "over", "more", "nearly",
  "almost", "around", "least", "up", "saw", "met", "meeting", "reached", "drove", "arrest", "one", "most", "many",
  "applied", "waiting", "kept", "give", "gave", "stopped", "caught", "apprehended", "carried", "carrying",
  "rescued", "intercepted", "picked", "saved", "spotted", "brought", "pulled"
])

const QUANTITY_START = /^(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|an?\s+estimated|estimated|approximately|roughly|fewer\s+than|less\s+than|somewhere\s+between|between)\s+/i

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|In|On|At|By|From|Since|Then|When|After|Before|During|Two|Three|(?:19|20)\d\d)$/

/** Words of a count inside a phrase ("several thousand", "4,090", "twelve"). */
const COUNT_WORD = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|several|tens)$/i

/** Words that open a clause or a verb phrase, never a modifier of a people head ("such", "involving", "concerning"). */
const OPENER = /^(?:such|\p{Ll}+ing)$/u
const MODIFIER_ING = /^(?:remaining|seeking|asylum-seeking|fleeing|following|travelling|traveling|returning|arriving|incoming|neighbouring|neighboring|drowning|starving|surviving|missing|working|young|ageing|aging)$/

/** Trims a matched phrase on its left to the words that belong to it. */
const trimLeft = (words: ReadonlyArray<string>): ReadonlyArray<string> => {
  let i = words.length - 1
  // the head itself (possibly two words, "asylum seekers") is always kept
  while (i > 0) {
    const prev = words[i - 1] ?? ""
    const w = prev.toLowerCase()
    // "one million people": "one" is a number here, not the pronoun that ends a phrase
    const number = w === "one" && /^(?:million|thousand|hundred)$/i.test(words[i] ?? "")
    // "Somali and Eritrean nationals": two state adjectives coordinated before one head belong together
    const coordinated = w === "and" && /^\p{Lu}/u.test(words[i] ?? "") && /^\p{Lu}/u.test(words[i - 2] ?? "") && !CALENDAR.test(words[i - 2] ?? "")
    // "she and two others": a singular pronoun coordinated with the group is part of it
    const withPronoun = (w === "and" && /^(?:he|she|i)$/i.test(words[i - 2] ?? "")) ||
      (/^(?:his|her|my)$/.test(w) && (words[i - 2] ?? "").toLowerCase() === "and" && /^(?:he|she|i)$/i.test(words[i - 3] ?? ""))
    // "Two Afghan men": a count word inside the phrase is its count, not the start of "Two years later"
    const calendar = CALENDAR.test(prev) && !/^(?:Two|Three)$/.test(prev)
    if ((STOP.has(w) || calendar) && !withPronoun && !number && !coordinated) break
    // a count opens the phrase: a word before it belongs to the clause ("accepted several thousand …")
    if (COUNT_WORD.test(words[i] ?? "") && !COUNT_WORD.test(prev) && !withPronoun) break
    // "a case involving families": a verb form or "such" ends the phrase on its left
    if (OPENER.test(prev) && !MODIFIER_ING.test(w)) break
    i--
  }
  return words.slice(i)
}

const QUANTITY_WORDS = /(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|an?\s+estimated)\s+)?(?:[\d,]+|\p{L}\p{Ll}+|several\s+\p{Ll}+)\s+$/u

const NUMBER = "(?:\\d[\\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)"
/**
 * A count standing for people with no head noun: "the remaining twelve", "the other 30", "four of them".
 * It ends before a verb or punctuation, so "the first two days" is no such phrase.
 */
const PART = "(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\\s+than\\s+|[Aa]bout\\s+|[Nn]early\\s+|[Aa]lmost\\s+|[Oo]ver\\s+)?(?:[Hh]alf|[Aa]\\s+third|[Aa]\\s+quarter|[Tt]wo\\s+thirds|[Mm]ost|[Mm]any|[Ss]ome|[Ss]everal|[Dd]ozens|[Hh]undreds|[Tt]housands)"
const NUMERIC = `(?:[Tt]he\\s+)?(?:remaining|other|last|first|next)\\s+${NUMBER}|(?:${NUMBER}|${PART})\\s+of\\s+(?:them|those|these|us)`
const NUMERIC_RE = new RegExp(
  `(?<![\\p{L}\\d])(${NUMERIC})(?=\\s*[,;.]|\\s+(?:were|was|had|have|are|who|then|also|all|later|managed|made|got|\\p{Ll}+ed)\\b)`,
  "gu"
)
const NUMERIC_ONLY = new RegExp(`^(?:${NUMERIC})$`, "u")

/** True for a count standing for part of a group already named: its own sub-group, not a repeated mention. */
export const isSubgroup = (phrase: string): boolean => NUMERIC_ONLY.test(phrase)

/** Nouns of things that a people noun may modify ("refugee status", "migrant camp", "asylum seeker centre"). */
const THING_AFTER = /^\s+(?:status|camps?|centres?|centers?|crisis|routes?|boats?|flows?|policy|policies|laws?|convention|quotas?|protection|visas?|cards?|rights|council|agency|influx|issues?|situation|pushbacks?|smuggling|smugglers?|shelters?|reception|registration|procedures?|applications?|claims?|hostels?|accommodation)(?![\p{L}])/u

const LETTER_BEFORE = /^\p{L}$/u

// The characters \s matches in a regular expression.
const SPACE = /\s/
const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0xa0 && SPACE.test(String.fromCharCode(code)))

/**
 * Where the last `n` whitespace-separated words before `at` begin (fewer when the text has fewer), or -1 when
 * only whitespace precedes `at`: what `text.slice(0, at).search(/\S+(?:\s+\S+){0,n-1}\s*$/)` finds, without
 * trying the pattern at every position of the text.
 */
const lastWordsStart = (text: string, at: number, n: number): number => {
  let i = at
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  if (i === 0) return -1
  let start = i
  for (let words = 0; words < n && i > 0; words++) {
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--
    start = i
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  }
  return start
}

/** The start of a quantity that runs into position `at` from its left (a range, a decimal, "tens of thousands of"), else null. */
const quantityStart = (text: string, at: number): number | null => {
  const cut = lastWordsStart(text, at, 7)
  if (cut < 0 || cut >= at) return null
  // a quantity starts at a digit or an opening word before `at`, unless a word runs on across `at`
  if (!LETTER_BEFORE.test(text.slice(at - 1, at)) && !mayOpenQuantity(text.slice(cut, at))) return null
  const window = text.slice(cut, at + 40)
  const q = findQuantities(window).find((x) => {
    const s = cut + x.index
    const e = s + x.length
    return s < at && (e > at || /^\s+of\s+(?:the\s+|those\s+|these\s+)?$/.test(text.slice(e, at)))
  })
  return q === undefined ? null : cut + q.index
}

/**
 * A cache per list of country mentions (a sentence's analysis keeps one list), then per text: the extractors
 * ask about the same sentence many times, and the answers depend on the text and the mentions alone.
 */
const perSentence = <T>() => {
  const byCountries = new WeakMap<ReadonlyArray<CountryMention>, Map<string, Map<string, T>>>()
  return (countries: ReadonlyArray<CountryMention>, text: string, key: string, compute: () => T): T => {
    let byText = byCountries.get(countries)
    if (byText === undefined) {
      byText = new Map()
      byCountries.set(countries, byText)
    }
    let byKey = byText.get(text)
    if (byKey === undefined) {
      byKey = new Map()
      byText.set(text, byKey)
    }
    const cached = byKey.get(key)
    if (cached !== undefined) return cached
    const fresh = compute()
    byKey.set(key, fresh)
    return fresh
  }
}

/** A people head right after a demonym ("Afghan migrants", "Syrian and Iraqi refugees"), tried at lastIndex. */
const HEAD_AFTER_DEMONYM = new RegExp(`\\s+(?:and\\s+\\p{L}+\\s+)?(?:${heads})(?![\\p{L}])`, "uy")

/**
 * The matches of a phrase pattern (`phrase`, global) whose every match has a head (`head`, global, after a
 * non-letter and before one) at most `words` words after its start, and matches at any such head on its own:
 * the phrase pattern is tried only from `words` words before the next head on, and so never runs past it.
 */
const anchoredMatches = (text: string, head: RegExp, phrase: RegExp, words: number): ReadonlyArray<RegExpExecArray> => {
  const out: Array<RegExpExecArray> = []
  let pos = 0
  for (;;) {
    head.lastIndex = pos
    const h = head.exec(text)
    if (h === null) return out
    phrase.lastIndex = Math.max(pos, lastWordsStart(text, h.index, words))
    const m = phrase.exec(text)
    if (m === null) return out
    out.push(m)
    pos = m.index + m[0].length
  }
}

// A people head with a non-letter before and after it: every match of PEOPLE_RE has one, at most eight words (a
// pronoun, "and" and six modifiers) after its start.
const PEOPLE_HEAD = new RegExp(`(?<![\\p{L}])(?:${heads})(?![\\p{L}])`, "gu")
const peopleMatches = (text: string): ReadonlyArray<RegExpExecArray> => anchoredMatches(text, PEOPLE_HEAD, PEOPLE_RE, 10)

// Literals every match of NUMERIC_RE and of the apposition pattern contains: most sentences have neither.
const NUMERIC_HINT = new RegExp(`(?:remaining|other|last|first|next)\\s+${NUMBER}|\\sof\\s+(?:them|those|these|us)`)
const APPOSITION_HINT = /,\s+(?:who|an?)\s/

const phrasesOf = perSentence<ReadonlyArray<Phrase>>()

/** Every people phrase of the sentence, left to right: head nouns, and plural demonyms standing alone ("17 Eritreans"). */
export const peoplePhrases = (text: string, countries: ReadonlyArray<CountryMention> = []): ReadonlyArray<Phrase> =>
  phrasesOf(countries, text, "", () => scanPeoplePhrases(text, countries))

const followedByHead = (text: string, at: number): boolean => {
  HEAD_AFTER_DEMONYM.lastIndex = at
  return HEAD_AFTER_DEMONYM.test(text)
}

const scanPeoplePhrases = (text: string, countries: ReadonlyArray<CountryMention>): ReadonlyArray<Phrase> => {
  const out: Array<Phrase> = []
  for (const c of countries) {
    if (c.kind !== "demonym" || !/s$/.test(c.surface) || followedByHead(text, c.index + c.length)) continue
    const q = QUANTITY_WORDS.exec(text.slice(0, c.index))
    const lead = q !== null && findQuantities(q[0]).length > 0 ? q[0] : ""
    // "23 of the 26 Afghans": the part counted is the phrase's count, not the whole group
    const part = /(\S+)\s+of\s+(?:the|those|these)\s+$/.exec(text.slice(0, c.index - lead.length))
    const start = c.index - lead.length - (part !== null && lead !== "" && findQuantities(part[1] ?? "")[0]?.index === 0 ? part[0].length : 0)
    out.push({ text: text.slice(start, c.index + c.length), index: start, end: c.index + c.length })
  }
  for (const m of peopleMatches(text)) {
    const core = m[1] ?? ""
    // "refugee status", "migrant boats": a head noun used as a modifier of a thing names no people
    if (m[2] === "" && m[3] === undefined && THING_AFTER.test(text.slice(m.index + m[0].length))) continue
    const words = core.split(/\s+/)
    const kept = trimLeft(words)
    // a partitive or modified quantity stays with its head: "thousands of people", "Ten of those
    // witnesses", "More than 1,200 people"
    const left = text.slice(0, m.index + core.length - kept.join(" ").length)
    const partitive = /(\S+)\s+of\s+(?:the\s+|those\s+|these\s+)?$/.exec(left)
    const modified = /(?:about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|an\s+estimated|approximately|roughly|somewhere\s+between|between)\s+$/i.exec(left)
    const lead = partitive !== null && findQuantities(partitive[1] ?? "").length > 0
      ? partitive[0]
      : modified !== null && findQuantities(kept.join(" "))[0]?.index === 0 ? modified[0] : ""
    const keptText = lead + kept.join(" ")
    const start = m.index + core.length - keptText.length
    const full = keptText + (m[2] ?? "") + (m[3] ?? "")
    // "between 200 and 300 people", "400 to 750 people", "2.6 million people", "tens of thousands of people": the
    // whole quantity the phrase's first words end belongs to it
    const from = quantityStart(text, Math.max(m.index, start))
    out.push(from === null
      ? { text: full, index: Math.max(m.index, start), end: m.index + m[0].length }
      : { text: text.slice(from, Math.max(m.index, start)) + full.slice(Math.max(0, m.index - start)), index: from, end: m.index + m[0].length })
  }
  if (NUMERIC_HINT.test(text)) for (const m of text.matchAll(NUMERIC_RE)) {
    const phrase = m[1] ?? ""
    out.push({ text: phrase, index: m.index, end: m.index + phrase.length })
  }
  // a named person introduced by an apposition or relative clause ("Jan Novak, who …")
  if (APPOSITION_HINT.test(text)) for (const m of text.matchAll(/(?<=\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(?:who|an?)\s/gu)) {
    const run = m[1] ?? ""
    // "In May Lena Novak, a …": a month or weekday before the name is the date
    const first = run.split(/\s+/)[0] ?? ""
    const dated = CALENDAR.test(first) && /\s/.test(run) ? first.length + (run.slice(first.length).length - run.slice(first.length).trimStart().length) : 0
    const name = run.slice(dated)
    const index = m.index + dated
    if (countries.some((c) => c.index >= index && c.index < index + name.length)) continue
    out.push({ text: name, index, end: index + name.length })
  }
  return out.sort((a, b) => a.index - b.index)
}

const PRONOUN_RE = /(?<![\p{L}])([Tt]hey|them|[Hh]e|him|[Ss]he|[Hh]er|I|me|[Ww]e|us)(?![\p{L}])/gu

/** A pronoun standing for people (not the possessive "her" before a noun). */
export const pronouns: (text: string) => ReadonlyArray<Phrase> = memoiseString((text) =>
  [...text.matchAll(PRONOUN_RE)]
    .filter((m) => !(m[1]?.toLowerCase() === "her" && /^\s+\p{Ll}+(?:\s|$)/u.test(text.slice(m.index + 3)) && !/^\s+(?:to|back|and|without|on|in|at|across|from|off|up)\b/.test(text.slice(m.index + 3))))
    .map((m) => ({ text: m[1] ?? "", index: m.index, end: m.index + (m[1]?.length ?? 0) })), 20_000)

/** Strips a leading article and the quantity: "about 50 people" → "people" (codebook: Lists and text columns). */
export const bareName = memoiseString((phrase: string): string => {
  let s = phrase.trim().replace(/^(?:the|a|an)\s+/i, "")
  const q = findQuantities(s)[0]
  if (q !== undefined && q.index === 0) s = s.slice(q.length).trim().replace(/^of\s+/, "")
  else s = s.replace(QUANTITY_START, "")
  s = s.replace(/^(?:the|a|an)\s+/i, "").trim()
  // "23 of the 26 Afghans": the whole group's number is a quantity too
  const whole = findQuantities(s)[0]
  return whole !== undefined && whole.index === 0 && q?.index === 0 && /^\d/.test(s) ? s.slice(whole.length).trim() : s
}, 20_000)

/** Counts a people phrase states: its quantity, a coordination's sum, or one for a single person. */
export const countOf = memoiseString((phrase: string): { readonly min: number | null; readonly max: number | null } => {
  const q = findQuantities(phrase)[0]
  const parsed = parseQuantity(phrase)
  if (parsed !== null && (q === undefined || /\band\b/.test(phrase))) return parsed
  if (q !== undefined) return { min: q.min, max: q.max }
  return parsed ?? { min: null, max: null }
}, 20_000)

const SINGULAR = /^(?:he|him|she|her|I|me)$/i
const MALE_HEAD = /\b(?:man|boy|father|husband|son|brother)\b/
const FEMALE_HEAD = /\b(?:woman|girl|mother|wife|daughter|sister)\b/

/** States a people phrase gives as nationality: demonyms in it, "from X", "national(s) of X". */
export const nationalitiesIn = (
  countries: ReadonlyArray<CountryMention>,
  start: number,
  end: number
): ReadonlyArray<string> => countries.filter((c) => c.index >= start && c.index < end && c.kind !== "capital").map((c) => c.code)

/**
 * "most of them Syrians", "most of them from Eritrea, Sudan and Chad", "a national of Mali"; `text` starts with
 * the phrase. A bare "from X" counts only right after a phrase that names no nationality of its own: "Afghan
 * men who had reached X from Y" came through Y, they are not from it.
 */
export const appositiveNationalities = (
  text: string,
  countries: ReadonlyArray<CountryMention>,
  phraseLength = 0,
  stated = false
): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const m of text.matchAll(/(?:most|many|all|some|\d+)\s+of\s+them(?:\s+from)?\s+|nationals?\s+of\s+|(?<=\s)from\s+(?=\p{Lu}[^,.;]*\b(?:crossed|entered|were|had)\b)/gu)) {
    if (/^from\s/.test(m[0]) && (stated || m.index > phraseLength + 1)) continue
    const from = m.index + m[0].length
    const stop = text.slice(from).search(/[;.–—]|\s(?:who|had|were|crossed|and\s+\p{Ll})/u)
    const to = stop < 0 ? text.length : from + stop
    for (const c of countries) if (c.index >= from && c.index < to && c.kind !== "capital") out.push(c.code)
  }
  return out
}

export interface Referent extends People {}

/** The people the text last spoke of, to resolve "they", "the group", "the applicants". */
export interface Memory {
  readonly group: Referent | null
  readonly person: Referent | null
  readonly byHead: ReadonlyMap<string, Referent>
}

export const emptyMemory: Memory = { group: null, person: null, byHead: new Map() }

const HEAD_RE = new RegExp(`(?:${heads})(?![\\p{L}])`, "gu")

const headOf = memoiseString((phrase: string): string => {
  let last = ""
  for (const x of phrase.matchAll(HEAD_RE)) last = x[0].toLowerCase()
  return last.replace(/s$/, "")
}, 20_000)

/**
 * A count of one needs a singular person: a number or article before the noun ("a refugee", "one man"), a
 * possessive or demonstrative, or a name in the phrase. A bare singular noun ("refugee" in a compound) counts nothing.
 */
const singularPerson = (phrase: string, before: string): boolean =>
  /^(?:an?|one|the|this|that|each|every|his|her|their|its|my|our|your)\s/i.test(phrase) ||
  /(?:^|\s)(?:an?|one|the|this|that|each|every|his|her|their|its|my|our|your|[\p{Lu}\p{L}]+[’']s)\s+$/iu.test(before) ||
  /(?:^|\s)\p{Lu}\p{Ll}+(?:\s|$)/u.test(phrase.replace(/^\S+\s*/, "")) || /\p{Lu}\.\p{Lu}\./u.test(phrase) ||
  /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(phrase)

const resolvedBy = new WeakMap<Memory, ReturnType<typeof perSentence<People>>>()

/** People of a phrase, completed from memory when it is a pronoun or a bare definite head ("the group"). */
export const resolvePeople = (
  phrase: string,
  countries: ReadonlyArray<CountryMention>,
  phraseIndex: number,
  sentenceText: string,
  memory: Memory
): People => {
  // the same phrase is resolved against the same memory by the extractor and by `remember`
  let resolved = resolvedBy.get(memory)
  if (resolved === undefined) {
    resolved = perSentence<People>()
    resolvedBy.set(memory, resolved)
  }
  return resolved(countries, sentenceText, `${phraseIndex} ${phrase}`, () =>
    resolveFresh(phrase, countries, phraseIndex, sentenceText, memory))
}

const resolveFresh = (
  phrase: string,
  countries: ReadonlyArray<CountryMention>,
  phraseIndex: number,
  sentenceText: string,
  memory: Memory
): People => {
  if (/^(?:they|them|we|us)$/i.test(phrase)) {
    const g = memory.group
    return g ?? { people: phrase, people_count_min: null, people_count_max: null, nationalities: [] }
  }
  if (SINGULAR.test(phrase)) {
    // a singular person named earlier in the same sentence ("an Afghan man told her that guards took him …")
    const male = /^(?:he|him)$/i.test(phrase)
    const near = peoplePhrases(sentenceText.slice(0, phraseIndex), countries)
      .filter((p) => !/\band\b/.test(p.text) && !SINGULAR.test(p.text) && !isSubgroup(p.text))
      .map((p) => ({ p, r: resolvePeople(p.text, countries, p.index, sentenceText, emptyMemory) }))
      .filter(({ r }) => r.people_count_min === 1 && r.people_count_max === 1 && (male ? !FEMALE_HEAD.test(r.people) : !MALE_HEAD.test(r.people)))
      .at(-1)?.r
    // "him, his wife and their children": a person coordinated with others is a group of unstated size
    const rest = sentenceText.slice(phraseIndex + phrase.length)
    const many = /^(?:,\s+|\s+and\s+)(?:his|her|their)\s+[^.;]*?\band\s+(?:his|her|their)\s+\p{L}+/u.exec(rest)
    // "he and his wife": two people; "she and her children": a group of unstated size
    const pair = /^\s+and\s+(?:his|her|their)\s+(\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,2}/u.exec(rest)
    const group = many ?? pair
    if (group !== null) {
      const two = many === null && !/(?:s|children|people)$/.test(pair?.[1] ?? "s")
      return { people: phrase + group[0], people_count_min: two ? 2 : null, people_count_max: two ? 2 : null, nationalities: near?.nationalities ?? memory.person?.nationalities ?? [] }
    }
    return near ?? memory.person ?? { people: phrase, people_count_min: 1, people_count_max: 1, nationalities: [] }
  }
  // "four of them", "the remaining twelve": the group last spoken of, with the count given
  if (isSubgroup(phrase)) {
    const q = findQuantities(phrase)[0]
    const g = memory.group
    return { people: g?.people ?? "people", people_count_min: q?.min ?? null, people_count_max: q?.max ?? null, nationalities: g?.nationalities ?? [] }
  }
  const name = bareName(phrase)
  // "a boy of twelve" is one person of that age; "a family of seven" counts seven
  const stated = /^(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:boy|girl|man|woman|child|teenager|minor|youth)\s+of\s+/u.test(phrase) ? { min: 1, max: 1 } : countOf(phrase)
  const counts = stated.min === 1 && stated.max === 1 && !singularPerson(phrase, sentenceText.slice(0, phraseIndex)) ? { min: null, max: null } : stated
  const own = nationalitiesIn(countries, phraseIndex, phraseIndex + phrase.length)
  const after = appositiveNationalities(sentenceText.slice(phraseIndex), countries.map((c) => ({ ...c, index: c.index - phraseIndex })), phrase.length, own.length > 0)
  // "migrants from X, most of them Ys": the demonym says who they are, so "from X" is the way they came
  const via = new Set(countries.filter((c) => c.kind === "name" && c.index >= phraseIndex && c.index < phraseIndex + phrase.length &&
    /\bfrom\s+(?:the\s+)?$/.test(sentenceText.slice(phraseIndex, c.index))).map((c) => c.code))
  const described = after.length > 0 && countries.some((c) => c.kind === "demonym" && c.index >= phraseIndex + phrase.length && after.includes(c.code))
  const nationalities = [...new Set([...own.filter((n) => !(described && via.has(n))), ...after])]
  const definite = /^(?:the|these|those)\s/i.test(phrase) || /^(?:applicants|group|family|men)$/i.test(name)
  if (definite && counts.min === null && counts.max === null) {
    const known = memory.byHead.get(headOf(name))
    if (known !== undefined) {
      return {
        people: name,
        people_count_min: known.people_count_min,
        people_count_max: known.people_count_max,
        nationalities: nationalities.length > 0 ? nationalities : known.nationalities
      }
    }
  }
  return { people: name, people_count_min: counts.min, people_count_max: counts.max, nationalities }
}

/**
 * Memory after a sentence: every people phrase with a count or nationality becomes a referent; a person the
 * sentence names (`names`, with positions in it) after the last singular phrase is the one a later "he"/"she"
 * stands for, so a pronoun never reaches back past that name to an older person.
 */
export const remember = (
  memory: Memory,
  a: SentenceAnalysis,
  names: ReadonlyArray<{ readonly name: string; readonly index: number }> = []
): Memory => {
  const text = a.sentence.text
  let { group, person } = memory
  let personAt = -1
  // copied on the first change: most sentences add no referent
  let byHead: ReadonlyMap<string, Referent> = memory.byHead
  const learn = (head: string, r: Referent): void => {
    const next = byHead === memory.byHead ? new Map(byHead) : byHead as Map<string, Referent>
    next.set(head, r)
    byHead = next
  }
  for (const p of peoplePhrases(text, a.countries)) {
    const r = resolvePeople(p.text, a.countries, p.index, text, memory)
    if (r.people_count_min === null && r.nationalities.length === 0) continue
    const head = headOf(r.people)
    if (head !== "") learn(head, r)
    // "The applicants are three Chadian nationals": the subject's head takes the description's numbers
    const subject = /^(?:The\s+)?(\p{Ll}+)\s+(?:are|were|is|was)\s/u.exec(text.slice(0, p.index))
    const label = subject?.[1] !== undefined && peopleHeads.includes(subject[1]) ? { ...r, people: subject[1] } : null
    if (label !== null) learn(label.people.replace(/s$/, ""), label)
    // "The applicants are three Chadian nationals": a later "they" stands for the applicants, worded so
    if (r.people_count_min === 1 && r.people_count_max === 1) {
      person = label ?? r
      personAt = p.index
    } else group = label ?? r
  }
  const named = names.filter((n) => n.index > personAt).at(-1)
  if (named !== undefined) person = { people: named.name, people_count_min: 1, people_count_max: 1, nationalities: [] }
  return { group, person, byHead }
}

/** The paragraph label of an interview answer: who "I" is. */
export const speakerOf = (doc: Segmented, a: SentenceAnalysis): string | null =>
  doc.paragraphs[a.sentence.paragraph]?.label ?? null

// Head nouns match with or without capitals ("the Finnish Border Guard"); \p{Lu} forbids the `i` flag.
const caseless = (pattern: string): string => pattern.replace(/(^|[|(]|\\s\+)([a-z])/g, (_m, pre: string, ch: string) => `${pre}[${ch}${ch.toUpperCase()}]`)

const AUTHORITY_RE = new RegExp(
  `(?<![\\p{L}])((?:(?:the|its|their)\\s+)?(?:\\p{Lu}[\\p{L}’'-]+\\s+and\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]+|five|four|three|two|several|city|local|regional|municipal|federal|riot)\\s+){0,3}(?:${caseless(authorityHeads)})(?:\\s+in\\s+(?:blue\\s+)?uniforms?(?:\\s+and\\s+balaclavas)?)?)(?![\\p{L}])`,
  "gu"
)

export interface Authority {
  readonly text: string
  readonly index: number
  readonly country: string | null
}

const authoritiesOf = perSentence<ReadonlyArray<Authority>>()

/** Authority phrases of a sentence ("Lithuanian border guards", "the Greek coast guard"), with their state. */
export const authorities = (text: string, countries: ReadonlyArray<CountryMention>): ReadonlyArray<Authority> =>
  authoritiesOf(countries, text, "", () => scanAuthorities(text, countries))

// An authority head with a non-letter before and after it: every match of AUTHORITY_RE has one, at most six
// words ("the", a name and "and", three modifiers) after its start.
const AUTHORITY_HEAD = new RegExp(`(?<![\\p{L}])(?:${caseless(authorityHeads)})(?![\\p{L}])`, "gu")

const scanAuthorities = (text: string, countries: ReadonlyArray<CountryMention>): ReadonlyArray<Authority> =>
  anchoredMatches(text, AUTHORITY_HEAD, AUTHORITY_RE, 8).map((m) => {
    const phrase = m[1] ?? ""
    const end = m.index + phrase.length
    const inside = [...countries.filter((c) => c.index >= m.index && c.index < end)]
      .sort((x, y) => Number(insideEu(y.code)) - Number(insideEu(x.code)))[0]
    // "Estonia's border guards", "Hungary’s Cabinet": a possessive name just before
    const before = /(\p{Lu}\p{L}+)[’']s\s+$/u.exec(text.slice(0, m.index))
    const possessor = before === null
      ? /^its\s/i.test(phrase) ? [...countries].reverse().find((c) => c.index < m.index && c.kind === "name") : undefined
      : countries.find((c) => c.index === (before.index ?? -1))
    // "In June Latvian guards": a date or preposition opening the sentence is not part of the name
    let bare = phrase.replace(/^(?:the|its|their)\s+/i, "")
    for (let w = /^(\S+)\s+/.exec(bare); w !== null && CALENDAR.test(w[1] ?? "") && w[0].length < bare.length; w = /^(\S+)\s+/.exec(bare)) {
      bare = bare.slice(w[0].length).replace(/^(?:the|its|their)\s+/i, "")
    }
    // "the Home Office": a body whose name says no state, known from the gazetteer
    const known = authorityStates.find(([re]) => re.test(bare))?.[1] ?? null
    return { text: bare, index: m.index, country: inside?.code ?? possessor?.code ?? known }
  })
