// Ruling extractor (codebook, "ruling"): takes a segmented source, produces one draft per decision a court or
// quasi-judicial body took in a specific case. Every sentence where a court is the subject of a decision verb
// is a mention; mentions of the same decision ("The Court also held …", "It found …") are merged into the
// first, whose sentence is the evidence, and their columns gathered. Generic case-law ("has repeatedly held"),
// future or negated decisions, questions, headings and prosecutors' acts are not rulings.
import {
  appealableNouns,
  appealOutcomes,
  criminalVerbs,
  datingParticiples,
  decisionNouns,
  decisionVerbs,
  habitualMarkers,
  orderVerbs,
  otherDecisionMarkers,
  outcomeCues,
  prosecutors,
  reasoningVerbs,
  reversalVerbs,
  sameCaseAnaphora,
  unrealMarkers,
  verbAdverbs,
  governmentBodies,
  governmentNouns,
} from "../gazetteers/judicial.ts"
import {
  councilOfStateNames,
  courtLevels,
  courtReferences,
  foreignCourtHeads,
  internationalCourts,
  namedRights,
  nationalCourtTypes,
} from "../gazetteers/courts.ts"
import type { CountryMention } from "../normalise/countries.ts"
import type { DateMention, EventDate } from "../normalise/dates.ts"
import { unknownDate } from "../normalise/dates.ts"
import {
  type CaseName,
  type CourtMention,
  courtInstrument,
  findApplicationNumbers,
  findArticles,
  findCaseNames,
  findCourts,
  findGovernmentParties,
  isInternationalCourt,
  withState,
} from "../normalise/legal.ts"
import type { Columns, Draft, Extractor } from "../extract.ts"
import { analyse, type SentenceAnalysis } from "./analysis.ts"
import { literalGate } from "./literals.ts"
import { escapeRegExp } from "../regex-source.ts"

type Outcome = Columns<"ruling">["outcome"]

/** A decision's kind, for telling two decisions apart: an interim measure and a referral are not the judgment. */
type Kind = "judgment" | "interim" | "procedural" | "open"

interface Mention {
  readonly sentence: number
  readonly paragraph: number
  readonly start: number
  readonly end: number
  /**
   * decision: may open a ruling; reasoning: adds to one ("the Court noted"); noun: "the judgment", fills gaps;
   * case: "the application concerns Article 3"; articles: a sentence right after a ruling's that names the
   * provisions it applied ("Sending them back would breach Article 3 …").
   */
  readonly role: "decision" | "reasoning" | "noun" | "case" | "articles"
  readonly court: string | null
  /** A court named in full, not a reference ("the Court"). */
  readonly named: boolean
  readonly caseName: string | null
  readonly applications: ReadonlyArray<string>
  readonly respondent: string | null
  /** Further respondent states of a case against several ("X v. Malta and Cyprus"). */
  readonly others: ReadonlyArray<string>
  /** The state of a national court, from its name, the government whose appeal it heard, or the courts named before. */
  readonly courtState: string | null
  /** "overturned that ruling": undoes the decision reported before. */
  readonly reverses: boolean
  /** "the sentence was reduced on appeal": a decision on appeal, by a court the text does not name. */
  readonly appeal: boolean
  readonly outcome: Outcome
  readonly kind: Kind
  readonly articles: ReadonlyArray<string>
  readonly date: EventDate | null
  /** "a similar order", "a parallel complaint", "one such case": another decision than the last. */
  readonly another: boolean
  /** "a similar order": of the same kind as the decision it resembles. */
  readonly similar: boolean
  /** "It found …" right after a ruling: the same ruling. */
  readonly continuation: boolean
  /** "the applicants", "the case": the case of the ruling reported before. */
  readonly sameCase: boolean
  /** "the same day": the date of the ruling reported before. */
  readonly sameDay: boolean
  readonly confidence: number
}

interface Ruling {
  readonly first: Mention
  court: string
  caseName: string | null
  applications: Array<string>
  respondent: string | null
  others: Array<string>
  courtState: string | null
  /** Sentences that report it (index → paragraph), for gathering the articles of the sentence right after. */
  sentences: Map<number, number>
  outcome: Outcome
  kind: Kind
  articles: Array<string>
  date: EventDate | null
  last: number
}

const words = (list: ReadonlyArray<string>): string => list.map((w) => w.replace(/ /g, "\\s+")).join("|")

const verbAlternation = words([...decisionVerbs, ...reasoningVerbs])
const decisionVerb = new RegExp(`^(?:${words(decisionVerbs)})$`, "iu")
/** A court's verb: optional parenthesis or comma-insertion, up to six small words, then the verb. */
const FOLLOW = new RegExp(
  `^(?:\\s*\\([^()]{0,160}\\))?(?:\\s*,[^,.;()]{1,90},)?((?:[\\s,]+[\\p{L}\\d’'.-]+){0,6}?)[\\s,]+(${verbAlternation})(?![\\p{L}])`,
  "iu"
)
const ADVERBS = new RegExp(`(?<![\\p{L}])(?:${words(verbAdverbs)})(?![\\p{L}])`, "giu")
const HABITUAL = new RegExp(`(?<![\\p{L}-])(?:${words(habitualMarkers)})(?![\\p{L}-])`, "iu")
const UNREAL = new RegExp(`(?<![\\p{L}])(?:${words(unrealMarkers)})(?![\\p{L}])`, "iu")
const HABITUAL_ALL = new RegExp(HABITUAL.source, "giu")
const UNREAL_ALL = new RegExp(UNREAL.source, "giu")
const MODAL = /\b(?:will|would|could|may|might|can|should|must|shall|not|never)\b/iu
/** "held a hearing", "stopped short of": the verb without a decision. */
const NOT_A_DECISION = /^(?:hold|held|holds)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\p{L}-]+\s+)?(?:hearings?|sessions?|sittings?|meetings?|press conferences?|talks|votes?|debates?|inquiry|inquiries|deliberations?)\b|^(?:stopped\s+short|(?:found|finds)\s+(?:itself|time)|referred\s+to)\b/iu
const AUXILIARY = /^(?:has|have|had|was|were|is|are|been|did|does)$/i
const PASSIVE_AUX = /^(?:was|were|is|are|been)$/i
/** Words a date between a court and its verb may have ("the Court on 2 March 2019 ruled"). */
const DATE_WORD =
  /^(?:on|in|at|of|last|this|that|same|the|day|week|month|year|early|late|mid|\d{1,4}(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
/** Verbs whose object must be a decision ("delivered its judgment", not "delivered a speech"). */
const NEEDS_DECISION = /^(?:issued|delivered|handed\s+down|adopted)$/i
const DECISION_OBJECT = new RegExp(`^\\W*(?:[\\p{L}’'-]+\\s+){0,4}?(?:${words(decisionNouns)}|opinion|injunction)\\b`, "iu")
/** Verbs whose object must be a state or its government ("told Ruritania", not "told reporters"). */
const NEEDS_STATE = /^(?:told|instructed|required)$/i
const STATE_OBJECT = /^\s*(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:Government|authorities|State)\b/u

/** A referral's verb ("asked Luxembourg whether …") needs another court as its object; the referring court decides nothing against a state. */
const REFERRAL = /^(?:asked)$/i
const COURT_OBJECT = /^\s+(?:the\s+)?(?:Luxembourg|Strasbourg|CJEU|ECJ|ECtHR|(?:European\s+)?Court\s+of\s+Justice|(?:EU|European\s+Union)(?:['’]s)?\s+(?:top\s+|highest\s+)?court|European\s+Court)\b/u

const RELATIVE_BEFORE = /(?:\bwhich|\bwho|\bwhom|\bthat)\s+$/i
const PROSECUTOR_BEFORE = new RegExp(`${prosecutors}[^.;]{0,30}$`, "iu")
const CLAUSE_STOP = /\b(?:that|which|who|whom|when|because|after|before|where|while|since|until|but|whether)\b/i
const LEADING_BLOCK = /\b(?:which|who|whom|whose|that|where|when|while|after|before|because|since|until|was|were|is|are|had|has|have|did)\b/i

const PRONOUN_START = /^(?:(?:But|And|However|Yet|Then|Instead|Moreover|Further(?:more)?|In (?:addition|particular))\s*,?\s+)?[Ii]t(?=\s)/u
const PASSIVE_DECISION =
  /\b(?:complaint|application|communication|petition|case)s?\b(?:(?!\basylum\b)[^;]){0,160}?\b(?:was|were|has been|have been|had been)\s+(?:(?:also|unanimously|subsequently|later|partly|partially)\s+)?(declared\s+(?:in)?admissible|struck\s+out)/iu
const ANOTHER = new RegExp(
  `\\b(?:a|an|one|the)?\\s*(?:${words(otherDecisionMarkers)})\\s+(?:[\\p{L}-]+\\s+)?(?:case|order|complaint|judgment|ruling|decision|application|communication|measure|petition)s?\\b`,
  "iu"
)
const SAME_CASE = new RegExp(`(?<![\\p{L}])(?:${words(sameCaseAnaphora)})(?![\\p{L}])`, "iu")
const SAME_DAY = /^(?:on\s+)?(?:the\s+same|that\s+same|that)\s+(?:day|date)$/i
const NOUN_MENTION = new RegExp(
  `\\b(?:the|this|that|its|today['’]s)\\s+(?:[\\p{L}.]+\\s+){0,2}?(?:${words(decisionNouns)})\\b`,
  "iu"
)
const DECISION_NOUN = new RegExp(`\\b(?:${words(decisionNouns)})\\b`, "iu")
const POSSESSIVE_NOUN = new RegExp(`\\b[\\p{L}]+['’]s\\s+(?:${words(decisionNouns)})\\b`, "iu")
const CASE_MENTION = /^(?:The|This|Their|His|Her)\s+(?:application|applications|case|complaint|complaints|communication)\s+(?:concerns?|concerned|relates?|related|involves?|involved|raises?|raised)\b/u
const QUESTION = /\?["”’]?$/u
const CONDITIONAL_START = /^(?:If|Unless|Should|Whether|Once|Had|Were)\b/u

const DATE_BEFORE_PARTICIPLE = new RegExp(`\\b(?:${words(datingParticiples)})(?:\\s+(?:also|only|just))?\\s*$`, "iu")
const DATE_AFTER_NOUN = new RegExp(`\\b(?:${words(decisionNouns)})\\s*$|\\b(?:judgment|ruling|decision)s?\\s+(?:of|by|from)\\s+(?:the\\s+)?\\p{Lu}[^,.;]{0,70}$`, "iu")
const DATE_BEFORE_NOUN = new RegExp(`^\\s*(?:[\\p{L}]+\\s+){0,2}?(?:${words(decisionNouns)})\\b`, "iu")

const international = new Set(internationalCourts.map((c) => c.name))

// Prefilters: the legal finders run many large patterns over a text; a text with none of the words every one of
// their matches contains has no match, so the finders are skipped for it. Each cue is the union of those words,
// built from the gazetteers the finders are built from.
const union = (sources: ReadonlyArray<string>, flags: string): RegExp => new RegExp(sources.map((x) => `(?:${x})`).join("|"), flags)
/** Every court a text names or refers to holds a court's name or head word, a level, or a reference. */
const COURT_CUE = union(
  [
    ...internationalCourts.flatMap((c) => c.patterns),
    ...courtReferences.map((r) => r.pattern),
    ...nationalCourtTypes.map(escapeRegExp),
    ...courtLevels,
    ...foreignCourtHeads,
    councilOfStateNames,
    "[Cc]ourt|[Tt]ribunal",
  ],
  "u"
)
/** Every government party holds a government noun or a body's name (the finder ignores case). */
const GOVERNMENT_CUE = union([...governmentBodies.map((b) => b.pattern), ...governmentNouns], "iu")
/** Every article mention is an "Article N" list or a right named without its number. */
const ARTICLE_CUE = union(["\\b(?:[Aa]rticles?|[Aa]rts?\\.)\\s+\\d", ...namedRights.map((r) => r.pattern)], "u")

// The cues are unions of many patterns, tried at every position; `has` settles a text holding none of their
// literals first.
const courtsIn = (text: string, previous: string | null, principal: string | null): ReadonlyArray<CourtMention> =>
  has(COURT_CUE, text) ? findCourts(text, previous, principal) : []
const partiesIn = (text: string): ReturnType<typeof findGovernmentParties> =>
  has(GOVERNMENT_CUE, text) ? findGovernmentParties(text) : []
const articlesIn = (text: string, instrument: string | null): ReadonlyArray<string> =>
  has(ARTICLE_CUE, text) ? unique(findArticles(text, { instrument }).map((m) => m.article)) : []
const REFERENCE = /^(?:[Tt]he\s+)?(?:[Cc]ourt|judges|Committee)$|Grand Chamber|panel/u

const cue = (source: string) => new RegExp(source, "giu")
const VIOLATION = cue(outcomeCues.violation)
const NO_VIOLATION = cue(outcomeCues.noViolation)
const INADMISSIBLE = cue(outcomeCues.inadmissible)
const INTERIM = cue(outcomeCues.interim)
const INTERIM_REFUSED = cue(outcomeCues.interimRefused)
const PROCEDURAL = cue(outcomeCues.procedural)
const UNDERMINED = /\b(?:disregard\w*|ignor\w*|compl\w*\s+with|breach\w*|fail\w*\s+to\s+\w+|violat\w*)\s+(?:the\s+|an?\s+|its\s+)?$/i

const REVERSAL = new RegExp(`^(?:${words(reversalVerbs)})$`, "iu")
/** The object of a reversal is an earlier decision: "that decision", "the High Court's ruling", "it". */
const EARLIER_DECISION = /^\s+(?:it\b|(?:that|this|the|its|their|an?\s+earlier)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:decision|ruling|judgment|verdict|finding|order|conviction|sentence)s?\b|\p{Lu}[\p{L} ]{0,40}['’]s\s+(?:decision|ruling|judgment|verdict|finding|order)\b)/u
const CRIMINAL = new RegExp(`^(?:${words(criminalVerbs)})$`, "iu")
const ORDER = new RegExp(`^(?:${words(orderVerbs)})$`, "iu")
const APPEAL = new RegExp(
  `\\b(?:the|his|her|their|its|this|that)\\s+(?:${words(appealableNouns)})\\s+(?:was|were|had been|has been|have been)\\s+(?:(?:later|subsequently|then|eventually|also|partly)\\s+)?(?:${words(appealOutcomes)})\\b`,
  "iu"
)

/** Where the decision's own clause ends: "…, but later that month the Turkish authorities …" is another clause. */
const CLAUSE_BREAK = /[;:]|,?\s+(?:but|while|whereas|where|when|after|before|because|although|who|which|whom)\s/u
const decisionClause = (text: string): string => text.slice(0, CLAUSE_BREAK.exec(text)?.index ?? text.length)

/** `literalGate` of each pattern, built on first use: most texts hold none of a pattern's literals. */
const gates = new Map<RegExp, (text: string) => boolean>()
const mayMatch = (re: RegExp, text: string): boolean => {
  let gate = gates.get(re)
  if (gate === undefined) {
    gate = literalGate(re)
    gates.set(re, gate)
  }
  return gate(text)
}

/** `re.exec(text)` for a pattern without the g and y flags, skipped when the text cannot match. */
const execIf = (re: RegExp, text: string): RegExpExecArray | null => (mayMatch(re, text) ? re.exec(text) : null)

const has = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0
  return mayMatch(re, text) && re.test(text)
}

/** An interim measure the decision itself indicates, not one it says was disregarded. */
const indicatesInterim = (text: string): boolean =>
  mayMatch(INTERIM, text) && [...text.matchAll(INTERIM)].some((m) => !UNDERMINED.test(text.slice(Math.max(0, m.index - 40), m.index)))

/**
 * The outcome the words of a decision give (codebook: a judgment finding at least one violation is a
 * `violation`). `near` is the text right after the verb, where "as an interim measure" sits; `clause` runs from
 * the court to the end of the sentence; `sentence` is the whole sentence.
 */
const outcomeOf = (verb: string, near: string, clause: string, sentence: string): Outcome => {
  if (indicatesInterim(near) && !has(INTERIM_REFUSED, sentence)) return "interim_measure"
  const positive = mayMatch(NO_VIOLATION, clause) ? clause.replace(NO_VIOLATION, " ") : clause
  if (has(VIOLATION, positive)) return "violation"
  if (has(NO_VIOLATION, clause)) return "no_violation"
  if (has(INADMISSIBLE, clause)) return "inadmissible"
  if (has(INTERIM_REFUSED, sentence)) return "other"
  if (indicatesInterim(sentence)) return "interim_measure"
  if (has(PROCEDURAL, clause)) return "other"
  return decisionVerb.test(verb) && !NEEDS_DECISION.test(verb) ? "other" : "unknown"
}

const kindOf = (outcome: Outcome, clause: string): Kind => {
  switch (outcome) {
    case "interim_measure":
      return "interim"
    case "violation":
    case "no_violation":
    case "inadmissible":
      return "judgment"
    case "other":
      return has(PROCEDURAL, clause) ? "procedural" : "open"
    case "unknown":
      return "open"
  }
}

const rank: Readonly<Record<Outcome, number>> = {
  unknown: 0,
  other: 1,
  interim_measure: 2,
  inadmissible: 2,
  no_violation: 2,
  violation: 3,
}

const asDate = (d: DateMention): EventDate => ({
  date_start: d.date_start,
  date_end: d.date_end,
  date_precision: d.date_precision,
  date_text: d.date_text,
})

/** States named as a name, capital or adjective ("Poland", "Moscow", "the Polish Government") from `from` on. */
const stateAt = (countries: ReadonlyArray<CountryMention>, from: number, within: number): string | null =>
  countries.find((c) => c.index >= from && c.index - from <= within && c.kind !== "demonym")?.code ?? null

/**
 * The state a decision was against: the respondent of its case name; the state it addressed ("ordered
 * Utopia", "told Ruritania", "indicating to the Government of Utopia"); the subject of what it found ("held that
 * the Utopian police had acted unlawfully"); a complaint "against Ruritania" (invented states).
 */
const respondentOf = (a: SentenceAnalysis, verbEnd: number, caseRespondent: string | null): string | null => {
  if (caseRespondent !== null) return caseRespondent
  const text = a.sentence.text
  const countries = a.countries
  const object = /^\s*(?:,\s*)?(?:to\s+)?(?:the\s+)?/u.exec(text.slice(verbEnd))?.[0].length ?? 0
  const addressed = stateAt(countries, verbEnd + object, 0)
  if (addressed !== null) return addressed
  const that = /^[^.;:]{0,80}?\bthat\s+(?:the\s+)?/u.exec(text.slice(verbEnd))
  if (that !== null) {
    const found = stateAt(countries, verbEnd + that[0].length, 0)
    if (found !== null) return found
  }
  for (const m of text.matchAll(/\b(?:against|concerning|regarding)\s+(?:the\s+)?/giu)) {
    const against = stateAt(countries, m.index + m[0].length, 0)
    if (against !== null) return against
  }
  return null
}

/** The date of the decision in its sentence: by its verb, leading the sentence before the court, or by a decision noun. */
const decisionDate = (
  a: SentenceAnalysis,
  court: { readonly index: number; readonly end: number },
  verb: { readonly index: number; readonly end: number },
  relative: boolean
): { readonly date: EventDate | null; readonly sameDay: boolean } => {
  const text = a.sentence.text
  const complement = (() => {
    const m = /\bthat\b/u.exec(text.slice(verb.end))
    return m === null ? text.length : verb.end + m.index
  })()
  const dates = a.dates.filter((d) => d.date_text !== null && d.date_precision !== "unknown" && d.index < complement)
  const byVerb = dates.find(
    (d) =>
      (d.index >= court.end && d.index < verb.index) ||
      (d.index >= verb.end && d.index - verb.end <= 70 && !CLAUSE_STOP.test(text.slice(verb.end, d.index)))
  )
  const byNoun = dates.find(
    (d) =>
      DATE_BEFORE_PARTICIPLE.test(text.slice(0, d.index)) ||
      DATE_AFTER_NOUN.test(text.slice(Math.max(0, d.index - 90), d.index)) ||
      DATE_BEFORE_NOUN.test(text.slice(d.index + d.length))
  )
  const leading = relative
    ? undefined
    : dates.find(
        (d) =>
          d.index + d.length <= court.index &&
          // opening the sentence, or right before the court ("In X (C-1/99), in March 2019, the Court held")
          ((d.index <= 5 && !LEADING_BLOCK.test(text.slice(d.index + d.length, court.index))) || /^\s*,?\s*(?:the\s+)?$/iu.test(text.slice(d.index + d.length, court.index)))
      )
  const chosen = byVerb ?? byNoun ?? leading
  return chosen === undefined ? { date: null, sameDay: false } : { date: asDate(chosen), sameDay: SAME_DAY.test(chosen.date_text ?? "") }
}

/** A date a decision noun carries ("the judgment of … of 2 March 2019", "today's judgment"). */
const nounDate = (a: SentenceAnalysis): EventDate | null => {
  const text = a.sentence.text
  const d = a.dates.find(
    (m) =>
      m.date_precision !== "unknown" &&
      (DATE_BEFORE_PARTICIPLE.test(text.slice(0, m.index)) ||
        DATE_AFTER_NOUN.test(text.slice(Math.max(0, m.index - 90), m.index)) ||
        DATE_BEFORE_NOUN.test(text.slice(m.index + m.length)))
  )
  return d === undefined ? null : asDate(d)
}

interface Verb {
  readonly verb: string
  readonly index: number
  readonly end: number
}

/** The verb a court at `end` is the subject of, or null; "generic" when the finding is habitual, future or negated. */
const verbAfter = (text: string, end: number): Verb | "generic" | null => {
  const m = FOLLOW.exec(text.slice(end))
  if (m === null) return null
  const verb = m[2] ?? ""
  const verbEnd = end + m[0].length
  const gap = (m[1] ?? "").replace(ADVERBS, " ")
  const marked = HABITUAL.test(gap) || UNREAL.test(gap)
  const tokens = gap.replace(HABITUAL_ALL, " ").replace(UNREAL_ALL, " ").split(/[\s,]+/).filter((t) => t !== "")
  // Only small words may stand between a court and its verb; otherwise the court is not the verb's subject.
  if (!tokens.every((t) => AUXILIARY.test(t) || DATE_WORD.test(t))) return null
  if (marked || HABITUAL.test(text.slice(verbEnd, verbEnd + 25))) return "generic"
  if (tokens.some((t) => PASSIVE_AUX.test(t))) return null
  const after = text.slice(verbEnd)
  if (NOT_A_DECISION.test(`${verb}${after.slice(0, 40)}`)) return null
  if (NEEDS_DECISION.test(verb) && !DECISION_OBJECT.test(after)) return null
  if (NEEDS_STATE.test(verb) && !STATE_OBJECT.test(after) && !/^\s*(?:the\s+)?\p{Lu}/u.test(after)) return null
  if (REFERRAL.test(verb) && !COURT_OBJECT.test(after)) return null
  return { verb, index: verbEnd - verb.length, end: verbEnd }
}

const isReference = (surface: string): boolean => REFERENCE.test(surface)

const unique = <A>(xs: ReadonlyArray<A>): Array<A> => [...new Set(xs)]

interface Document {
  readonly mentions: ReadonlyArray<Mention>
  /** A case named by a heading of its own (a case summary's title block), before any decision. */
  readonly title: CaseName | null
}

/** The mentions of decisions in a document, in text order. */
const mentionsOf = (analysis: ReturnType<typeof analyse>): Document => {
  const out: Array<Mention> = []
  let previous: string | null = null
  let principal: string | null = null
  let lastCourt: { court: string; sentence: number } | null = null
  /** The court of the first decision: a bare "the court" opening a new section refers back to it. */
  let lede: string | null = null
  let nationalState: string | null = null
  /**
   * The last state the text named as a government party or by name before a sentence: the state of a national
   * court whose seat does not say. Read back from the sentence only when a court needs it.
   */
  const stated = new Map<number, string | null>()
  const textState = (before: number): string | null => {
    for (let j = before - 1; j >= 0; j--) {
      const b = analysis.sentences[j]
      if (b === undefined || b.sentence.heading) continue
      let state = stated.get(j)
      if (state === undefined) {
        state = partiesIn(b.sentence.text).findLast((p) => p.code !== null)?.code ?? b.countries.findLast((c) => c.kind === "name")?.code ?? null
        stated.set(j, state)
      }
      if (state !== null) return state
    }
    return null
  }
  let title: CaseName | null = null
  let afterHeading = false
  for (const a of analysis.sentences) {
    const s = a.sentence
    const text = s.text
    if (s.heading) {
      const inHeading: ReadonlyArray<CourtMention> = courtsIn(text, previous, principal)
      for (const c of inHeading) {
        previous = c.court
        if (international.has(c.court)) principal = c.court
      }
      const named = findCaseNames(text)[0]
      if (title === null && lede === null && named !== undefined && named.length >= text.trim().length * 0.8) title = named
      afterHeading = true
      continue
    }
    const courts = courtsIn(text, afterHeading && lede !== null ? lede : previous, principal)
    afterHeading = false
    const known = nationalState
    const found: ReadonlyArray<Mention> = QUESTION.test(text) || CONDITIONAL_START.test(text) ? [] : mentionIn(a, courts, previous, lastCourt, () => known ?? textState(s.index))
    const articles = found.length === 0 && lastCourt !== null ? articlesOnly(a, lastCourt.court) : null
    out.push(...found, ...(articles === null ? [] : [articles]))
    for (const c of courts) {
      previous = c.court
      if (international.has(c.court)) principal = c.court
    }
    for (const mention of found) {
      if (mention.court != null && (mention.role === "decision" || mention.role === "reasoning")) {
        lastCourt = { court: mention.court, sentence: s.index }
        if (mention.role === "decision") lede ??= mention.court
      }
      if (mention.courtState !== null && mention.court !== null && !isInternationalCourt(mention.court)) nationalState = mention.courtState
    }
  }
  return { mentions: out, title }
}

/** A sentence that only names provisions, right after a ruling's ("Sending them back would breach Article 3 …"). */
const articlesOnly = (a: SentenceAnalysis, court: string): Mention | null => {
  const articles = articlesIn(a.sentence.text, courtInstrument(court))
  if (articles.length === 0) return null
  return {
    ...blank(a),
    role: "articles",
    court: null,
    articles,
    confidence: 0.5,
  }
}

/** A mention with nothing said yet, for the roles that fill only a few columns. */
const blank = (a: SentenceAnalysis): Mention => ({
  sentence: a.sentence.index,
  paragraph: a.sentence.paragraph,
  start: a.sentence.start,
  end: a.sentence.end,
  role: "noun",
  court: null,
  named: false,
  caseName: null,
  applications: [],
  respondent: null,
  others: [],
  courtState: null,
  reverses: false,
  appeal: false,
  outcome: "unknown",
  kind: "open",
  articles: [],
  date: null,
  another: false,
  similar: false,
  continuation: false,
  sameCase: false,
  sameDay: false,
  confidence: 0.5,
})

const mentionIn = (
  a: SentenceAnalysis,
  courts: ReadonlyArray<CourtMention>,
  previous: string | null,
  lastCourt: { readonly court: string; readonly sentence: number } | null,
  /** The state of a national court the sentence does not place, when one needs it. */
  nationalState: () => string | null
): ReadonlyArray<Mention> => {
  const s = a.sentence
  const text = s.text
  const base = blank(a)
  const cases = findCaseNames(text)
  const caseName = cases[0]?.name ?? null
  const applications = findApplicationNumbers(text).map((n) => n.number)
  const articlesFor = (court: string | null) =>
    articlesIn(text, court === null ? null : courtInstrument(court))

  const make = (
    court: string,
    named: boolean,
    courtAt: { readonly index: number; readonly end: number; readonly country: string | null },
    verb: Verb,
    extra: { readonly continuation: boolean; readonly relative: boolean; readonly confidence: number; readonly decides?: boolean }
  ): Mention => {
    const clause = text.slice(courtAt.index)
    const near = text.slice(verb.end, verb.end + 60)
    const outcome = outcomeOf(verb.verb, near, clause, text)
    const { date, sameDay } = decisionDate(a, courtAt, verb, extra.relative)
    const role = extra.decides === true || decisionVerb.test(verb.verb) ? "decision" : "reasoning"
    const national = !isInternationalCourt(court)
    const criminal = CRIMINAL.test(verb.verb)
    // A government as a party after the court: "dismissed the minister's appeal", "ordered the Italian government".
    const parties = criminal ? [] : partiesIn(decisionClause(text.slice(courtAt.end)))
    const party = parties.find((p) => p.code !== null)?.code ?? null
    const courtState = national ? (courtAt.country ?? party ?? nationalState()) : null
    // A criminal court's sentence is `other` whatever the charges ("unlawful entry") say.
    const decided = role !== "decision" ? "unknown" : criminal ? "other" : outcome
    // A national court's finding on lawfulness or order to the authorities is against its own state.
    const ownState =
      national && !criminal && (parties.length > 0 || decided === "violation" || decided === "no_violation" || decided === "interim_measure" || ORDER.test(verb.verb))
        ? courtState
        : null
    return {
      ...base,
      role,
      court,
      named,
      caseName,
      applications,
      respondent: REFERRAL.test(verb.verb) ? (cases[0]?.respondent ?? null) : (respondentOf(a, verb.end, cases[0]?.respondent ?? null) ?? party ?? ownState),
      others: cases[0]?.others ?? [],
      courtState,
      reverses: REVERSAL.test(verb.verb) && EARLIER_DECISION.test(text.slice(verb.end)),
      // The judges' reasoning is part of a ruling but does not decide its outcome ("it reasoned that … unlawful").
      outcome: decided,
      kind: role === "decision" ? kindOf(decided, clause) : "open",
      articles: articlesFor(court),
      date,
      another: mayMatch(ANOTHER, text) && ANOTHER.test(text),
      similar: /\bsimilar\b/iu.test(text),
      continuation: extra.continuation,
      sameCase: mayMatch(SAME_CASE, text) && SAME_CASE.test(text),
      sameDay,
      confidence: extra.confidence,
    }
  }

  /** "the sentence was reduced on appeal": a further decision, by the court the clause names or none. */
  const appeal = (from: number): ReadonlyArray<Mention> => {
    const m = execIf(APPEAL, text.slice(from))
    if (m === null || MODAL.test(m[0])) return []
    const index = from + m.index
    const end = index + m[0].length
    const agent = courts.find((c) => c.index >= end && c.index - end <= 12)
    const date = a.dates.find((d) => d.index >= index && d.index <= end + 40 && d.date_text !== null)
    return [
      {
        ...base,
        role: "decision",
        court: agent?.court ?? "",
        named: agent !== undefined && !isReference(agent.surface),
        outcome: "other",
        appeal: true,
        date: date === undefined ? null : asDate(date),
        another: true,
        confidence: 0.55,
      },
    ]
  }

  for (const c of courts) {
    if (PROSECUTOR_BEFORE.test(text.slice(0, c.index))) continue
    const verb = verbAfter(text, c.index + c.length)
    if (verb === "generic") return []
    if (verb === null) continue
    const relative = RELATIVE_BEFORE.test(text.slice(0, c.index))
    const named = !isReference(c.surface)
    const mention = make(c.court, named, { index: c.index, end: c.index + c.length, country: c.country }, verb, {
      continuation: false,
      relative,
      confidence: named ? 0.85 : 0.75,
    })
    return [mention, ...appeal(verb.end)]
  }

  const pronoun = PRONOUN_START.exec(text)
  if (pronoun !== null && lastCourt !== null && s.index - lastCourt.sentence <= 3) {
    const verb = verbAfter(text, pronoun[0].length)
    if (verb === "generic") return []
    if (verb !== null) {
      return [
        make(lastCourt.court, false, { index: 0, end: pronoun[0].length, country: null }, verb, { continuation: true, relative: false, confidence: 0.7 }),
      ]
    }
  }

  const passive = execIf(PASSIVE_DECISION, text)
  // "A parallel complaint … was declared inadmissible": by the body the sentence or the text before names.
  const decider = courts[0]?.court ?? previous
  const agent = passive === null ? null : /^\s+by\s+(?:the\s+)?(\S+(?:\s+\S+){0,6})/u.exec(text.slice(passive.index + passive[0].length))
  const otherAgent = agent !== null && !courts.some((c) => c.index >= (passive?.index ?? 0) + (passive?.[0].length ?? 0))
  const administrative = passive !== null && /\basylum\s+$/iu.test(text.slice(0, passive.index))
  if (passive !== null && decider !== null && !MODAL.test(passive[0]) && !otherAgent && !administrative) {
    const verbEnd = passive.index + passive[0].length
    const verb = { verb: passive[1] ?? "", index: verbEnd - (passive[1] ?? "").length, end: verbEnd }
    return [
      make(decider, false, { index: passive.index, end: passive.index, country: null }, verb, {
        continuation: false,
        relative: false,
        confidence: 0.6,
        decides: true,
      }),
    ]
  }

  const appealed = appeal(0)
  if (appealed.length > 0) return appealed

  const noun = execIf(NOUN_MENTION, text)
  if ((noun !== null && !POSSESSIVE_NOUN.test(noun[0])) || (courts.length > 0 && mayMatch(DECISION_NOUN, text) && DECISION_NOUN.test(text))) {
    const court = courts.find((c) => !isReference(c.surface)) ?? courts[0]
    return [
      {
        ...base,
        role: "noun",
        court: court?.court ?? null,
        named: court !== undefined && !isReference(court.surface),
        caseName,
        applications,
        respondent: cases[0]?.respondent ?? null,
        others: cases[0]?.others ?? [],
        date: nounDate(a),
      },
    ]
  }

  if (CASE_MENTION.test(text)) {
    return [{ ...base, role: "case", caseName, applications, articles: articlesFor(previous), sameCase: true }]
  }
  return []
}

const sameName = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.replace(/\W+/g, "").toLowerCase() === b.replace(/\W+/g, "").toLowerCase()

const identified = (m: { readonly caseName: string | null; readonly applications: ReadonlyArray<string> }): boolean =>
  m.caseName !== null || m.applications.length > 0

const sameIdentity = (r: Ruling, m: Mention): boolean =>
  sameName(r.caseName, m.caseName) || m.applications.some((n) => r.applications.includes(n))

const sameDate = (a: EventDate, b: EventDate): boolean => a.date_start === b.date_start && a.date_end === b.date_end

/** Whether a mention without a case of its own can be the same decision as a ruling already found. */
const compatible = (r: Ruling, m: Mention): boolean => {
  if (m.court !== null && m.court !== r.court) return false
  if (identified(m) && identified(r) && !sameIdentity(r, m)) return false
  if (m.respondent !== null && r.respondent !== null && m.respondent !== r.respondent) return false
  if (m.date !== null && r.date !== null && !m.sameDay && !sameDate(m.date, r.date)) return false
  return r.kind === "open" || m.kind === "open" || r.kind === m.kind
}

const merge = (r: Ruling, m: Mention, fill: "all" | "gaps"): void => {
  if (fill === "all") {
    r.articles = unique([...r.articles, ...m.articles])
    if (rank[m.outcome] > rank[r.outcome]) {
      r.outcome = m.outcome
      if (r.kind === "open") r.kind = m.kind
    }
    // The judges' reasoning may name other states ("sent back to a third country"); only a decision names the respondent.
    if (r.respondent === null && m.role === "decision") r.respondent = m.respondent
  }
  if (!identified(r) || sameIdentity(r, m)) {
    r.caseName ??= m.caseName
    r.applications = unique([...r.applications, ...m.applications])
    if (r.respondent === null && m.caseName !== null) r.respondent = m.respondent
    if (r.others.length === 0) r.others = [...m.others]
  }
  r.courtState ??= m.courtState
  if (r.date === null && m.date !== null && !m.sameDay) r.date = m.date
  r.last = Math.max(r.last, m.sentence)
  r.sentences.set(m.sentence, m.paragraph)
}

const reversed: Readonly<Partial<Record<Outcome, Outcome>>> = { violation: "no_violation", no_violation: "violation" }

const open = (m: Mention, before: ReadonlyArray<Ruling>): Ruling => {
  const prior = [...before].reverse().find((r) => r.court === m.court)
  const r: Ruling = {
    first: m,
    court: m.court ?? "",
    caseName: m.caseName,
    applications: [...m.applications],
    respondent: m.respondent,
    others: [...m.others],
    courtState: m.courtState,
    sentences: new Map([[m.sentence, m.paragraph]]),
    outcome: m.outcome,
    kind: m.kind,
    articles: [...m.articles],
    date: m.sameDay && prior?.date != null ? { ...prior.date, date_text: m.date?.date_text ?? null } : m.date,
    last: m.sentence,
  }
  // "The Court issued a similar order": the kind of decision of the one it resembles.
  if (m.similar && r.outcome === "unknown" && prior !== undefined) {
    r.outcome = prior.outcome
    r.kind = prior.kind
  }
  // "the applicants", "the case": a later decision in the case reported before.
  if (!identified(m) && m.sameCase && prior !== undefined && (m.respondent === null || m.respondent === prior.respondent)) {
    r.caseName = prior.caseName
    r.applications = [...prior.applications]
    r.respondent ??= prior.respondent
  }
  // "the appeal court overturned that ruling": the earlier decision's finding turned round, in the same case.
  const undone = before.filter((x) => x.first.sentence < m.sentence).at(-1)
  if (m.reverses && undone !== undefined) {
    if (rank[r.outcome] <= rank.other) r.outcome = reversed[undone.outcome] ?? r.outcome
    r.respondent ??= undone.respondent
    r.courtState ??= undone.courtState
  }
  return r
}

/** Groups the mentions of a document into rulings: one ruling, one event per source. */
const group = ({ mentions, title }: Document): ReadonlyArray<Ruling> => {
  const rulings: Array<Ruling> = []
  for (const m of mentions) {
    if (m.role !== "decision" && m.role !== "reasoning") continue
    const last = rulings.at(-1)
    if (m.continuation && last !== undefined) {
      merge(last, m, "all")
      continue
    }
    const byIdentity = identified(m) ? rulings.find((r) => r.court === m.court && sameIdentity(r, m)) : undefined
    if (byIdentity !== undefined) {
      merge(byIdentity, m, "all")
      continue
    }
    if (m.role === "decision" && m.another) {
      rulings.push(open(m, rulings))
      continue
    }
    const target = [...rulings].reverse().find((r) => compatible(r, m))
    if (target !== undefined) merge(target, m, "all")
    else if (m.role === "decision") rulings.push(open(m, rulings))
  }
  // Mentions by noun ("the judgment, in case C-1/99") and of the case fill what the rulings lack.
  for (const m of mentions) {
    if (m.role === "noun") {
      const sameCourt = rulings.filter((r) => m.court === null || r.court === m.court)
      const target =
        rulings.find((r) => identified(m) && sameIdentity(r, m)) ??
        nearest(identified(m) ? sameCourt.filter((r) => !identified(r)) : sameCourt, m.sentence)
      if (target !== undefined) merge(target, m, "gaps")
      // A dated decision of a named court reported only by a noun ("the ruling of … of 3 May 2022") is a ruling too.
      else if (m.named && m.court !== null && m.date !== null && !rulings.some((r) => r.court === m.court)) {
        rulings.push(open(m, rulings))
      }
    } else if (m.role === "case") {
      const target = rulings.find(identified) ?? rulings[0]
      if (target !== undefined) merge(target, m, "all")
    } else if (m.role === "articles") {
      // Provisions named in the sentence right after a ruling's, in the same paragraph, are the ones it applied.
      const target = rulings.find((r) => r.sentences.get(m.sentence - 1) === m.paragraph)
      if (target !== undefined) {
        target.articles = unique([...target.articles, ...m.articles])
        target.sentences.set(m.sentence, m.paragraph)
      }
    }
  }
  // A case summary's title names the case of the decision it summarises: the first one reported.
  const principal = [...rulings].sort((x, y) => x.first.sentence - y.first.sentence)[0]
  if (title !== null && principal !== undefined && !identified(principal)) {
    principal.caseName = title.name
    principal.respondent ??= title.respondent
    if (!isInternationalCourt(principal.court)) principal.courtState ??= title.respondent
    if (principal.others.length === 0) principal.others = [...title.others]
  }
  return rulings.sort((x, y) => x.first.sentence - y.first.sentence)
}

/** The ruling mentioned closest to a sentence, before it if any. */
const nearest = (rulings: ReadonlyArray<Ruling>, sentence: number): Ruling | undefined => {
  const before = rulings.filter((r) => r.first.sentence <= sentence).sort((x, y) => y.last - x.last)[0]
  return before ?? [...rulings].sort((x, y) => x.first.sentence - y.first.sentence)[0]
}

const draftOf = (r: Ruling): Draft => {
  const date = r.date ?? unknownDate
  const court = r.courtState === null || isInternationalCourt(r.court) ? r.court : withState(r.court, r.courtState)
  return {
    event_type: "ruling",
    start: r.first.start,
    end: r.first.end,
    rule: `ruling.${r.first.role === "noun" ? "noun" : "decision"}`,
    confidence: r.first.confidence,
    columns: {
      date_start: date.date_start,
      date_end: date.date_end,
      date_precision: date.date_precision,
      date_text: date.date_text,
      countries: unique([...(r.respondent === null ? [] : [r.respondent]), ...r.others]),
      location: null,
      court,
      case_name: r.caseName,
      application_numbers: r.applications,
      respondent_state: r.respondent,
      articles: r.articles,
      outcome: r.outcome,
    },
  }
}

export const rulings: Extractor = (doc) => group(mentionsOf(analyse(doc))).filter((r) => r.court !== "" || r.first.appeal).map(draftOf)
