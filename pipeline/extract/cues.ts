// Cue matching shared by the crossing and detention extractors: takes a sentence, produces the cue
// matches that report an occurrence (not hypothetical, negated, generic or quoted), the date that
// belongs to the event, places, and the document's most-named states.
import { blockingAfter, blockingBefore, blockingOpeners } from "../gazetteers/movement.ts"
import { memoiseString } from "../memoise.ts"
import type { EventDate } from "../normalise/dates.ts"
import { unknownDate } from "../normalise/dates.ts"
import type { Analysis, SentenceAnalysis } from "./analysis.ts"
import { startsOf } from "./leading-words.ts"
import { matchesAt, type StartIndex, startIndex, startPositions } from "./word-index.ts"
import { escapeRegExp } from "../regex-source.ts"

export interface Hit {
  readonly name: string
  readonly index: number
  readonly end: number
  /** Inside quotation marks: the speaker's account, which may repeat an occurrence but not report a new one. */
  readonly quoted: boolean
}

const alternation = (words: ReadonlyArray<string>): string =>
  words.map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|")

/**
 * For a compiled cue pattern, its number and the same pattern made sticky: it is tried only where one of the
 * words its matches start with occurs, found for all the patterns of a list in one pass (see word-index).
 */
const starts = new WeakMap<RegExp, { readonly id: number; readonly sticky: RegExp }>()
/** By number, what the matches of each compiled pattern start with (`startsOf`). */
const startWords: Array<ReadonlyArray<string> | null> = []
/**
 * The start index of a list of patterns, by their numbers (-1: a pattern not compiled here, which may start
 * anywhere). The extractors pass lists filtered per sentence (see cueFilter): a list object is seldom seen
 * twice, but the same few lists recur.
 */
const indexFor = memoiseString(
  (ids: string): StartIndex =>
    startIndex(
      ids === "" ? [] : ids.split(" ").map((id) => startWords[Number(id)] ?? null),
      { caseless: true }
    ),
  4096
)

// Case-sensitive, so that "In May 2019" is no modal; words that open a sentence are also capitalised.

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)
const BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...blockingBefore, ...blockingOpeners.map(capitalised)])}|\\p{L}+n[’']t)(?![\\p{L}])`,
  "u"
)
const AFTER = new RegExp(`^\\W*(?:\\S+\\s+){0,2}?(?:${alternation(blockingAfter)})(?![\\p{L}])`, "iu")

/** Positions (UTF-16) inside quotation marks: a quoted account is the speaker's statement, not evidence here. */
const quoted = (text: string): ReadonlyArray<readonly [number, number]> => {
  const out: Array<[number, number]> = []
  for (const m of text.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)) out.push([m.index, m.index + m[0].length])
  return out
}

/** The clause before a cue: back to the last comma, semicolon, colon or dash, at most eight words. */
const clauseBefore = (text: string, index: number): string => {
  const head = text.slice(0, index)
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":"), head.lastIndexOf("–"), head.lastIndexOf("—"))
  return head.slice(cut + 1).split(/\s+/).slice(-9).join(" ")
}

// A gerund opening its clause is a subject ("driving people back was a practice"): generic.
const gerundSubject = (text: string, index: number, end: number): boolean =>
  /^\p{L}+ing\b/u.test(text.slice(index, end)) && /^\s*(?:that)?\s*$/i.test(clauseBefore(text, index))

// A participle describing the subject of a modal ("people sent to X would face …"): a hypothetical.
const modalSubject = (text: string, index: number, end: number): boolean =>
  /^(?:sent|returned|removed|deported|expelled|pushed|transferred)\b/i.test(text.slice(index, end)) &&
  !/\b(?:was|were|been|be|being|had|has|have|is|are|they|he|she|we|I)\s+$/i.test(text.slice(0, index)) &&
  /^[^,;.]{0,40}?\s(?:would|could|might|will|may)\s/.test(text.slice(end))

/** True when the cue at `index…end` reports something that did not (yet) happen, or happens generically. */
export const isBlocked = (text: string, index: number, end: number): boolean =>
  BEFORE.test(clauseBefore(text, index)) || AFTER.test(text.slice(end, end + 40)) || gerundSubject(text, index, end) ||
  modalSubject(text, index, end)

/** Non-blocked matches of named patterns in a sentence, in text order. */
export const findHits = (
  text: string,
  patterns: ReadonlyArray<{ readonly name: string; readonly re: RegExp }>
): ReadonlyArray<Hit> => {
  const out: Array<Hit> = []
  let quotes: ReadonlyArray<readonly [number, number]> | null = null
  const positions = startPositions(indexFor(patterns.map(({ re }) => starts.get(re)?.id ?? -1).join(" ")), text)
  patterns.forEach(({ name, re }, i) => {
    const at = positions[i]
    if (at === undefined) return
    const sticky = starts.get(re)?.sticky
    for (const m of at === null || sticky === undefined ? matchesOf(re, text) : matchesAt(sticky, text, at)) {
      const index = m.index
      if (isBlocked(text, index, index + m[0].length)) continue
      quotes ??= quoted(text)
      out.push({ name, index, end: index + m[0].length, quoted: quotes.some(([s, e]) => index >= s && index < e) })
    }
  })
  return out.sort((a, b) => a.index - b.index)
}

/**
 * The matches `text.matchAll(re)` gives for a global `re`, by `exec` on `re` itself: `matchAll` copies the
 * regex on every call, which costs more than the search. `re.lastIndex` is 0 again afterwards.
 */
const matchesOf = (re: RegExp, text: string): ReadonlyArray<RegExpExecArray> => {
  if (!re.global) throw new TypeError("findHits needs global patterns (see compile)")
  const out: Array<RegExpExecArray> = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1
    out.push(m)
  }
  return out
}

export const compile = (pattern: string): RegExp => {
  const re = new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, "giu")
  // every match opens with "not after a letter", as a start index asks; a match starting with a word is not empty
  starts.set(re, { id: startWords.length, sticky: new RegExp(re.source, "iuy") })
  startWords.push(startsOf(pattern))
  return re
}

const REPORTING = "said|says|told|published|reported|announced|ruled|accusing|finding|decided|granted|stated|wrote|adopted|visited"
// "found, in <case>, that": a parenthetical between the verb and its clause
const REPORTING_BETWEEN = new RegExp(`\\b(?:${REPORTING}|(?:held|found|considered)(?:,[^,;]{0,100},)?\\s+that)\\b`)
const REPORTING_JUST_BEFORE = new RegExp(`\\b(?:${REPORTING}|found|held|described)\\s+$`)

const SUBORDINATE = /\b(?:after|before)\b(?:[^,;]|,(?=\d))*$/
const ANAPHORIC = /^(?:that|the\s+same|this)\s+\p{L}+$/iu
const EXPLICIT_YEAR = /\b(?:19|20)\d\d\b/

/**
 * The date of the event at a cue: the first date of the sentence that does not date a report — one
 * right after a reporting verb ("found in March 2017 that"), or before a reporting verb that
 * precedes the cue ("On 3 May an NGO published a report accusing …"); else unknown.
 */
export const eventDate = (a: SentenceAnalysis, cue: Hit): EventDate => {
  const text = a.sentence.text
  const candidates = a.dates.filter((d) =>
    d.date_text !== null && !REPORTING_JUST_BEFORE.test(text.slice(0, d.index)) &&
    !(d.index < cue.index && REPORTING_BETWEEN.test(text.slice(d.index + d.length, cue.index)))
  )
  // "X happened on Tuesday, after people crossed … on Monday": a date of the cue's own "after" clause wins over
  // the main clause's
  const own = candidates.find((d) => d.index > cue.index && !/[,;]/.test(text.slice(cue.end, d.index)))
  const dated = own !== undefined && candidates.some((d) => d.index < cue.index && SUBORDINATE.test(text.slice(d.index + d.length, cue.index)))
    ? [own, ...candidates.filter((d) => d !== own)]
    : candidates
  // "that month … in October 2015": a date the sentence states outright wins over one read back from the context
  const chosen = dated.find((d) => !ANAPHORIC.test(d.date_text ?? "") || !dated.some((x) => EXPLICIT_YEAR.test(x.date_text ?? ""))) ??
    dated[0]
  if (chosen === undefined) return unknownDate
  return { date_start: chosen.date_start, date_end: chosen.date_end, date_precision: chosen.date_precision, date_text: chosen.date_text }
}

/**
 * The date of an event reported by several cues of one sentence: the main cue's, else the first other cue's
 * ("people who tried to cross in <year> … the court found that guards sent them back": the year dates the
 * attempt, whose return the report describes). A report's own date still never dates the event.
 */
export const eventDateOf = (a: SentenceAnalysis, main: Hit, hits: ReadonlyArray<Hit>): EventDate => {
  const own = eventDate(a, main)
  if (hasOwnDate(own)) return own
  for (const h of hits) {
    if (h === main) continue
    const d = eventDate(a, h)
    if (hasOwnDate(d)) return d
  }
  return own
}

/** True when the sentence dates the event itself. */
export const hasOwnDate = (d: EventDate): boolean => d.date_precision !== "unknown"

/**
 * The states a document names most, most often first (ties: first named first): names, capitals and
 * adjectives ("Bulgarian police"), not where people come from or are sent to ("from X", "into X", demonyms).
 */
export const documentStates = (analysis: Analysis): ReadonlyArray<string> => {
  const counts = new Map<string, { n: number; first: number }>()
  analysis.sentences.forEach((s, i) => {
    for (const c of s.countries) {
      if (s.sentence.heading || c.kind === "demonym") continue
      if (/\b(?:from|to|into|towards)\s+(?:the\s+)?$/.test(s.sentence.text.slice(Math.max(0, c.index - 12), c.index))) continue
      const e = counts.get(c.code)
      counts.set(c.code, { n: (e?.n ?? 0) + 1, first: e?.first ?? i })
    }
  })
  return [...counts.entries()].sort((x, y) => y[1].n - x[1].n || x[1].first - y[1].first).map(([c]) => c)
}

/** "women from Chad and Niger", "most of them from Mali": where people come from, not a border of the text. */
export const ORIGIN =
  /\b(?:of\s+them|seekers|migrants|refugees|nationals|citizens|people|persons|man|men|woman|women|boys?|girls?|child(?:ren)?|famil(?:y|ies)|survivors|arrivals|\p{Lu}\p{Ll}+s)\s+from\s+(?:(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?(?:,\s+|\s+and\s+))*(?:the\s+)?$/u

const placeStatesOf = new WeakMap<Analysis, Map<string, ReadonlyArray<string>>>()
const placesByAnalysis = new WeakMap<Analysis, ReadonlyArray<ReadonlyArray<string>>>()

/** Per sentence, the codes of the states it names as places, in text order. */
const placesOf = (analysis: Analysis): ReadonlyArray<ReadonlyArray<string>> => {
  const cached = placesByAnalysis.get(analysis)
  if (cached !== undefined) return cached
  const fresh = analysis.sentences.map((s) =>
    s.countries.flatMap((c) => {
      const after = s.sentence.text.slice(c.index + c.length)
      const place = c.kind === "name" || c.kind === "capital" ||
        (c.kind === "adjective" && /^\s+(?:side|border|waters|soil|territory|bank|shore|coast)\b/.test(after))
      // "asylum seekers from Yemen": where people come from, not a border of the text
      return !place || ORIGIN.test(s.sentence.text.slice(0, c.index)) ? [] : [c.code]
    })
  )
  placesByAnalysis.set(analysis, fresh)
  return fresh
}

/**
 * The states a text names as places (names, capitals, "the Serbian side"), most often first; demonyms and
 * adjectives describing people or events ("the Russian invasion") are no evidence of a border. The states
 * of the paragraph come first: the nearer the context, the stronger the evidence for a side the sentence
 * leaves open; the rest of the document follows unless `wide` is false.
 */
export const placeStates = (analysis: Analysis, paragraph: number, wide = true): ReadonlyArray<string> => {
  // asked for every sentence of a document, and the same for all sentences of a paragraph: computed once each
  const known = placeStatesOf.get(analysis) ?? new Map<string, ReadonlyArray<string>>()
  placeStatesOf.set(analysis, known)
  const key = `${paragraph} ${wide}`
  const cached = known.get(key)
  if (cached !== undefined) return cached
  const places = placesOf(analysis)
  const rank = (inParagraph: boolean) => {
    const counts = new Map<string, { n: number; first: number }>()
    analysis.sentences.forEach((s, i) => {
      if ((s.sentence.paragraph === paragraph) !== inParagraph || s.sentence.heading) return
      for (const code of places[i] ?? []) {
        const e = counts.get(code)
        counts.set(code, { n: (e?.n ?? 0) + 1, first: e?.first ?? i })
      }
    })
    return [...counts.entries()].sort((x, y) => y[1].n - x[1].n || x[1].first - y[1].first).map(([c]) => c)
  }
  const near = rank(true)
  const fresh = wide ? [...near, ...rank(false).filter((c) => !near.includes(c))] : near
  known.set(key, fresh)
  return fresh
}

/** A named place below the state: "near the village of X", "the island of X", "the enclave of X". */
export const placeIn = (text: string): string | null => {
  const m = /(?:near|island\s+of|enclave\s+of|village\s+of|town\s+of|outside)\s+(?:the\s+(?:village|town)\s+of\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)/u.exec(text)
  return m?.[1] ?? null
}
