// crossing: Segmented → drafts of crossings (codebook: crossing). A sentence with a cue verb in a form that
// reports an occurrence gives one crossing; its outcome follows the codebook's definitions, its direction the
// prepositions around the states; a later mention of the same occurrence is merged into the first.
import type { Crossing } from "../../schemas/crossing.ts"
import { borderPlaceIn, borders, insideEu, type BorderPlace } from "../gazetteers/borders.ts"
import { checkpointWords, type CueOutcome, crossingCues, irregularWords } from "../gazetteers/movement.ts"
import type { CountryMention } from "../normalise/countries.ts"
import type { EventDate } from "../normalise/dates.ts"
import { findQuantities } from "../normalise/quantities.ts"
import type { Columns, Draft, Extractor } from "../extract.ts"
import { analyse, type SentenceAnalysis } from "./analysis.ts"
import { compile, eventDateOf, ORIGIN, findHits, type Hit, hasOwnDate, placeStates, placeIn } from "./cues.ts"
import { cueFilter, memoryView, namesIn, onceBy } from "./memo.ts"
import {
  authorities,
  bareName,
  emptyMemory,
  isSubgroup,
  type Memory,
  nationalitiesIn,
  type People,
  peoplePhrases,
  pronouns,
  resolvePeople,
  speakerOf
} from "./people.ts"

type Outcome = Crossing["outcome"]

const CUES = crossingCues.map((c) => ({ name: c.name, re: compile(c.pattern), bare: new RegExp(c.pattern, "iu"), cue: c }))
const cueOf = new Map(crossingCues.map((c) => [c.name, c]))
const cuesIn = cueFilter(CUES)

/** Stronger outcomes first: the sentence's outcome is the strongest its cues imply. */
const strength: ReadonlyArray<CueOutcome> = [
  "protection_granted", "deported", "pushed_back", "refused_entry", "prevented", "entered", "attempted"
]
const rank = (o: Outcome): number => {
  const i = strength.indexOf(o as CueOutcome)
  return i < 0 ? strength.length : i
}

const IRREGULAR = new RegExp(`(?<![\\p{L}])(?:${irregularWords})`, "iu")
const CHECKPOINT = new RegExp(`(?<![\\p{L}])(?:${checkpointWords})(?![\\p{L}])`, "iu")

/** Words right before a state that say which side of the crossing it is. */
const PREPOSITION =
  /(?:^|\s)(from|out\s+of|left|fled|flee|leave|leaving|into|to|towards|toward|entered|entering|enter|reached|reach|reaching|landed\s+(?:on|in|at)|ashore\s+(?:on|in|at)|arrived\s+on|for|in|on\s+to|via)\s+(?:the\s+(?:island\s+of\s+)?)?$/i

type Side = "from" | "to" | null

const sideOf = (text: string, c: CountryMention, cue: Hit | undefined): Side => {
  const before = text.slice(Math.max(0, c.index - 40), c.index)
  // ", from Ghana," after a person, "most of them from Eritrea": where people are from, not the crossing
  if (/(?:,|\bof\s+them)\s+from\s+$/.test(before) || (cue !== undefined && c.index > cue.end && !/from$/.test(text.slice(cue.index, cue.end)) && ORIGIN.test(before))) return null
  // "on the Albanian side … waiting to leave": the side people stand on is where they come from
  if (cue === undefined && /\bon\s+the\s+$/i.test(before) && PLACE_NOUN.test(text.slice(c.index + c.length))) return "from"
  const direction = cue === undefined ? "forward" : cueOf.get(cue.name)?.direction ?? "forward"
  // "took him to the border with X and forced him across": a return goes into the state across that border
  if (direction === "return" && /\bborder\s+with\s+(?:the\s+)?$/.test(before)) return "from"
  const prep = PREPOSITION.exec(before)?.[1]?.toLowerCase().replace(/\s+/g, " ")
  if (prep === undefined || prep === "via") return null
  const origin = ["from", "out of", "left", "fled", "flee", "leave", "leaving"].includes(prep)
  // "arrived in X", "took refuge in X": only right after an entry cue
  if (prep === "in" && (cue === undefined || (cue.name !== "entry" && cue.name !== "arrival") || c.index - cue.end > 30)) return null
  if (direction === "return") return origin ? "to" : "from"
  return origin ? "from" : "to"
}

/** A state adjective names a place only before these nouns ("to the Serbian side", "Turkish waters"). */
const PLACE_NOUN = /^\s+(?:side|waters|soil|territory|bank|shore|coast|border)\b/

const PERSON_NOUN = /^\s+(?:and\s+\p{Lu}\p{L}+\s+)?(?:[\p{Ll}-]+\s+)?(?:nationals?|citizens?|man|men|woman|women|famil(?:y|ies)|asylum\s+seekers?|refugees?|migrants?|child(?:ren)?|boys?|girls?)\b/u

const isPeopleWord = (text: string, c: CountryMention): boolean =>
  c.kind === "demonym" || (c.kind === "adjective" && !PLACE_NOUN.test(text.slice(c.index + c.length)))

interface Found {
  readonly hit: Hit
  /** The sentence's date of the event (any of its cues'). */
  readonly date: EventDate
  /** Every cue is inside a quotation: it may repeat an occurrence, never report a new one. */
  readonly quotedOnly: boolean
  readonly referred: boolean
  /** The people are a counted part of a group already named ("four of them"): an event of their own. */
  readonly subgroup: boolean
  readonly outcome: Outcome
  readonly people: People
  readonly from: string | null
  readonly to: string | null
  readonly mode: Crossing["crossing_mode"]
  readonly point: string | null
  /** A boat's departure or wreck is among the cues. */
  readonly vessel: boolean
  /** The states the sentence itself gives as origin and destination, before any inference. */
  readonly stated: { readonly from: string | null; readonly to: string | null }
}

const CROSSING_POINT =
  /(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:[\s–-]+\p{Lu}[\p{L}’'-]+)?)\s+(?:border\s+crossing|checkpoint|crossing\s+point|crossing|border\s+post)(?![\p{L}])|(?<![\p{L}])(?:crossed\s+at|through|arrived\s+at|at)\s+(\p{Lu}[\p{L}’'-]+(?:[\s–-]+\p{Lu}[\p{L}’'-]+)?)(?=[\s.,;])/u

const crossingPoint = (text: string, countries: ReadonlyArray<CountryMention>, official: boolean): string | null => {
  const m = CROSSING_POINT.exec(text)
  if (m === null) return null
  const name = m[1] ?? (official ? m[2] : undefined)
  if (name === undefined) return null
  const at = text.indexOf(name)
  if (countries.some((c) => c.index <= at && c.index + c.length > at)) return null
  if (/^(?:The|A|An|Official|Border|Upper|Lower|Each|On|In)$/.test(name)) return null
  return name
}

/** Subject or object of the cue: the passive and intransitive ones take the phrase before, the rest after. */
const peopleAt = (
  doc: Parameters<Extractor>[0],
  a: SentenceAnalysis,
  hit: Hit,
  memory: Memory
): { readonly people: People; readonly referred: boolean; readonly subgroup?: boolean } | null => {
  const text = a.sentence.text
  // "five of them minors" singles out part of the group just named; it is not the subject
  // "a nation of 5 million people": a population, not people who moved
  const phrases = [...peoplePhrases(a.sentence.text, a.countries), ...pronouns(a.sentence.text)]
    .filter((p) => !/\bof\s+them\s+$/.test(text.slice(0, p.index)))
    // "most of them", "many of us": the pronoun of a partitive is no argument of the cue
    .filter((p) => !(/^(?:they|them|us|we)$/i.test(p.text) && /\bof\s+$/.test(text.slice(0, p.index))))
    .filter((p) => !/\b(?:country|nation|state|city|town|village|island|region|population)\s+of\s+$/.test(text.slice(0, p.index)))
    .sort((x, y) => x.index - y.index)
  const passive = /(?:was|were|been|be|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, hit.index - 20), hit.index))
  const cue = cueOf.get(hit.name)
  const transitive = cue !== undefined && ["pushback", "return", "refusal", "deportation", "prevention", "exit-prevention", "protection"].includes(cue.name)
  // the object inside the cue itself ("registered 1,234 irregular migrants")
  const inside = phrases.find((p) => p.index >= hit.index && p.index < hit.end)
  const afterPhrase = phrases.find((p) => p.index >= hit.index && p.index - hit.end < 60 && !/^(?:he|she|I)$/.test(p.text))
  // the phrase ending closest before the cue, the longest of those that end there ("She and four other people")
  const beforePhrase = phrases.filter((p) => p.end <= hit.index + 1)
    .reduce<typeof phrases[number] | undefined>((best, p) => best === undefined || p.end > best.end || (p.end === best.end && p.index < best.index) ? p : best, undefined)
  const picked = transitive && !passive ? afterPhrase ?? beforePhrase : beforePhrase ?? afterPhrase
  // a pronoun whose antecedent is earlier in the same sentence ("stopping refugees … and driving them back")
  // (also inside the cue: "intercepted 300 migrants and returned them to …")
  const base = inside ?? picked
  const antecedent = base !== undefined && /^(?:they|them)$/i.test(base.text)
    ? [...phrases].reverse().find((p) => p.index < base.index && !/^(?:they|them|he|him|she|her|I|me|we|us)$/i.test(p.text))
    : undefined
  // "Some tried to … before guards stopped them": a bare quantifier opening the sentence is what "them" stands
  // for; the group a previous sentence counted is not (its count would leak into this event)
  const opener = base !== undefined && antecedent === undefined && /^(?:they|them)$/i.test(base.text)
    ? /^(Some|Many|Most|Others|Several|A\s+few|Dozens|Hundreds|Thousands)\s+(?:of\s+them\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u.exec(text)
    : null
  if (opener?.[1] !== undefined) {
    const q = findQuantities(opener[1])[0]
    return { people: { people: opener[1], people_count_min: q?.min ?? null, people_count_max: q?.max ?? null, nationalities: [] }, referred: false, subgroup: true }
  }
  const chosen = antecedent ?? base
  // "a Syrian man, Sami, told us he had been pushed back": "he" is a person the sentence itself named, not one
  // remembered from an earlier sentence
  // ("him, his wife and their children" is a group of its own, read by resolvePeople)
  const resolved = chosen === undefined ? undefined : resolvePeople(chosen.text, a.countries, chosen.index, text, memory)
  const coordinated = chosen !== undefined && resolved !== undefined && /^(?:,|\s+and)\s/.test(resolved.people.slice(chosen.text.length))
  if (chosen !== undefined && !coordinated && /^(?:he|him|she|her)$/i.test(chosen.text)) {
    const own = singularAntecedent(doc, a, phrases, chosen)
    if (own !== null) return { people: own, referred: false }
  }
  if (chosen === undefined || (!transitive || passive) && beforePhrase === undefined && inside === undefined) {
    // "In 2015 Lena Novak crossed into …": a named person right before the cue is its subject
    const named = namesIn(doc, a.sentence.index).find((p) => p.index < hit.index &&
      AUXILIARIES.test(text.slice(p.index + p.name.length, hit.index)))
    // "In May Lena Novak": a month or weekday before the name is the date, not part of it
    const name = named?.name.replace(/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+/, "")
    if (name !== undefined) return { people: { people: name, people_count_min: 1, people_count_max: 1, nationalities: [] }, referred: false }
  }
  if (chosen === undefined || resolved === undefined) return null
  if (/^(?:I|me)$/.test(chosen.text)) {
    const label = speakerOf(doc, a)
    return label === null ? null : { people: { people: label, people_count_min: 1, people_count_max: 1, nationalities: [] }, referred: false }
  }
  // "more than half of them" refers back too, to a part of the group
  const referred = /^(?:they|them|he|him|she|her|we|us)$/i.test(chosen.text) || /(?:the|these|those)\s+$/i.test(text.slice(0, chosen.index)) ||
    /\bof\s+(?:them|those|these|us)$/.test(chosen.text)
  return { people: resolved, referred, subgroup: isSubgroup(chosen.text) }
}

const MALE = /\b(?:man|boy|father|husband|son|brother)$/
const FEMALE = /\b(?:woman|girl|mother|wife|daughter|sister)$/
const REPORTED = /^[\s,]*(?:\p{Ll}+ly\s+)?(?:said|says|told|added|stated|explained|recalled|claimed|alleged)\b/u

/**
 * The person a singular pronoun stands for in its own sentence: the nearest singular people phrase before it
 * of a compatible gender (with the name set off after it, "a Syrian man, Sami,"), else a named person before it
 * who is not the reporter of the clause ("Officer Ana Kova said he …" names no antecedent).
 */
const singularAntecedent = (
  doc: Parameters<Extractor>[0],
  a: SentenceAnalysis,
  phrases: ReadonlyArray<{ readonly text: string; readonly index: number; readonly end: number }>,
  pronoun: { readonly text: string; readonly index: number }
): People | null => {
  const text = a.sentence.text
  const male = /^(?:he|him)$/i.test(pronoun.text)
  const phrase = [...phrases].reverse().find((p) => {
    if (p.end > pronoun.index || /^(?:they|them|he|him|she|her|I|me|we|us)$/i.test(p.text) || /\band\b/.test(p.text)) return false
    const head = bareName(p.text)
    if (/s$/.test(head) && !/(?:called|named)\s+\p{Lu}/u.test(head)) return false
    const words = head.replace(/\s+(?:called|named)\s+.*$/, "")
    return male ? !FEMALE.test(words) : !MALE.test(words)
  })
  const named = namesIn(doc, a.sentence.index).filter((n) => n.index + n.name.length <= pronoun.index &&
    !REPORTED.test(text.slice(n.index + n.name.length)))
  const person = named[named.length - 1]
  if (phrase !== undefined && (person === undefined || phrase.end >= person.index)) {
    const set = /^,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}),/u.exec(text.slice(phrase.end))
    const name = set?.[1]
    if (set !== null && name !== undefined && a.countries.every((c) => c.index !== phrase.end + set[0].indexOf(name))) {
      return { people: name, people_count_min: 1, people_count_max: 1, nationalities: nationalitiesIn(a.countries, phrase.index, phrase.end) }
    }
    const r = resolvePeople(phrase.text, a.countries, phrase.index, text, emptyMemory)
    return r.people_count_min === 1 ? r : null
  }
  if (person === undefined) return null
  const own = a.countries.filter((c) => c.kind === "demonym" || c.kind === "adjective")
    .filter((c) => c.index + c.length < person.index && /^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(c.index + c.length, person.index)))
  // "the Ruritanian poet Ana Kova": the description written before the name is part of how the source words it
  const lead = own[own.length - 1]
  const worded = lead === undefined ? person.name : text.slice(lead.index, person.index + person.name.length)
  return { people: worded, people_count_min: 1, people_count_max: 1, nationalities: own.map((c) => c.code) }
}

/** Words that may stand between a subject and its verb ("60 people had finally reached …"). */
const AUXILIARIES = /^[\s,]*(?:[^,;.]{1,50},\s+)?(?:(?:have|has|had|were|was|been|finally|eventually|later|then|also|safely|successfully|already|all|together|\p{Ll}+ly)\s+)*$/u

const TRAILING_AUXILIARIES = new RegExp(`(?:${AUXILIARIES.source.slice(1, -1)})$`, "u")

/** The subject right before a cue is people: a people phrase, a pronoun or a bare count ("some 300 reached Malta"). */
const peopleSubject = (a: SentenceAnalysis, hit: Hit, names: ReadonlyArray<{ readonly index: number; readonly name: string }>): boolean => {
  const text = a.sentence.text
  const head = text.slice(0, hit.index)
  if (names.some((p) => p.index < hit.index && AUXILIARIES.test(text.slice(p.index + p.name.length, hit.index)))) return true
  const phrases = [...peoplePhrases(a.sentence.text, a.countries), ...pronouns(a.sentence.text)].filter((p) => p.end <= hit.index)
  const subjects = phrases.filter((p) => !/^(?:I|me|him|her|them|us)$/.test(p.text))
  if (subjects.some((p) => AUXILIARIES.test(text.slice(p.end, hit.index)))) return true
  // the subject of a coordinated verb ("twelve people were rescued and were brought to …")
  const last = subjects[subjects.length - 1]
  if (last !== undefined && /^\s+(?:were|was|had|have|has)\s+[^,;.]{0,60}?\s+and\s+(?:then\s+|later\s+)?$/.test(text.slice(last.end, hit.index))) return true
  const count = /((?:\d[\d,]*|\p{L}+)(?:\s+\p{L}+)?)\s+$/u.exec(head.replace(TRAILING_AUXILIARIES, ""))
  return count !== null && findQuantities(count[1] ?? "").length > 0 && /\d|^(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(count[1] ?? "")
}

/**
 * The object of an arrival cue is a place: a state, an island, a coast or a capitalised place name; "came
 * ashore" needs none. "reached an agreement", "reached a party of people" have none.
 */
const placeObject = (text: string, countries: ReadonlyArray<CountryMention>, hit: Hit): boolean => {
  if (/ashore$/i.test(text.slice(hit.index, hit.end))) return true
  const after = text.slice(hit.end)
  const m = /^\s+(?:(?:on|in|at|to|into)\s+)?(?:the\s+)?(?:(?:island|islands|coast|shores?|port|harbour|harbor|territory|mainland)\s+of\s+)?/u.exec(after)
  const at = hit.end + (m?.[0].length ?? 0)
  // reaching a border or a fence is not yet crossing it
  if (/^(?:\p{L}+\s+){0,2}?(?:border|frontier|fence|checkpoint|crossing|line)\b/u.test(text.slice(at))) return false
  if (countries.some((c) => c.index === at && (c.kind === "name" || c.kind === "capital"))) return true
  if (/^\p{Lu}[\p{L}’'-]+/u.test(text.slice(at))) return !/^(?:The|A|An|European\s+(?:Court|Commission|Council|Parliament))\b/.test(text.slice(at))
  return /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:coast|shore|shores|mainland|island|islands|soil|territory|port|harbour|harbor)\b/u.test(text.slice(hit.end).replace(/^\s+(?:on|in|at|to)?\s*/, ""))
}

/** A cue inside a relative clause ("people who have crossed …"): it describes people, it does not report on its own. */
const RELATIVE = /\b(?:who|that|which)\s+(?:(?:have|has|had)\s+)?(?:\p{Ll}+ly\s+)?$/u
/** Present perfect ("guards have driven people …"): with no count and no closed date it is a habitual claim. */
const PERFECT = /(?<!\bto\s+)\b(?:have|has)\s+(?:\p{Ll}+ly\s+)?$/u

/** A clause of intention up to a state: "hoping to reach", "intending to travel on to", "in order to get to". */
const INTENTION = /\b(?:intending|intended|intend|hoping|hoped|planning|planned|wanting|wanted|meaning|in\s+order)\s+to\b[^,;.]*$/

/** A destination that is a union of states, not a state: nothing may be inferred for that side. */
const SUPRANATIONAL_TO = /\b(?:into|to|towards|reach(?:ed)?|entered)\s+(?:the\s+)?(?:European\s+Union|EU|Europe|Schengen(?:\s+area)?)\b/

/** A return under a formal procedure is a deportation (codebook), unless the text says there was none. */
const FORMAL = /\breadmission\b|\bunder\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:agreement|orders?|procedures?|decisions?)\b/u
const INFORMAL = /\bwithout\s+(?:any\s+|a\s+)?(?:procedure|formal)/

/** A wrecked or departing boat mentioned again ("The dinghy had set off …", "It sank …"). */
const VESSEL_AGAIN = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Ll}+\s+)?(?:boat|dinghy|vessel|trawler|ship|raft)\b|^It\b/u
/** Boats of the authorities are not the people's crossing. */
const OFFICIAL_BOAT = /\b(?:patrol|rescue|coast\s*guard|coastguard|naval|navy|police|military)\s+(?:\p{L}+\s+)?$/u

/**
 * People of a cue whose object is no people phrase: a bare count after it ("has taken in several thousand
 * more"), counts of attempts (not of people, codebook), or the unnamed passengers of a boat.
 */
const headless = (text: string, hit: Hit): People | null => {
  const q = findQuantities(text.slice(hit.end, hit.end + 40))[0]
  const name = hit.name
  if (q !== undefined && q.index < 12) {
    const attempts = /^\s*(?:\p{L}+\s+)?(?:attempts|crossings|entries|pushbacks)\b/u.test(text.slice(hit.end + q.index + q.length))
    return { people: "people", people_count_min: attempts ? null : q.min, people_count_max: attempts ? null : q.max, nationalities: [] }
  }
  if (name === "voyage" || /(?:attempts|crossings|entries)$/.test(text.slice(hit.index, hit.end))) {
    return { people: "people", people_count_min: null, people_count_max: null, nationalities: [] }
  }
  return null
}

/** Open sides filled from a border place; a deportation runs the other way (from the state of arrival). */
const fillFrom = (place: BorderPlace, outcome: Outcome, from: string | null, to: string | null): [string | null, string | null] => {
  const [pf, pt] = outcome === "deported" ? [place.to, place.from] : [place.from, place.to]
  if (from === null && to === null) return [pf, pt]
  if (from === null && to === pt) return [pf, to]
  if (to === null && from === pf) return [from, pt]
  return [from, to]
}

const find = (
  doc: Parameters<Extractor>[0],
  a: SentenceAnalysis,
  /** The people memory before the sentence (a view computed only when read). */
  memory: Memory,
  contextStates: ReadonlyArray<string>,
  area: BorderPlace | null,
  chainFrom: string | null,
  previous: Columns<"crossing"> | null
): Found | null => {
  const text = a.sentence.text
  if (a.sentence.heading || /\?\s*$/.test(text)) return null
  const cues = cuesIn(text)
  if (cues.length === 0) return null
  const hits = findHits(text, cues).filter((h) => {
    if (cueOf.get(h.name)?.needsState !== true) return true
    const next = a.countries.find((c) => c.index >= h.end && c.kind !== "demonym")
    return next !== undefined && /^(?:\s+(?:the|on|to))*\s+$|^$/.test(text.slice(h.end, next.index)) || next?.index === h.end
  }).filter((h) => h.name !== "voyage" || !OFFICIAL_BOAT.test(text.slice(0, h.index)))
    .filter((h) => cueOf.get(h.name)?.needsPeopleAndPlace !== true || (peopleSubject(a, h, namesIn(doc, a.sentence.index)) && placeObject(text, a.countries, h)))
  if (hits.length === 0) return null
  const outcomes = hits.map((h) => cueOf.get(h.name)?.outcome ?? "attempted")
  let outcome: Outcome = outcomes.reduce((best, o) => (rank(o) < rank(best) ? o : best), outcomes[0] ?? "attempted")
  const main = hits[outcomes.indexOf(outcome as CueOutcome)] ?? hits[0]
  if (main === undefined) return null
  const subject = peopleAt(doc, a, main, memory) ?? ((p) => (p === null ? null : { people: p, referred: false }))(headless(text, main))
  if (subject === null) return null
  const { referred } = subject
  const subgroup = "subgroup" in subject && subject.subgroup === true
  let people = subject.people
  const date = eventDateOf(a, main, hits)
  const uncounted = people.people_count_min === null && people.people_count_max === null
  // "people who have crossed …" as the only cue, with no date and no count: a description, not an occurrence
  if (hits.every((h) => RELATIVE.test(text.slice(0, h.index))) && !hasOwnDate(date) && uncounted) return null
  // "Since 2019 guards have driven people back …": habitual unless counted or closed in time
  if (PERFECT.test(text.slice(0, main.index)) && uncounted && !referred && (!hasOwnDate(date) || date.date_end === null)) return null
  // "…, intending to travel on to X": a state people meant to reach is no side of this crossing
  const intended = new Set(a.countries.filter((c) => INTENTION.test(text.slice(0, c.index))).map((c) => c.code))
  const states = contextStates.filter((s) => !intended.has(s))
  const irregular = IRREGULAR.test(text)
  const official = !irregular && CHECKPOINT.test(text)
  const refusal = hits.some((h) => h.name === "refusal")
  // codebook: a refusal of entry at the green border is a pushback; returning people refused at a checkpoint is a refusal
  if (outcome === "refused_entry" && irregular) outcome = "pushed_back"
  // "turned back … at the border post": turned away at an official crossing point
  const turned = hits.some((h) => /^turn/i.test(text.slice(h.index, h.end)))
  if (outcome === "pushed_back" && (refusal || turned) && official) outcome = "refused_entry"
  if (outcome === "pushed_back" && FORMAL.test(text) && !INFORMAL.test(text)) outcome = "deported"
  let from: string | null = null
  let to: string | null = null
  const auth = authorities(a.sentence.text, a.countries)
  const authStates = new Set(auth.map((x) => x.country).filter((c): c is string => c !== null))
  // only a subject before the cue: "migrants from Moldova" after "registered" is where they came from
  const peopleSpans = peoplePhrases(a.sentence.text, a.countries).filter((p) => /\sfrom\s/.test(p.text) && p.end <= main.index)
  const firstCue = hits[0]?.index ?? 0
  for (const c of a.countries) {
    if (intended.has(c.code)) continue
    // a state named before a "where"/"when" clause frames the report ("seen from the Albanian side, where …")
    if (c.index < firstCue && /\b(?:where|when)\b/.test(text.slice(c.index, firstCue))) continue
    if (isPeopleWord(text, c) && !authStates.has(c.code)) continue
    // "three other women from Eritrea and Sudan": a state inside a people phrase is their origin, not the crossing's
    if (peopleSpans.some((p) => c.index > p.index && c.index < p.end)) continue
    if (authStates.has(c.code) && c.kind === "adjective") continue
    // a state before every cue belongs to the movement that led up to it ("reached Chios from Türkiye")
    const governing = [...hits].reverse().find((h) => h.index < c.index)
    const side = sideOf(text, c, governing)
    if (side === "from" && from === null) from = c.code
    else if (side === "to" && to === null) to = c.code
  }
  // "In Armenia, … had arrived": a fronted place is where an entry ended
  const fronted = /^In\s+(?:the\s+)?$/.exec(text.slice(0, a.countries[0]?.index ?? 0))
  if (fronted !== null && to === null && outcome === "entered" && a.countries[0]?.kind === "name") to = a.countries[0].code
  // "Ruritania has taken in 5,000 more": the host named as subject is the destination
  if (cueOf.get(main.name)?.direction === "host" && to === null) {
    to = [...a.countries].reverse().find((c) => c.index < main.index && c.kind === "name")?.code ?? null
  }
  // "Ruritania granted asylum to …", "received a Ruritanian visa": the granting state is where people are protected
  if (outcome === "protection_granted" && to === null) {
    const granting = hits.filter((h) => h.name === "protection")
    to = a.countries.find((c) => c.kind === "adjective" && granting.some((h) => c.index >= h.index && c.index < h.end))?.code ??
      [...a.countries].reverse().find((c) => c.kind === "name" && granting.some((h) => c.index < h.index) &&
        !/\b(?:from|to|into|in|of|left|fled|flee|leave|leaving|via|through|reach|reached|entered)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.index - 14), c.index)) &&
        !/[.;:]/.test(text.slice(c.index, granting[0]?.index ?? c.index)))?.code ?? null
  }
  // "Ruritania stopped 900 people from leaving its coast": the state people could not leave
  const exit = cueOf.get(main.name)?.direction === "exit"
  if (exit && from === null) {
    from = [...a.countries].reverse().find((c) => c.index < main.index && (c.kind === "name" || c.kind === "capital"))?.code ??
      [...authStates][0] ?? null
  }
  // "held in X … then removed to Y": a removal starts in the state the people had reached
  if (outcome === "deported" && from === null) {
    from = a.countries.find((c) => c.index < main.index && c.kind === "name" && /\b(?:reached|entered|in|into)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.index - 12), c.index)) && c.code !== to)?.code ?? null
  }
  // "handed back to Serbian police": the authority that receives people sent back is the side they came from
  const receiving = auth.find((x) => x.country !== null && x.index > main.index && /\b(?:to|into)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.index - 10), x.index)))
  if (receiving !== undefined && cueOf.get(main.name)?.direction === "return" && from === null) from = receiving.country
  // a return under a formal procedure was read as a return; a deportation runs from the deporting state
  if (outcome === "deported" && cueOf.get(main.name)?.direction === "return") [from, to] = [to, from]
  // "migrants from X, most of them Ys": a "from X" the people phrase keeps, not read as their nationality, is where they came from
  const via = a.countries.find((c) => c.kind === "name" && people.people.includes(`from ${c.surface}`) && !people.nationalities.includes(c.code))
  if (from === null && via !== undefined && via.code !== to) from = via.code
  // "crossed the Strait of Gibraltar", "reached the Canary Islands": a well-known border place of the sentence fills the open sides
  const place = borderPlaceIn(text)
  if (place !== null && outcome !== "protection_granted") [from, to] = fillFrom(place, outcome, from, to)
  const stated = { from, to }
  const openTo = SUPRANATIONAL_TO.test(text)
  // the returning authority; of two ("Polish and Ukrainian guards"), the EU one guards the way in
  if (to === null) to = [...authStates].filter((s) => s !== from).sort((x, y) => Number(insideEu(y)) - Number(insideEu(x)))[0] ?? null
  if (outcome !== "protection_granted") {
    // the document's border: the state it names most among those bordering the side given
    // a journey told in stages ("went to Turkey … travelled on to Bulgaria") starts where the last one ended
    if (from === null && to !== null && outcome === "entered" && chainFrom !== to) from = chainFrom
    // people entering a neighbour of their own state came from it ("Moldovan citizens had entered Romania")
    const own = people.nationalities.length === 1 ? people.nationalities[0] ?? null : null
    if (from === null && to !== null && outcome === "entered" && own !== null && borders(own, to)) from = own
    if (from === null && to !== null) from = states.find((s) => s !== to && borders(s, to as string)) ?? null
    if (to === null && from !== null && !openTo && !exit && !/\bleft\b/.test(text.slice(main.index, main.end)) && area === null) to = states.find((s) => s !== from && borders(s, from as string)) ?? null
  }
  // neither side named: the crossing just reported, else the document's main border
  if (from === null && to === null && previous !== null) {
    // after an entry the same people are in its destination, and their next attempt starts there
    // ("he" of one man is not the group of the crossing before)
    const onward = referred && previous.outcome === "entered" && previous.to_country !== null &&
      (people.people_count_max === 1) === (previous.people_count_max === 1)
    from = onward ? previous.to_country : previous.from_country
    to = onward
      ? states.find((s) => s !== previous.to_country && s !== previous.from_country && borders(s, previous.to_country as string)) ?? null
      : previous.to_country
  }
  // the border the paragraph or the document is about, where it names a well-known crossing place
  if (area !== null && outcome !== "protection_granted") [from, to] = fillFrom(area, outcome, from, to)
  if (from === null && to === null && outcome !== "protection_granted") {
    // the document's main border, entered from outside the EU; "have left" names only the state left
    const home = states[0] ?? null
    const other = states.find((s) => home !== null && borders(s, home)) ?? null
    if (/\bleft\b/.test(text.slice(main.index, main.end))) from = home
    else if (home !== null && other !== null) {
      to = insideEu(home) || !insideEu(other) ? home : other
      from = to === home ? other : home
    }
  }
  // "Ms. Y, a Nepali national, was one of a group …": people described anywhere in the sentence by a demonym
  const described = a.countries.filter((c) =>
    ((c.kind === "demonym" && /s$/.test(c.surface)) || (c.kind !== "name" && c.kind !== "capital" && PERSON_NOUN.test(text.slice(c.index + c.length)))) && !authStates.has(c.code)
  ).map((c) => c.code)
  // a state read as the origin of the crossing ("migrants from Moldova" after the cue) is not also a nationality
  people = {
    ...people,
    nationalities: [...new Set([...people.nationalities, ...described])].filter((n) => n !== stated.from || described.includes(n))
  }
  const mode: Crossing["crossing_mode"] = irregular ? "irregular" : official ? "official_checkpoint" : "unknown"
  return { hit: main, date, vessel: hits.some((h) => h.name === "voyage"), quotedOnly: hits.every((h) => h.quoted), referred, subgroup, outcome, people, from, to, mode, point: crossingPoint(text, a.countries, official), stated }
}

interface Pending {
  readonly sentence: number
  readonly paragraph: number
  start: number
  end: number
  rule: string
  readonly vessel: boolean
  stated: { readonly from: string | null; readonly to: string | null }
  columns: Columns<"crossing">
}

const countriesOf = (c: Pick<Columns<"crossing">, "from_country" | "to_country" | "nationalities">): ReadonlyArray<string> =>
  [...new Set([c.from_country, c.to_country, ...c.nationalities].filter((x): x is string => x !== null))]

const single = (c: Columns<"crossing">): boolean => c.people_count_min === 1 && c.people_count_max === 1

const counted = (c: Columns<"crossing">): boolean => c.people_count_min !== null || c.people_count_max !== null

/** True when a later mention (no date of its own, people referred back to) reports the same occurrence. */
const sameOccurrence = (prev: Pending, next: Pending, referredBack: boolean): boolean =>
  referredBack && next.columns.date_precision === "unknown" && next.sentence - prev.sentence <= 2 &&
  single(prev.columns) === single(next.columns) &&
  // a count of its own that differs from the one reported is another occurrence ("… 5,000 more")
  !(counted(next.columns) && counted(prev.columns) &&
    (next.columns.people_count_min !== prev.columns.people_count_min || next.columns.people_count_max !== prev.columns.people_count_max)) &&
  (next.stated.from === null || prev.columns.from_country === null || next.stated.from === prev.columns.from_country) &&
  (next.stated.to === null || prev.columns.to_country === null || next.stated.to === prev.columns.to_country)

const merge = (prev: Pending, next: Pending): void => {
  const p = prev.columns
  const n = next.columns
  const taken = ["entered", "attempted", "unknown"].includes(p.outcome) && rank(n.outcome) < rank(p.outcome) ? n.outcome : p.outcome
  // codebook: people turned away at an official crossing point were refused entry, not pushed back
  const outcome = taken === "pushed_back" && p.crossing_mode === "official_checkpoint" ? "refused_entry" : taken
  const merged = {
    ...p,
    outcome,
    from_country: p.from_country ?? n.from_country,
    to_country: p.to_country ?? n.to_country,
    nationalities: [...new Set([...p.nationalities, ...n.nationalities])],
    crossing_point: p.crossing_point ?? n.crossing_point,
    crossing_mode: p.crossing_mode === "unknown" ? n.crossing_mode : p.crossing_mode,
    location: p.location ?? n.location,
    people_count_min: p.people_count_min ?? n.people_count_min,
    people_count_max: p.people_count_max ?? n.people_count_max
  }
  prev.columns = { ...merged, countries: countriesOf(merged) }
}

const CLAUSE_BREAK = /[;,]\s+(?:and|but|while|whereas)\s+|;\s+/g

/**
 * "About 900 crossed in 2019, and in 2020 it was more than 1,500": each later clause with a date and a count
 * of its own is one more item of the list (codebook: one event per item), with the rest of the columns shared.
 */
const laterItems = (
  a: SentenceAnalysis,
  hit: Hit,
  date: EventDate
): ReadonlyArray<Pick<Columns<"crossing">, "date_start" | "date_end" | "date_precision" | "date_text" | "people_count_min" | "people_count_max">> => {
  if (!hasOwnDate(date)) return []
  const text = a.sentence.text
  const cuts = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length).filter((i) => i > hit.end)
  return cuts.flatMap((from, k) => {
    const to = cuts[k + 1] ?? text.length
    const d = a.dates.find((x) => x.index >= from && x.index < to && x.date_precision !== "unknown" && x.date_start !== date.date_start)
    const q = findQuantities(text.slice(from, to))[0]
    if (d === undefined || q === undefined || findHits(text.slice(from, to), cuesIn(text.slice(from, to))).length > 0) return []
    return [{
      date_start: d.date_start, date_end: d.date_end, date_precision: d.date_precision, date_text: d.date_text,
      people_count_min: q.min, people_count_max: q.max
    }]
  })
}

/** "Most were from Eritrea and Sudan": nationalities of the group just reported. */
const TRAILING_ORIGIN = /^(?:Most|Many|All|Some)(?:\s+of\s+them)?\s+(?:were|are|came|come)\s+from\s|^They\s+(?:come|came)\s+from\s/

/** The well-known border place each paragraph names, else the document's first. */
const areasOf = onceBy((analysis: ReturnType<typeof analyse>) => {
  const texts = analysis.sentences.filter((s) => !s.sentence.heading)
  const byParagraph = new Map<number, Array<string>>()
  for (const s of texts) {
    const list = byParagraph.get(s.sentence.paragraph)
    if (list === undefined) byParagraph.set(s.sentence.paragraph, [s.sentence.text])
    else list.push(s.sentence.text)
  }
  const whole = borderPlaceIn(texts.map((s) => s.sentence.text).join(" "))
  const areas = new Map([...byParagraph].map(([p, list]) => [p, borderPlaceIn(list.join(" ")) ?? whole]))
  return (paragraph: number): BorderPlace | null => areas.get(paragraph) ?? whole
})

const areaOf = (analysis: ReturnType<typeof analyse>, paragraph: number): BorderPlace | null => areasOf(analysis)(paragraph)

export const crossings: Extractor = (doc) => {
  const analysis = analyse(doc)
  const pending: Array<Pending> = []
  for (const a of analysis.sentences) {
    const memory = memoryView(doc, a.sentence.index)
    const last = pending[pending.length - 1]
    const chainFrom = last !== undefined && a.sentence.index - last.sentence <= 2 ? last.columns.to_country : null
    const found = find(doc, a, memory, placeStates(analysis, a.sentence.paragraph), areaOf(analysis, a.sentence.paragraph), chainFrom, last !== undefined && a.sentence.index - last.sentence <= 2 ? last.columns : null)
    if (found === null) {
      if (last !== undefined && a.sentence.index - last.sentence <= 2 && TRAILING_ORIGIN.test(a.sentence.text)) {
        const extra = a.countries.map((c) => c.code)
        last.columns = { ...last.columns, nationalities: [...new Set([...last.columns.nationalities, ...extra])] }
        last.columns = { ...last.columns, countries: countriesOf(last.columns) }
      }
      continue
    }
    const date = found.date
    const location = found.point ?? placeIn(a.sentence.text)
    const base = {
      ...date,
      location,
      people: found.people.people,
      people_count_min: found.people.people_count_min,
      people_count_max: found.people.people_count_max,
      nationalities: found.people.nationalities,
      from_country: found.from,
      to_country: found.to,
      crossing_point: found.point,
      crossing_mode: found.mode,
      outcome: found.outcome
    }
    const next: Pending = {
      sentence: a.sentence.index,
      paragraph: a.sentence.paragraph,
      start: a.sentence.start,
      end: a.sentence.end,
      rule: `crossing.${found.hit.name}`,
      vessel: found.vessel,
      stated: found.stated,
      columns: { ...base, countries: countriesOf(base) }
    }
    const referredBack = !found.subgroup && (found.referred ||
      (last !== undefined && found.people.people.toLowerCase() === last.columns.people.toLowerCase() && !hasOwnDate(date)))
    // "the dinghy sank": a definite boat already reported is the same voyage, however far back
    const voyage = found.vessel && VESSEL_AGAIN.test(a.sentence.text) && !hasOwnDate(date)
      ? [...pending].reverse().find((p) => p.vessel)
      : undefined
    if (voyage !== undefined) merge(voyage, next)
    else if (last !== undefined && sameOccurrence(last, next, referredBack)) merge(last, next)
    else if (!found.quotedOnly) {
      pending.push(next)
      for (const item of laterItems(a, found.hit, date)) {
        const columns = { ...next.columns, ...item }
        pending.push({ ...next, columns })
      }
    }
  }
  return pending.map((p): Draft => ({
    event_type: "crossing",
    start: p.start,
    end: p.end,
    rule: p.rule,
    confidence: p.columns.date_precision === "unknown" ? 0.5 : 0.6,
    columns: p.columns
  }))
}
