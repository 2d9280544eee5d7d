// Legal normalisers for ruling events (codebook, "ruling"): courts, articles, application numbers and
// case names found in a text. Every index/length is in UTF-16 code units of the given text; callers
// convert to code points through pipeline/offsets.ts.
import countries from "i18n-iso-countries"
import en from "i18n-iso-countries/langs/en.json" with { type: "json" }
import { COUNTRIES, SKIPPED_LIBRARY_NAMES } from "../gazetteers/countries.ts"
import {
  apexCourtTypes,
  chamberCourts,
  CJEU,
  courtLevels,
  councilOfStateNames,
  courtReferences,
  foreignCourtAdjective,
  foreignCourtHeads,
  foreignCourtJoins,
  genericCourtModifiers,
  type Instrument,
  instrumentNames,
  internationalCourts,
  namedRights,
  nationalCourtTypes,
  notCourtPlaces,
  notPlaces,
  proceduralEchrArticles,
} from "../gazetteers/courts.ts"
import { governmentBodies, governmentNouns } from "../gazetteers/judicial.ts"
import { memoiseString } from "../memoise.ts"
import { withoutLookarounds } from "../regex-source.ts"
import { type Anchored, matchAllAnchored, matchAllFrom, runsBack, spacesBack } from "./anchored.ts"
import { countryCode } from "./countries.ts"
import { escapeRegExp } from "../regex-source.ts"

// Country names, for patterns that need a state inside a phrase ("Lithuania's Supreme Court", "v. Poland").
countries.registerLocale(en)

const skippedNames = new Set(SKIPPED_LIBRARY_NAMES)
const countryNames: ReadonlyArray<string> = [
  ...COUNTRIES.flatMap((c) => c.names ?? []),
  ...Object.values(countries.getNames("en", { select: "all" })).flatMap((names) =>
    names.filter((n) => !skippedNames.has(n) && !/[,(]/.test(n))
  ),
]

const alternation = (names: ReadonlyArray<string>) =>
  [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join("|")

const capitalisedCountryNames = countryNames.filter((n) => /^\p{Lu}/u.test(n))
const demonyms = COUNTRIES.flatMap((c) => c.adjectives ?? [])
/** Regex source matching a country name as written with a capital ("North Macedonia", "the United Kingdom" minus "the"). */
export const countryNamePattern = alternation(capitalisedCountryNames)
/** Regex source matching a country adjective ("Lithuanian", "Greek", "Hellenic"). */
export const demonymPattern = alternation(demonyms)

const whitespaceRuns = (s: string) => s.match(/\s+/g)?.length ?? 0
/**
 * How far `countryNamePattern` and `demonymPattern` reach, for finders that look back from an anchor: the
 * longest name in UTF-16 code units, and the most runs of whitespace inside one.
 */
export const countryNameReach = {
  length: Math.max(...capitalisedCountryNames.map((n) => n.length)),
  runs: Math.max(...capitalisedCountryNames.map(whitespaceRuns)),
}
export const demonymReach = { length: Math.max(...demonyms.map((n) => n.length)), runs: Math.max(...demonyms.map(whitespaceRuns)) }

const shortNames: Readonly<Record<string, string>> = {
  RU: "Russia", MD: "Moldova", GB: "the United Kingdom", IR: "Iran", SY: "Syria", US: "the United States",
  NL: "the Netherlands", TR: "Türkiye", CZ: "the Czech Republic",
}
const shortName = (code: string): string => shortNames[code] ?? countries.getName(code, "en") ?? code

// ---------------------------------------------------------------------------------------------
// Overlap resolution shared by the finders.
// ---------------------------------------------------------------------------------------------

interface Span {
  readonly index: number
  readonly length: number
  /** Lower wins among spans of equal length. */
  readonly rank: number
}

/** Longest spans first, then by rank; the survivors in text order. */
const nonOverlapping = <A extends Span>(spans: ReadonlyArray<A>): ReadonlyArray<A> => {
  const taken: Array<A> = []
  const ordered = [...spans].sort((a, b) => b.length - a.length || a.rank - b.rank || a.index - b.index)
  for (const s of ordered) {
    if (taken.every((t) => s.index + s.length <= t.index || t.index + t.length <= s.index)) taken.push(s)
  }
  return taken.sort((a, b) => a.index - b.index)
}

// ---------------------------------------------------------------------------------------------
// Courts
// ---------------------------------------------------------------------------------------------

export interface CourtMention {
  readonly court: string
  readonly index: number
  readonly length: number
  readonly surface: string
  readonly country: string | null
}

/** What a court span stands for: a named court, or a reference to one ("the Court"). */
type CourtFound =
  | { readonly kind: "named"; readonly court: string; readonly country: string | null }
  | { readonly kind: "reference"; readonly refersTo: "court" | "committee" | "chamber" }

type CourtSpan = Span & CourtFound

const international = new Map(internationalCourts.map((c) => [c.name, c]))

const isCommittee = (court: string) =>
  international.get(court)?.committee ?? /\b(?:Committee|Working Group)\b/.test(court)

/** The state of a national court from its normalised name; null for international bodies. */
const courtCountry = (court: string): string | null => {
  if (international.has(court)) return null
  const of = /\bof (?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)$/u.exec(court)
  const fromOf = of?.[1] === undefined ? null : countryCode(of[1])
  if (fromOf !== null) return fromOf
  const in_ = /\bin (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)$/u.exec(court)
  const fromIn = in_?.[1] === undefined ? null : countryCode(in_[1])
  if (fromIn !== null) return fromIn
  for (const word of court.split(/\s+/)) {
    const code = /^\p{Lu}/u.test(word) ? countryCode(word) : null
    if (code !== null) return code
  }
  return null
}

const typesPattern = alternation(nationalCourtTypes)
const modifiersPattern = genericCourtModifiers.join("|")
const place = "\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2}"
/** Capitalised words that open a sentence or a phrase rather than a court's name. */
const leadingWords = /^(?:(?:The|A|An|In|On|At|By|For|From|After|Before|Under|Since|When|While|Last|Yesterday|Today|This|That|Its|Their|His|Her|Both|Then|Meanwhile|But|And|Later|Earlier|Also)\s+)+/u

/** Month and day names, which follow "in" as a date, not a seat ("the Court in March"). */
const calendar = "January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
/** A seat after "in": a place that is not a date, an international court's seat or a case's first party. */
const seat = `(?!(?:${calendar}|Strasbourg|Luxembourg|The Hague)\\b)(${place})(?![\\p{L}-]| v\\.? )`
const foreignHead = foreignCourtHeads.join("|")
const foreignTail = `(?:\\s(?:(?:${foreignCourtJoins.join("|")})\\s?)?(?:\\p{Lu}[\\p{L}’'-]*|${foreignCourtAdjective})(?![\\p{L}]))*`

const nationalCourtRules: ReadonlyArray<{
  readonly rank: number
  readonly source: string
  /** A part of every match, and how far before it a match may start (see `Anchored`). */
  readonly anchor: string
  readonly back: Anchored["back"]
  /** Group 1 is the name span; returns the normalised name and state, or null to skip. */
  readonly normalise: (m: RegExpExecArray) => { readonly court: string; readonly country: string | null } | null
}> = [
  {
    // "Lithuania's Supreme Administrative Court" → "Supreme Administrative Court of Lithuania"
    rank: 1,
    source: `\\b((${countryNamePattern})['’]s (${typesPattern}))\\b`,
    anchor: `['’]s (?:${typesPattern})`,
    back: (_, at) => at - countryNameReach.length,
    normalise: (m) => ({ court: `${m[3]} of ${m[2]}`, country: countryCode(m[2] ?? "") }),
  },
  {
    // "the Polish Supreme Court" → "Supreme Court of Poland"
    rank: 1,
    source: `\\b((${demonymPattern}) (${typesPattern}))\\b`,
    anchor: typesPattern,
    back: (_, at) => at - demonymReach.length - 1,
    normalise: (m) => {
      const code = countryCode(m[2] ?? "")
      return code === null ? null : { court: `${m[3]} of ${shortName(code)}`, country: code }
    },
  },
  {
    // "the Conseil d'État", "the Italian Consiglio di Stato" → "Council of State" (of Italy)
    rank: 1,
    source: `((?:(${demonymPattern}) )?(?:${councilOfStateNames}))(?![\\p{L}])`,
    anchor: councilOfStateNames,
    back: (_, at) => at - demonymReach.length - 1,
    normalise: (m) => {
      const code = m[2] === undefined ? null : countryCode(m[2])
      return { court: code === null ? "Council of State" : `Council of State of ${shortName(code)}`, country: code }
    },
  },
  {
    // "the Administrative Court in Valmora", "the Supreme Court in Valmora" (invented places): a national court by
    // its seat; an apex court's state is its seat's (a capital), and its name the type alone, for `withState`
    rank: 2,
    source: `((?:\\p{Lu}\\p{Ll}+ ){0,3}(?:Court|Tribunal)(?: of (?:Appeals?|Cassation|First Instance))? in ${seat})`,
    anchor: "Court|Tribunal",
    back: (text, at) => spacesBack(text, at, 3),
    normalise: (m) => {
      const court = (m[1] ?? "").replace(leadingWords, "")
      const type = court.replace(/ in .*$/u, "")
      const country = countryCode(m[2] ?? "")
      return apexCourtTypes.includes(type) && country !== null ? { court: type, country } : { court, country }
    },
  },
  {
    // "the Tribunale di Valmora", "the Sąd Okręgowy in Valmora", "the Verwaltungsgericht Valmora" (invented places):
    // a court named in its own language, as written; its state from a seat that is a capital
    rank: 2,
    source: `((?:\\p{Lu}[\\p{L}’'-]+ ){0,3}(?:${foreignHead})(?![\\p{L}])${foreignTail}(?: in ${seat})?)`,
    // The heads' literal part ("gericht" of "Verwaltungsgericht"); no space lies between a head's start and it.
    anchor: foreignCourtHeads.map((h) => h.replace(/^\\p\{Lu\}\\p\{Ll\}\*/u, "")).join("|"),
    back: (text, at) => spacesBack(text, at, 3),
    normalise: (m) => {
      const court = (m[1] ?? "").replace(leadingWords, "")
      if (/^(?:Tribunal|Court)$/u.test(court)) return null
      const places = [m[2], ...[...court.matchAll(/\p{Lu}[\p{L}-]+/gu)].map((w) => w[0]).reverse()]
      const country = places.map((p) => (p === undefined ? null : countryCode(p))).find((c) => c !== null) ?? null
      return { court, country }
    },
  },
  {
    // "Court of Valmora", "Regional Administrative Court of Northmark", "Court of Appeal of Eastshire" (invented places)
    rank: 2,
    source: `((?:\\p{Lu}\\p{Ll}+ ){0,3}(?:Court|Tribunal)(?: of (?:Appeals?|Cassation|First Instance))? of (?:the )?(?!(?:${notPlaces.join("|")})\\b)(${place}))`,
    anchor: "Court|Tribunal",
    back: (text, at) => spacesBack(text, at, 3),
    normalise: (m) => {
      const court = (m[1] ?? "").replace(leadingWords, "")
      return { court, country: countryCode(m[2] ?? "") }
    },
  },
  {
    // "the Court of Appeal", "an Administrative Court of Appeal": a court named by its level, as written
    rank: 3,
    source: `\\b((?:\\p{Lu}\\p{Ll}+ ){0,3}(?:${courtLevels.join("|")}))\\b(?! of (?:the )?\\p{Lu})`,
    anchor: courtLevels.join("|"),
    back: (text, at) => spacesBack(text, at, 3),
    normalise: (m) => {
      const court = (m[1] ?? "").replace(leadingWords, "")
      return { court, country: courtCountry(court) }
    },
  },
  {
    // "the Valmora court", "the Northmark court of first instance" (invented places): a court named by its seat, as written
    rank: 4,
    source: `\\b(?:[Tt]he|[Aa])\\s+((?!(?:${notCourtPlaces.join("|")}|${demonymPattern})\\b)(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)(?: (?:${modifiersPattern})){0,2} (?:court|tribunal)(?: of (?:first instance|appeals?|cassation))?)(?![\\p{L}-])`,
    // "The" and its whitespace, a place of one or two words and two modifiers, each after a space
    anchor: "court|tribunal",
    back: (text, at) => runsBack(text, at, 5),
    normalise: (m) => ({ court: m[1] ?? "", country: countryCode(m[2] ?? "") }),
  },
  {
    // "Riverton Regional Administrative Court" (an invented place), "Supreme Court"
    rank: 3,
    source: `\\b((?:\\p{Lu}[\\p{L}’'-]+ ){1,4}(?:Court|Tribunal))\\b(?! of\\b)`,
    anchor: "Court|Tribunal",
    back: (text, at) => spacesBack(text, at, 4),
    normalise: (m) => {
      const court = (m[1] ?? "").replace(leadingWords, "")
      return /^(?:Court|Tribunal)$/.test(court) ? null : { court, country: courtCountry(court) }
    },
  },
  {
    // "a district court in Valmora" (an invented place), "the regional administrative court", "a Lithuanian court"
    rank: 4,
    source: `\\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\\s+((?:(${demonymPattern})\\s+)?(?:(?:${modifiersPattern})[ -]){0,3}(?:court|tribunal)(?: of (?:appeals?|first instance))?(?: in (${place}))?)(?![\\p{L}-])`,
    // "the" and its whitespace, an adjective (spaces inside) and its whitespace, three modifiers before a space or hyphen
    anchor: "court|tribunal",
    back: (text, at) => runsBack(text, at, 5 + demonymReach.runs),
    normalise: (m) => {
      const court = m[1] ?? ""
      if (/^(?:court|tribunal)$/.test(court)) return null
      const country = m[2] !== undefined ? countryCode(m[2]) : m[3] !== undefined ? countryCode(m[3]) : null
      return { court, country }
    },
  },
]

// Every pattern is compiled once. A combined pattern of a group, lookarounds left out, finds where its first
// match may be: the group's patterns start there, and none runs on a text where the combined one finds nothing.
const combined = (sources: ReadonlyArray<string>, flags = "u") =>
  new RegExp(sources.map((p) => `(?:${withoutLookarounds(p)})`).join("|"), flags)
const internationalPatterns = internationalCourts.map((c) => ({
  court: c.name,
  any: combined(c.patterns, "gu"),
  patterns: c.patterns.map((p) => new RegExp(p, "gu")),
}))
const anyInternational = combined(internationalCourts.flatMap((c) => c.patterns))
const nationalPatterns = nationalCourtRules.map((rule) => ({
  rule,
  anchored: { pattern: new RegExp(rule.source, "gu"), anchor: new RegExp(rule.anchor, "gu"), back: rule.back },
}))
const referencePatterns = courtReferences.map((r) => ({ refersTo: r.refersTo, pattern: new RegExp(r.pattern, "gu") }))
const anyReference = combined(courtReferences.map((r) => r.pattern))

/** Every match of `pattern` from `from` on (see matchAllFrom), as a span of rank `rank` standing for `found`. */
const spansFrom = (pattern: RegExp, text: string, from: number, rank: number, found: CourtFound): Array<CourtSpan> =>
  matchAllFrom(pattern, text, from).map((m) => ({ ...found, index: m.index, length: m[0].length, rank }))

const courtSpans = (text: string): ReadonlyArray<CourtSpan> => {
  const internationalFrom = anyInternational.exec(text)?.index
  const referenceFrom = anyReference.exec(text)?.index
  return [
    ...(internationalFrom === undefined
      ? []
      : internationalPatterns.flatMap(({ court, any, patterns }) => {
          // The court's own first possible match
          any.lastIndex = internationalFrom
          const from = any.exec(text)?.index
          return from === undefined
            ? []
            : patterns.flatMap((pattern) => spansFrom(pattern, text, from, 0, { kind: "named", court, country: null }))
        })),
    ...nationalPatterns.flatMap(({ rule, anchored }) =>
      matchAllAnchored(anchored, text).flatMap((m): ReadonlyArray<CourtSpan> => {
        const named = rule.normalise(m)
        // Group 1 ends where the match does (only lookarounds follow it in every rule).
        const end = m.index + m[0].length
        const start = end - (m[1] ?? "").length
        const lead = (m[1] ?? "").length - (m[1] ?? "").replace(leadingWords, "").length
        return named === null ? [] : [{ kind: "named", index: start + lead, length: end - start - lead, rank: rule.rank, ...named }]
      })
    ),
    ...(referenceFrom === undefined
      ? []
      : referencePatterns.flatMap(({ refersTo, pattern }) => spansFrom(pattern, text, referenceFrom, 5, { kind: "reference", refersTo }))),
  ]
}

/** The court spans of a text that survive overlap resolution; the same sentence is asked about by several extractors. */
const resolvedCourtSpans = memoiseString((text: string) => nonOverlapping(courtSpans(text)), 4096)

const refersToCourt = (refersTo: "court" | "committee" | "chamber", court: string): boolean => {
  switch (refersTo) {
    case "court":
      return !isCommittee(court)
    case "committee":
      return isCommittee(court)
    case "chamber":
      return chamberCourts.includes(court)
  }
}

/**
 * Courts named in `text`, normalised. References ("the Court", "the Committee", "the judges") resolve to
 * the last court named before them in the text, or to `previous` (the last full name seen earlier in
 * the document); unresolvable references are left out. A capitalised "the Court" is how the European
 * courts and UN bodies refer to themselves, so it resolves to the last international court (in the text,
 * else `principal`) even when a national court was named since; a lower-case "the court" takes the last one.
 * `courtContext` computes both from the text before.
 */
export const findCourts = (text: string, previous?: string | null, principal?: string | null): ReadonlyArray<CourtMention> => {
  const mentions: Array<CourtMention> = []
  // "In X (C-1/99), the Court held": an EU case number names the court a bare "the Court" is.
  const numbered = /\b([CT])[-‐‑–—]\s?\d{1,4}\/\d{2}\b/u.exec(text)?.[1]
  const euCourt = numbered === undefined ? null : numbered === "C" ? CJEU : "General Court of the European Union"
  let last = previous ?? null
  let lastInternational = principal ?? (last !== null && international.has(last) ? last : null)
  for (const span of resolvedCourtSpans(text)) {
    const surface = text.slice(span.index, span.index + span.length)
    if (span.kind === "named") {
      mentions.push({ court: span.court, index: span.index, length: span.length, surface, country: span.country })
      last = span.court
      if (international.has(span.court)) lastInternational = span.court
      continue
    }
    const titled = /\b(?:Court|Committee)\b/.test(surface) && lastInternational !== null
    const target =
      euCourt !== null && span.refersTo !== "committee" && !mentions.some((m) => international.has(m.court))
        ? euCourt
        : titled && refersToCourt(span.refersTo, lastInternational ?? "")
          ? lastInternational
          : last
    if (target !== null && refersToCourt(span.refersTo, target)) {
      mentions.push({ court: target, index: span.index, length: span.length, surface, country: courtCountry(target) })
    }
  }
  return mentions
}

/** The antecedents `findCourts` needs for a text that follows `before`: the last court named, and the last international one. */
export const courtContext = (before: string): { readonly previous: string | null; readonly principal: string | null } => {
  const mentions = findCourts(before)
  return {
    previous: mentions.at(-1)?.court ?? null,
    principal: mentions.findLast((m) => international.has(m.court))?.court ?? null,
  }
}

/** Whether a court is international (its decisions have no state of their own). */
export const isInternationalCourt = (court: string): boolean => international.has(court)

/** "Supreme Court" with its state: "Supreme Court of the United Kingdom"; other names are kept. */
export const withState = (court: string, code: string): string =>
  apexCourtTypes.includes(court) ? `${court} of ${shortName(code)}` : court

// ---------------------------------------------------------------------------------------------
// Government parties
// ---------------------------------------------------------------------------------------------

const governmentNoun = `(?:${governmentNouns.join("|")})(?![\\p{L}])`
/** "the" and the whitespace after it: a match may start that far before its anchor. */
const afterThe = (text: string, at: number) => runsBack(text, at, 1) - 3
const governmentRules: ReadonlyArray<{
  readonly source: string
  readonly anchor: string
  readonly back: Anchored["back"]
  readonly code: (m: RegExpExecArray) => string | null
}> = [
  ...governmentBodies.map((b) => ({ source: `\\b(?:the\\s+)?(?:${b.pattern})\\b`, anchor: b.pattern, back: afterThe, code: () => b.code })),
  // "the Italian government", "the Greek border police"
  {
    source: `\\b(?:the\\s+)?(${demonymPattern})\\s+${governmentNoun}`,
    anchor: governmentNoun,
    back: (text: string, at: number) => runsBack(text, at, 2 + demonymReach.runs) - 3,
    code: (m: RegExpExecArray) => countryCode(m[1] ?? ""),
  },
  // "Utopia's interior ministry", "the government of Malta"
  {
    source: `\\b(${countryNamePattern})['’]s\\s+${governmentNoun}`,
    anchor: `['’]s\\s+${governmentNoun}`,
    // The country name before; twice its length, as case-insensitive matching could in principle pair unequal lengths
    back: (_: string, at: number) => at - 2 * countryNameReach.length,
    code: (m: RegExpExecArray) => countryCode(m[1] ?? ""),
  },
  {
    source: `\\b(?:[Gg]overnment|[Aa]uthorities) of (?:the )?(${countryNamePattern})(?![\\p{L}])`,
    anchor: "(?:[Gg]overnment|[Aa]uthorities) of ",
    back: (_: string, at: number) => at,
    code: (m: RegExpExecArray) => countryCode(m[1] ?? ""),
  },
  // "the government", "the minister": a state the text does not name here
  { source: `\\b[Tt]he\\s+${governmentNoun}`, anchor: governmentNoun, back: afterThe, code: () => null },
]
const governmentPatterns = governmentRules.map((rule) => ({
  code: rule.code,
  anchored: { pattern: new RegExp(rule.source, "giu"), anchor: new RegExp(rule.anchor, "giu"), back: rule.back },
}))
/** Any rule's anchor: most texts have none, and one scan settles it. */
const anyGovernment = new RegExp(governmentRules.map((r) => `(?:${r.anchor})`).join("|"), "iu")

/**
 * A government standing as a party in a text: "the Italian government" (IT), "the Home Office's appeal" (GB),
 * "the minister" (code null: a state not named in the phrase). Case-insensitive nouns, in text order.
 */
export const findGovernmentParties: (
  text: string
) => ReadonlyArray<{ readonly code: string | null; readonly index: number; readonly length: number }> = memoiseString((text) =>
  !anyGovernment.test(text)
    ? []
    : nonOverlapping(
        governmentPatterns.flatMap(({ code, anchored }, rank) =>
          matchAllAnchored(anchored, text).map((m) => ({ code: code(m), index: m.index, length: m[0].length, rank }))
        )
      ).map(({ code, index, length }) => ({ code, index, length })),
  4096
)

/** The instrument a court's decisions apply by default ("Article 3" before the ECtHR is ECHR:3). */
export const courtInstrument = (court: string): Instrument | null => international.get(court)?.instrument ?? null

// ---------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------

// Paragraph markers ("§ 1", "(1)(b)", "para. 4") are consumed so their numbers are not read as articles.
const paragraph = String.raw`(?:\s*\(\d+\)(?:\s*\([a-z]\))*|\s*§§?\s*\d+(?:\s*(?:,|and|or)\s*\d+(?![\d/]))*|\s+para(?:graph)?s?\.?\s*\d+)?`
const articleNumber = String.raw`\d{1,3}(?:[a-z](?![\p{L}]))?`
const articleList = new RegExp(
  String.raw`\b(?:[Aa]rticles?|[Aa]rts?\.)\s+(${articleNumber}${paragraph}(?:\s*(?:,\s*(?:and|or)?|and|or|&)\s*${articleNumber}${paragraph})*)`,
  "gu"
)
const namedRightPatterns = namedRights.map((r) => ({ ...r, pattern: new RegExp(r.pattern, "gu") }))
const articleItem = new RegExp(String.raw`(\d{1,3})(?:[a-z](?![\p{L}]))?${paragraph}`, "gu")
const protocolTail = /^\s+of\s+(?:the\s+)?Protocol\s+(?:No\.?\s*)?(\d+)\b/u
// "of the …" after the list (an explanatory parenthesis may come first), or an abbreviation ("Article 3 ECHR").
const ofTail = /^(?:\s*\([^()]*\))?,?\s+of\s+(?:the\s+)?/u
const abbreviationTail = /^\s+(?=[A-Z]{3,}\b)/u
const anchoredInstruments = instrumentNames.map((i) => ({ instrument: i.instrument, pattern: new RegExp(`^(?:${i.pattern})`, "u") }))

type Resolved = Instrument | "ECHR-P" | null

export interface ArticleMention {
  readonly article: string
  readonly index: number
  readonly length: number
}

/** What the text right after an article list names: a protocol, an instrument ("CONVENTION" and "OTHER" included), or nothing. */
const tailInstrument = (tail: string): { readonly protocol: string } | { readonly instrument: string } | null => {
  const protocol = protocolTail.exec(tail)
  if (protocol?.[1] !== undefined) return { protocol: protocol[1] }
  const lead = ofTail.exec(tail) ?? abbreviationTail.exec(tail)
  if (lead === null) return null
  const rest = tail.slice(lead[0].length)
  return { instrument: anchoredInstruments.find((i) => i.pattern.test(rest))?.instrument ?? "OTHER" }
}

/**
 * Articles of the kept instruments, normalised ("ECHR:3", "ECHR-P4:4", "CFR:18", "RC1951:33", "ICCPR:7").
 * An article's instrument is the one named after it ("of the Convention", "of Protocol No. 4"); a bare
 * article takes the instrument last named in the text, else `context.instrument`, else that of a court
 * named in the text. "the Convention" with no other clue is the ECHR, the convention this dataset's
 * rulings apply. Articles of other instruments (EU directives, national laws) are left out, and so are
 * the ECHR's articles on the Court's own procedure (41, 43, 44, 46).
 *
 * Rights named without a number ("the right to life", "the prohibition of collective expulsions") count
 * only when the instrument is known from the text or context, as they sit in different articles of
 * different instruments.
 */
export const findArticles = (text: string, context?: { readonly instrument?: string | null }): ReadonlyArray<ArticleMention> =>
  articlesFor(context?.instrument ?? null)(text)

/** One memo per instrument given: the extractors ask about the same sentence with the same court's instrument. */
const articleMemos = new Map<string | null, (text: string) => ReadonlyArray<ArticleMention>>()
const articlesFor = (instrument: string | null): ((text: string) => ReadonlyArray<ArticleMention>) => {
  let memo = articleMemos.get(instrument)
  if (memo === undefined) {
    memo = memoiseString((text) => articles(text, instrument), 1024)
    articleMemos.set(instrument, memo)
  }
  return memo
}

const articles = (text: string, instrument: string | null): ReadonlyArray<ArticleMention> => {
  const fromCourts = findCourts(text).map((c) => courtInstrument(c.court)).find((i) => i !== null) ?? null
  const given = instrument as Instrument | null
  const fallback = given ?? fromCourts
  const mentions: Array<ArticleMention> = []
  let named: Instrument | null = null
  let echrSeen = false
  for (const m of text.matchAll(articleList)) {
    const list = m[1] ?? ""
    // The list (group 1) ends the match.
    const listEnd = m.index + m[0].length
    const listStart = listEnd - list.length
    const tail = tailInstrument(text.slice(listEnd, listEnd + 160))
    let resolved: Resolved
    let protocol: string | null = null
    if (tail === null) resolved = named ?? fallback
    else if ("protocol" in tail) {
      resolved = "ECHR-P"
      protocol = tail.protocol
    } else if (tail.instrument === "CONVENTION") {
      const convention: Instrument = [named, given, fromCourts].find((i) => i === "ECHR" || i === "RC1951") ?? "ECHR"
      resolved = convention
      named = convention
    } else if (tail.instrument === "OTHER") resolved = null
    else {
      const instrument = tail.instrument as Instrument
      resolved = instrument
      named = instrument
    }
    if (resolved === "ECHR" || resolved === "ECHR-P") echrSeen = true
    if (resolved === null) continue
    for (const item of list.matchAll(articleItem)) {
      const number = item[1] ?? ""
      if (resolved === "ECHR" && proceduralEchrArticles.includes(number)) continue
      const first = item.index === 0
      const index = first ? m.index : listStart + item.index
      const length = first ? listStart - m.index + number.length : number.length
      const article = resolved === "ECHR-P" ? `ECHR-P${protocol}:${number}` : `${resolved}:${number}`
      mentions.push({ article, index, length })
    }
  }
  const rightsInstrument = named ?? fallback ?? (echrSeen ? "ECHR" : null)
  for (const right of namedRightPatterns.filter((r) => r.instrument === rightsInstrument)) {
    for (const m of text.matchAll(right.pattern)) mentions.push({ article: right.article, index: m.index, length: m[0].length })
  }
  return mentions.sort((a, b) => a.index - b.index || a.article.localeCompare(b.article))
}

// ---------------------------------------------------------------------------------------------
// Application numbers
// ---------------------------------------------------------------------------------------------

const euCaseNumber = /\b([CT])[-‐‑–—]\s?(\d{1,4})\/(\d{2})\b(?:\s(PPU|P)\b)?/gu
const slashNumber = /(?<![\p{L}\d/.,\-‐‑–—])(\d{1,6})\/(\d{4}|\d{2})(?![\d/])/gu
/** An application or communication number is announced ("no.", "nos. 1/20 and", "application"). */
const announced =
  /(?:\b[Nn]os?\.?|\b[Nn]umbers?|\b[Aa]pplications?|\b[Cc]ommunications?)\s*(?:\d{1,6}\/\d{2,4}\s*(?:,|and)\s*)*$/u
/** EU legal acts are numbered the same way ("Regulation (EU) No 604/2013", "Directive 2013/32/EU"). */
const legalAct = /(?:\((?:EU|EC|EEC)\)\s*(?:No\.?\s*)?|\b(?:Regulation|Directive|Decision)\s+(?:No\.?\s*)?)$/u

const isYearRange = (a: string, b: string): boolean => {
  const from = Number(a)
  const to = Number(b)
  return from >= 1900 && from <= 2099 && (b.length === 2 ? to === (from + 1) % 100 : to === from + 1)
}

/**
 * Application numbers of the ECtHR ("12345/19"), CJEU and General Court case numbers ("C-123/19",
 * "C-45/20 PPU"; any dash → "-") and UN communication numbers ("1234/2018"). A bare number needs at least
 * three digits before the slash, unless it is announced by "no." or "application".
 */
export const findApplicationNumbers = (
  text: string
): ReadonlyArray<{ readonly number: string; readonly index: number; readonly length: number }> => {
  // every number has a slash: most texts are settled without cloning the patterns for matchAll
  if (!text.includes("/")) return []
  const eu = [...text.matchAll(euCaseNumber)].map((m) => ({
    number: `${m[1]}-${m[2]}/${m[3]}${m[4] === undefined ? "" : ` ${m[4]}`}`,
    index: m.index,
    length: m[0].length,
  }))
  const plain = [...text.matchAll(slashNumber)].flatMap((m) => {
    const [a = "", b = ""] = [m[1], m[2]]
    const before = text.slice(Math.max(0, m.index - 80), m.index)
    if (legalAct.test(before) || isYearRange(a, b)) return []
    if (a.length < 3 && !announced.test(before)) return []
    return [{ number: `${a}/${b}`, index: m.index, length: m[0].length }]
  })
  return [...eu, ...plain].sort((x, y) => x.index - y.index)
}

// ---------------------------------------------------------------------------------------------
// Case names
// ---------------------------------------------------------------------------------------------

const party = String.raw`(?:(?:\p{Lu}\.){1,5}|\p{Lu}[\p{L}'’-]*\.?)`
// Joins stay on one line, so a heading above the sentence is not read as part of the name.
const partyJoin = String.raw`(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+)`
/** The applicants' side, read backwards from " v. " as the longest run of capitalised words and initials. */
const applicants = new RegExp(String.raw`${party}(?:${partyJoin}(?:${party}|[Oo]thers))*$`, "u")
/** An English judicial review names the Crown for the claimants: "R (on the application of X and others)". */
const judicialReview = /\bR\s*\((?:on the application of\s+)?[^()]{1,100}\)$/u
const versus = /\s(v\.?|vs\.?|versus)\s+(?=\p{Lu}|the\s+\p{Lu})/gu
const VERSUS_HINT = /\sv/
const respondentCountry = new RegExp(String.raw`^(?:the\s+)?(${countryNamePattern})(?![\p{L}])`, "u")
const otherRespondent = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5}/u
/** A second respondent state: "v. Malta and Cyprus". */
const secondRespondent = new RegExp(String.raw`^\s+and\s+(?:the\s+)?(${countryNamePattern})(?![\p{L}])`, "u")
/** A CJEU preliminary-ruling name right before its case number: "AB and Others (C-123/19 PPU …)". */
const namedBeforeNumber = new RegExp(
  String.raw`\b[Cc]ases?\s+(${party}(?:${partyJoin}(?:${party}|[Oo]thers))*)\s*[(,]\s*[CT][-‐‑–—]\s?\d`,
  "gdu"
)

/**
 * Case names: "A.B. and Others v. Poland" (respondent PL), "Commission v Utopia" (no state), a CJEU
 * preliminary ruling named before its number ("joined cases AB and Others (C-123/19 PPU …)", no
 * respondent). The name is as written; the respondent is the state after "v." where it is one.
 */
export interface CaseName {
  readonly name: string
  /** The (first) respondent state. */
  readonly respondent: string | null
  /** Further respondent states: "X v. Malta and Cyprus" → ["CY"]. */
  readonly others: ReadonlyArray<string>
  readonly index: number
  readonly length: number
}

export const findCaseNames = (text: string): ReadonlyArray<CaseName> => {
  const found: Array<CaseName & { readonly rank: number }> = []
  // A name starts after the previous case's respondent ("Doe v. Utopia and Roe v. …").
  let floor = 0
  // cheap necessary conditions first ("v" after a space; "ase" of "case"): most texts name no case
  for (const v of VERSUS_HINT.test(text) ? text.matchAll(versus) : []) {
    const left = text.slice(Math.max(floor, v.index - 120), v.index)
    const applicantsMatch = judicialReview.exec(left) ?? applicants.exec(left)
    if (applicantsMatch === null) continue
    const trimmed = applicantsMatch[0].replace(leadingWords, "").replace(/^(?:and\s+|,\s*)/u, "")
    if (!/^\p{Lu}/u.test(trimmed)) continue
    const start = v.index - trimmed.length
    const right = text.slice(v.index + v[0].length)
    const country = respondentCountry.exec(right)
    const other = country === null ? otherRespondent.exec(right)?.[0] : undefined
    const second = country === null ? null : secondRespondent.exec(right.slice(country[0].length))
    const respondentText = country === null ? other : country[0] + (second?.[0] ?? "")
    if (respondentText === undefined) continue
    const end = v.index + v[0].length + respondentText.length
    floor = end
    // "v Secretary of State for the Home Department": a government body names its state
    const body = other === undefined ? null : (findGovernmentParties(other)[0]?.code ?? null)
    found.push({
      name: text.slice(start, end).replace(/\s+/g, " "),
      respondent: country?.[1] === undefined ? body : countryCode(country[1]),
      others: second?.[1] === undefined ? [] : [countryCode(second[1])].filter((c): c is NonNullable<typeof c> => c !== null),
      index: start,
      length: end - start,
      rank: 0,
    })
  }
  for (const m of text.includes("ase") ? text.matchAll(namedBeforeNumber) : []) {
    const [start, end] = m.indices?.[1] ?? [m.index, m.index]
    found.push({ name: m[1] ?? "", respondent: null, others: [], index: start, length: end - start, rank: 1 })
  }
  return nonOverlapping(found).map(({ rank: _rank, ...name }) => name)
}
