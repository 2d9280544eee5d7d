// detention: Segmented → drafts of detentions (codebook: detention). A sentence that says an authority
// detained, arrested, apprehended or held people, took them into custody or placed them in a centre gives
// one detention; a later mention of the same detention is merged into the first.
import { arbitraryWords, detentionCues, facilityHeads, lawfulWords } from "../gazetteers/movement.ts"
import type { Columns, Draft, Extractor } from "../extract.ts"
import { analyse, type SentenceAnalysis } from "./analysis.ts"
import { findQuantities } from "../normalise/quantities.ts"
import { compile, documentStates, eventDate, findHits, type Hit, hasOwnDate, placeStates } from "./cues.ts"
import { cueFilter, memoryView, namesIn, onceBy } from "./memo.ts"
import { literalGate } from "./literals.ts"
import { authorities, type Memory, type People, peoplePhrases, pronouns, resolvePeople, speakerOf } from "./people.ts"

const CUES = detentionCues.map((c) => ({ name: c.name, re: compile(c.pattern), bare: new RegExp(c.pattern, "iu") }))
const cuesIn = cueFilter(CUES)

const ARBITRARY = new RegExp(`(?<![\\p{L}])(?:${arbitraryWords})(?![\\p{L}])`, "iu")
const LAWFUL = new RegExp(`(?<![\\p{L}])(?:${lawfulWords})(?![\\p{L}])`, "iu")

const NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?"
const FACILITY_RE = new RegExp(
  `(?:(${NAME})\\s+(?:${facilityHeads})(?![\\p{L}])|(?:(?:closed|emergency|guarded|detention|reception|transit|former)\\s+)?(?:${facilityHeads})(?:\\s+(?:and\\s+identification\\s+centre\\s+)?)?\\s*(?:at|in|of)\\s+(${NAME}(?:\\s+and\\s+${NAME})?))`,
  "u"
)

interface Facility {
  readonly facility: string | null
  readonly location: string | null
}

const facilityIn = (text: string, a: SentenceAnalysis): Facility => {
  const m = FACILITY_RE.exec(text)
  if (m === null) return { facility: null, location: null }
  const place = m[1] ?? m[2] ?? null
  const at = place === null ? -1 : text.indexOf(place, m.index)
  // a state ("a prison in Serbia") is not a place below the state
  if (place === null || a.countries.some((c) => c.index <= at && c.index + c.length > at && c.kind !== "capital")) {
    return { facility: null, location: null }
  }
  const facility = m[0].replace(/^(?:the|a|an)\s+/i, "").trim()
  return { facility, location: place.split(/\s+and\s+/)[0] ?? place }
}

const DURATION_RE =
  /(?:(?:usually\s+)?for\s+(?:(?:under|more\s+than|over|about|up\s+to|at\s+least|nearly|almost)\s+)?(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)?\s*(?:days?|weeks?|months?|years?)(?:\s+and\s+\w+\s+(?:days?|weeks?|months?))?|(?<=spent\s+)(?:\w+\s+){1,2}(?:days?|weeks?|months?|years?)(?:\s+and\s+\w+\s+(?:days?|weeks?|months?))?|\d+\s+(?:days|weeks|months|years)(?=\s+in\s+(?:prison|jail|detention)))/iu

const CONDITIONS_RE =
  /(?:(?<=conditions\s+(?:that\s+)?(?:the\s+\p{L}+\s+)?(?:described|called|found|deemed)\s+as\s+)[\p{L}\s-]+?(?=\s*[,.;]|\s+and\s+(?:were|was|then))|(?<=\b(?:in|into)\s+(?:\p{L}+\s+)?)(?:overcrowded|squalid|cramped|filthy|unsanitary)(?=\s+(?:warehouses?|cells?|rooms?|tents?|camps?|centres?|containers?|buildings?))|[\p{L}-]+(?:-like|-type)\s+(?:conditions|features)|(?:inhuman|degrading|appalling|harsh|poor|overcrowded)\s+conditions(?:\s+and\s+[\p{L}-]+)?|in\s+(?:a\s+cell|rooms)\s+[^.;]+|with\s+little\s+food[^.;,]*(?:,\s*if\s+any)?|amounted\s+to\s+(inhuman\s+and\s+degrading\s+treatment))/iu

/** Texts holding none of its literals cannot match: its lookbehinds would be tried at every position. */
const mayHoldConditions = literalGate(CONDITIONS_RE)

const conditionsIn = (text: string): string | null => {
  const m = mayHoldConditions(text) ? CONDITIONS_RE.exec(text) : null
  if (m === null) return null
  return (m[1] ?? m[0]).trim()
}

const peopleAt = (doc: Parameters<Extractor>[0], a: SentenceAnalysis, hit: Hit, memory: Memory): { people: People; referred: boolean } | null => {
  const text = a.sentence.text
  const phrases = [...peoplePhrases(a.sentence.text, a.countries), ...pronouns(a.sentence.text)].sort((x, y) => x.index - y.index)
  const passive = /(?:was|were|been|be|being|are|is)\s+(?:\p{Ll}+ly\s+)?(?:then\s+)?$/u.test(text.slice(Math.max(0, hit.index - 25), hit.index)) ||
    ["custody", "centre-held", "amounted"].includes(hit.name)
  const after = phrases.find((p) => p.index >= hit.index && p.index - hit.end < 40)
  const before = [...phrases].reverse().find((p) => p.end <= hit.index + 1)
  // "Among those arrested was Karim B., a …": the person named after the verb
  const named = /\bthose\s+$/i.test(text.slice(0, hit.index))
    ? /^\s+(?:was|were)\s+(\p{Lu}[\p{L}’'-]*\.?(?:\s+\p{Lu}[\p{L}’'-]*\.?){0,3})/u.exec(text.slice(hit.end))
    : null
  const name = named?.[1]
  if (name !== undefined) {
    const at = hit.end + text.slice(hit.end).indexOf(name)
    const own = a.countries.filter((c) => c.index > at && c.index - at - name.length < 8 && (c.kind === "demonym" || c.kind === "adjective")).map((c) => c.code)
    return { people: { people: name, people_count_min: 1, people_count_max: 1, nationalities: own }, referred: false }
  }
  const chosen = hit.name === "arrest-noun" || hit.name === "centre-held" ? after : passive ? before ?? after : after ?? before
  // "had detained two officers": a counted object of an active cue is people, whatever its noun
  const counted = passive ? null : countedObject(text.slice(hit.end))
  if (counted !== null && (chosen === undefined || chosen.index > hit.end + counted.length)) {
    return { people: counted.people, referred: false }
  }
  if (chosen === undefined || (passive && before === undefined)) {
    // "In May Lena Novak was arrested": a named person right before a passive cue is the one held
    const person = passive
      ? namesIn(doc, a.sentence.index).find((p) => p.index < hit.index && /^\s+(?:was|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:then\s+)?$/u.test(text.slice(p.index + p.name.length, hit.index)))
      : undefined
    if (person !== undefined) return { people: { people: person.name, people_count_min: 1, people_count_max: 1, nationalities: [] }, referred: false }
  }
  if (chosen === undefined) {
    // "Most were detained at the X centre", "All were arrested": the group last spoken of, even with no people phrase
    return passive && hit.name === "detained" && (FACILITY_RE.test(text.slice(hit.end)) || /^(?:Most|All|Some|Many|Both|Several|Others|The\s+rest)(?:\s+of\s+them)?\s+(?:were|had\s+been)\s+$/.test(text.slice(0, hit.index)))
      ? { people: memory.group ?? { people: "people", people_count_min: null, people_count_max: null, nationalities: [] }, referred: true }
      : null
  }
  if (/^(?:I|me)$/.test(chosen.text)) {
    const label = speakerOf(doc, a)
    return label === null ? null : { people: { people: label, people_count_min: 1, people_count_max: 1, nationalities: [] }, referred: false }
  }
  const referred = /^(?:they|them|he|him|she|her)$/i.test(chosen.text) || /(?:the|these|those)\s+$/i.test(text.slice(0, chosen.index))
  return { people: resolvePeople(chosen.text, a.countries, chosen.index, text, memory), referred }
}

/** A count and its noun right after a verb ("three soldiers", "12 young men"). */
const countedObject = (after: string): { readonly people: People; readonly length: number } | null => {
  const q = findQuantities(after.slice(0, 40))[0]
  if (q === undefined || after.slice(0, q.index).trim() !== "") return null
  const noun = /^\s+((?:[\p{Ll}-]+\s+)?\p{Ll}+s)\b/u.exec(after.slice(q.index + q.length))
  if (noun?.[1] === undefined || /^(?:days|weeks|months|years|hours|times)$/.test(noun[1])) return null
  return { people: { people: noun[1], people_count_min: q.min, people_count_max: q.max, nationalities: [] }, length: q.index + q.length + noun[0].length }
}

interface Pending {
  readonly sentence: number
  start: number
  end: number
  rule: string
  referred: boolean
  columns: Columns<"detention">
}

const countriesOf = (c: Pick<Columns<"detention">, "authority_country" | "nationalities">): ReadonlyArray<string> =>
  [...new Set([c.authority_country, ...c.nationalities].filter((x): x is string => x !== null))]

/** Inside quotation marks: a speaker's words, not the narrator's placing of the event. */
const inQuote = (text: string, index: number): boolean => {
  const head = text.slice(0, index)
  return (head.match(/“/g)?.length ?? 0) > (head.match(/”/g)?.length ?? 0) || (head.match(/"/g)?.length ?? 0) % 2 === 1
}

/** "in X", "crossed into X", "reached X": the state the sentence places people in (not where they live). */
const PLACED = /(?<!\b(?:living|lives|live|resident|residing|based|born)\s+)\b(?:in|at|into|entered|reached|inside)\s+(?:the\s+)?$/

const build = (
  doc: Parameters<Extractor>[0],
  a: SentenceAnalysis,
  /** The people memory before the sentence (a view computed only when read). */
  memory: Memory,
  states: ReadonlyArray<string>,
  before: SentenceAnalysis | undefined
): Pending | null => {
  const text = a.sentence.text
  if (a.sentence.heading || /\?\s*$/.test(text)) return null
  const cues = cuesIn(text)
  if (cues.length === 0) return null
  const hits = findHits(text, cues)
  const hit = hits[0]
  if (hit === undefined) return null
  const subject = peopleAt(doc, a, hit, memory)
  if (subject === null) return null
  const { people, referred } = subject
  const auths = authorities(a.sentence.text, a.countries)
  // the detaining authority: "by X", or the subject of an active cue
  const byAgent = auths.find((x) => /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.index - 8), x.index)))
  const subjectAgent = [...auths].reverse().find((x) => x.index < hit.index && hit.index - x.index < 60)
  const authority = byAgent ?? subjectAgent ?? null
  // the state people are held in: the authority's own, one the sentence places them in ("in X"), else the
  // paragraph's, else the one the document is about; never a state the sentence sends them to or brings them from
  const placed = a.countries.find((c) =>
    (c.kind === "name" || c.kind === "capital") && !inQuote(text, c.index) && PLACED.test(text.slice(Math.max(0, c.index - 12), c.index)) &&
    !/\b(?:back|returned|sent|removed|deported|pushed)\s+(?:\S+\s+){0,3}$/.test(text.slice(Math.max(0, c.index - 40), c.index - 5)))
  // any other state of the sentence is an origin, a destination or a nationality, not where people are held
  const elsewhere = new Set(a.countries.map((c) => c.code))
  const authority_country = authority?.country ?? placed?.code ?? states.find((s) => !elsewhere.has(s)) ?? null
  const own = facilityIn(text, a)
  // "held there": the facility the sentence before named
  const there = own.facility === null && /\bthere\b/.test(text) && before !== undefined ? facilityIn(before.sentence.text, before) : own
  const { facility, location } = there
  const arbitrary = ARBITRARY.test(text) ? true : LAWFUL.test(text) ? false : null
  const date = eventDate(a, hit)
  const columns = {
    ...date,
    location,
    people: people.people,
    people_count_min: people.people_count_min,
    people_count_max: people.people_count_max,
    nationalities: people.nationalities,
    authority: authority === null ? null : authority.text,
    authority_country,
    facility,
    duration_text: DURATION_RE.exec(text)?.[0] ?? null,
    arbitrary,
    conditions: conditionsIn(text)
  }
  return {
    sentence: a.sentence.index,
    start: a.sentence.start,
    end: a.sentence.end,
    rule: `detention.${hit.name}`,
    referred,
    columns: { ...columns, countries: countriesOf(columns) }
  }
}

/** A later mention with no date of its own, of the same people (referred back, or no count in the very next sentence). */
const sameOccurrence = (prev: Pending, next: Pending): boolean =>
  !hasOwnDate(next.columns) &&
  (next.referred || next.columns.people === prev.columns.people ||
    (next.sentence - prev.sentence === 1 && next.columns.people_count_min === null && next.columns.people_count_max === null)) &&
  next.sentence - prev.sentence <= 2 &&
  (next.columns.authority_country === null || next.columns.authority_country === prev.columns.authority_country)

const merge = (prev: Pending, next: Pending): void => {
  const p = prev.columns
  const n = next.columns
  const merged = {
    ...p,
    nationalities: [...new Set([...p.nationalities, ...n.nationalities])],
    authority: p.authority ?? n.authority,
    facility: p.facility ?? n.facility,
    location: p.location ?? n.location,
    duration_text: p.duration_text ?? n.duration_text,
    arbitrary: p.arbitrary ?? n.arbitrary,
    conditions: p.conditions ?? n.conditions,
    people_count_min: p.people_count_min ?? n.people_count_min,
    people_count_max: p.people_count_max ?? n.people_count_max
  }
  prev.columns = { ...merged, countries: countriesOf(merged) }
}

/** States whose authorities act in a paragraph ("Bulgarian police said …"): the likeliest to hold people there. */
const actingStates = (analysis: ReturnType<typeof analyse>, paragraph: number): ReadonlyArray<string> =>
  [...new Set(analysis.sentences
    .filter((s) => s.sentence.paragraph === paragraph && !s.sentence.heading)
    .flatMap((s) => authorities(s.sentence.text, s.countries).map((x) => x.country))
    .filter((c): c is string => c !== null))]

/** The states a sentence's paragraph gives for the detaining state, computed once per paragraph. */
const contextStatesOf = onceBy((analysis: ReturnType<typeof analyse>) => {
  const main = documentStates(analysis).slice(0, 1)
  const byParagraph = new Map<number, ReadonlyArray<string>>()
  return (paragraph: number): ReadonlyArray<string> => {
    const cached = byParagraph.get(paragraph)
    if (cached !== undefined) return cached
    const fresh = [...actingStates(analysis, paragraph), ...placeStates(analysis, paragraph, false), ...main]
    byParagraph.set(paragraph, fresh)
    return fresh
  }
})

export const detentions: Extractor = (doc) => {
  const analysis = analyse(doc)
  const contextStates = contextStatesOf(analysis)
  const pending: Array<Pending> = []
  for (const a of analysis.sentences) {
    // only the paragraph's states are context enough for the detaining state
    const states = contextStates(a.sentence.paragraph)
    const next = build(doc, a, memoryView(doc, a.sentence.index), states, analysis.sentences[a.sentence.index - 1])
    if (next === null) continue
    const last = pending[pending.length - 1]
    if (last !== undefined && sameOccurrence(last, next)) merge(last, next)
    else pending.push(next)
  }
  return pending.map((p): Draft => ({
    event_type: "detention",
    start: p.start,
    end: p.end,
    rule: p.rule,
    confidence: p.columns.date_precision === "unknown" ? 0.5 : 0.6,
    columns: p.columns
  }))
}
