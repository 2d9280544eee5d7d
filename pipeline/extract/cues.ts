// Cue matching shared by the crossing and detention extractors: takes a sentence, produces the cue
// matches that report an occurrence (not hypothetical, negated, generic or quoted), the date that
// belongs to the event, places, and the document's most-named states.
import { blockingAfter, blockingBefore } from "../gazetteers/movement.ts"
import type { DateMention, EventDate } from "../normalise/dates.ts"
import { unknownDate } from "../normalise/dates.ts"
import type { Analysis, SentenceAnalysis } from "./analysis.ts"

export interface Hit {
  readonly name: string
  readonly index: number
  readonly end: number
}

const alternation = (words: ReadonlyArray<string>): string =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")

const BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(blockingBefore)}|\\p{L}+n[’']t)(?![\\p{L}])`, "iu")
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

/** True when the cue at `index…end` reports something that did not (yet) happen, or happens generically. */
export const isBlocked = (text: string, index: number, end: number): boolean =>
  BEFORE.test(clauseBefore(text, index)) || AFTER.test(text.slice(end, end + 40)) ||
  quoted(text).some(([s, e]) => index >= s && index < e)

/** Non-blocked matches of named patterns in a sentence, in text order. */
export const findHits = (
  text: string,
  patterns: ReadonlyArray<{ readonly name: string; readonly re: RegExp }>
): ReadonlyArray<Hit> => {
  const out: Array<Hit> = []
  for (const { name, re } of patterns) {
    for (const m of text.matchAll(re)) {
      if (!isBlocked(text, m.index, m.index + m[0].length)) out.push({ name, index: m.index, end: m.index + m[0].length })
    }
  }
  return out.sort((a, b) => a.index - b.index)
}

export const compile = (pattern: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, "giu")

const REPORTING = /\b(?:said|says|told|published|reported|announced|found|ruled|held|recorded|described|accusing|decided|granted|stated|wrote)\b/

/**
 * The date of the event at a cue: the first date after the cue; else the nearest before it, unless a
 * reporting verb stands between (then it dates the report, not the event); else unknown.
 */
export const eventDate = (a: SentenceAnalysis, cue: Hit): EventDate => {
  const text = a.sentence.text
  const usable = (d: DateMention) => d.date_text !== null
  const after = a.dates.find((d) => usable(d) && d.index >= cue.index)
  const before = [...a.dates].reverse().find((d) => usable(d) && d.index < cue.index && !REPORTING.test(text.slice(d.index + d.length, cue.index)))
  const chosen = after ?? before
  if (chosen === undefined) return unknownDate
  return { date_start: chosen.date_start, date_end: chosen.date_end, date_precision: chosen.date_precision, date_text: chosen.date_text }
}

/** True when the sentence dates the event itself. */
export const hasOwnDate = (d: EventDate): boolean => d.date_precision !== "unknown"

/** The states a document names most, most often first (ties: first named first). */
export const documentStates = (analysis: Analysis): ReadonlyArray<string> => {
  const counts = new Map<string, { n: number; first: number }>()
  analysis.sentences.forEach((s, i) => {
    for (const c of s.countries) {
      const e = counts.get(c.code)
      counts.set(c.code, { n: (e?.n ?? 0) + 1, first: e?.first ?? i })
    }
  })
  return [...counts.entries()].sort((x, y) => y[1].n - x[1].n || x[1].first - y[1].first).map(([c]) => c)
}

/** A named place below the state: "near the village of X", "the island of X", "the enclave of X". */
export const placeIn = (text: string): string | null => {
  const m = /(?:near|island\s+of|enclave\s+of|village\s+of|town\s+of|outside)\s+(?:the\s+(?:village|town)\s+of\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)/u.exec(text)
  return m?.[1] ?? null
}
