// statement extractor: a segmented source → statements (codebook, "statement"): direct quotes with their
// attribution (before, after or splitting the quote; continued over sentences and paragraphs), reported
// speech ("X said that …", "according to X, …", "X urged Y to …") and the answers of a published Q&A.
// One statement per attribution and sentence; speakers resolved to the fullest name the text gives.
import type { Columns, Draft, Extractor } from "../extract.ts"
import { findInstitutions, institutions } from "../gazetteers/organisations.ts"
import * as speech from "../gazetteers/speech.ts"
import { findCountries } from "../normalise/countries.ts"
import { type DateMention, type EventDate, unknownDate } from "../normalise/dates.ts"
import type { Segmented } from "../segment.ts"
import { type Analysis, analyse, type PersonMention, people, type SentenceAnalysis } from "./analysis.ts"
import { lazy, onceByIndex } from "./memo.ts"
import { bareName } from "./people.ts"
import { literalGate } from "./literals.ts"
import { anyWordStarts, matchesAt, wordIndex } from "./word-index.ts"
import { escapeRegExp } from "../regex-source.ts"

type SpeakerType = Columns<"statement">["speaker_type"]

// ---------------------------------------------------------------------------------------------------------
// Word patterns

const alt = (words: ReadonlyArray<string>): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")

const CUE_FORMS = new Map(speech.cueVerbs.flatMap((v) => v.forms.map((f) => [f, v] as const)))
const CUE_RE = new RegExp(`(?<![\\p{L}’'-])(?:${alt([...CUE_FORMS.keys()])})(?![\\p{L}-])`, "uy")
/** Every cue verb starts with one of the forms after no letter: CUE_RE is tried only where one does. */
const CUE_WORDS = wordIndex([...CUE_FORMS.keys()], { caseless: false, wordStart: true })
/** The matches of the cue verbs in a text, as `matchAll` of a global CUE_RE gives them. */
const cuesIn = (text: string): ReadonlyArray<RegExpExecArray> => matchesAt(CUE_RE, text, anyWordStarts(CUE_WORDS, text))
const TRAILING = alt(speech.trailingVerbs)
const HABITUAL = new RegExp(`\\b(?:${alt(speech.habitualAdverbs)})\\s+$`)
const ROLE_NOUN = new RegExp(`(?<![\\p{L}])(?:${alt(speech.roleNouns)})(?![\\p{L}])`, "iu")
const OFFICIAL = new RegExp(`(?<![\\p{L}])(?:${alt(speech.officialRoleNouns)})(?![\\p{L}])`, "iu")
const GROUP = new RegExp(`(?<![\\p{L}])(?:${alt(speech.groupNouns)})(?![\\p{L}])`, "iu")
const MEDIUM_IN = new RegExp(`(?<![\\p{L}])(?:in|at) ((?:a|an|the|its|their) (?:[\\p{L}-]+ )?(?:${alt(speech.mediumNouns)}))(?![\\p{L}])`, "u")
const MEDIUM_ON = new RegExp(`(?<![\\p{L}])on (${alt(speech.mediumChannels)})(?![\\p{L}])`, "u")
const PERSON_NOUN = new RegExp(`^(?:\\d+-year-old\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alt([...speech.personNouns.keys()])})(?![\\p{L}])`, "u")
const HONORIFIC = new RegExp(`^(?:${alt(speech.honorifics)})\\s+`)
const PRONOUN = /^(?:he|she|they|him|her|them)$/i
/** Leading words of an adverbial that opens a sentence before its subject. */
const OPENER = /^(?:On|In|At|After|Before|During|Following|Speaking|Earlier|Later|Last|Since|Under|Despite|Among|Two|Three|Four|Days|Weeks|Hours|A (?:day|week|month|year) (?:later|after|earlier))\b/

const NAME_TOKEN = "(?:\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-’'][\\p{Lu}\\p{Ll}][\\p{Ll}\\p{M}]*)*|(?:\\p{Lu}\\.){2,})"
const NAME_RUN = new RegExp(`${NAME_TOKEN}(?:\\s+(?:(?:${speech.nameParticles.join("|")})\\s+)?${NAME_TOKEN}){0,3}`, "gu")

const words = (s: string): ReadonlyArray<string> => s.split(/\s+/).filter((w) => w.length > 0)
const stripArticle = (s: string): string => s.replace(/^(?:the|a|an)\s+/i, "").trim()
const trimPunct = (s: string): string => s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")

// ---------------------------------------------------------------------------------------------------------
// Quotations

interface Quote {
  /** UTF-16 span in the sentence, marks included. */
  readonly start: number
  readonly end: number
  readonly inner: string
  readonly closed: boolean
}

/** Double quotations (curly or straight), and single ones opening a sentence or after a colon. */
const findQuotes = (text: string): ReadonlyArray<Quote> => {
  const out: Array<Quote> = []
  const push = (m: RegExpExecArray, closed: boolean) =>
    out.push({ start: m.index, end: m.index + m[0].length, inner: m[1] ?? "", closed })
  for (const m of text.matchAll(/“([^”]*)(”?)/g)) push(m, m[2] === "”")
  for (const m of text.matchAll(/"([^"]*)("?)/g)) push(m, m[2] === "\"")
  const inside = (i: number) => out.some((q) => q.start <= i && i < q.end)
  for (const m of text.matchAll(/(?<=^|:\s)[‘']([^’']+(?:[’'](?=\p{L})[^’']*)*)([’']?)(?=[\s.,;:!?]|$)/gu)) {
    if (!inside(m.index)) push(m, m[2] !== "")
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The sentence with every quotation blanked to "◊", so patterns never match inside quoted words. */
const mask = (text: string, quotes: ReadonlyArray<Quote>): string => {
  let out = text
  for (const q of quotes) out = out.slice(0, q.start) + "◊".repeat(q.end - q.start) + out.slice(q.end)
  return out
}

/** Quoted parts joined as one quote: a part cut by the attribution continues with ", ", a new sentence with ". ". */
const joinQuotes = (parts: ReadonlyArray<string>): string =>
  parts
    .map((p) => p.trim())
    .reduce((acc, p) => {
      if (acc === "") return p
      const head = acc.replace(/[,;:\s]+$/, "")
      return /^\p{Ll}/u.test(p) ? `${head}, ${p}` : `${/[.!?…]$/.test(head) ? head : `${head}.`} ${p}`
    }, "")
    .replace(/[,;:\s]+$/, "")

/** The text with quotation marks removed (an indirect quote keeps quoted fragments as words). */
const unquote = (s: string): string => s.replace(/[“”"]/g, "").replace(/(^|[\s(])[‘']|[’'](?=[\s.,;:!?)]|$)/g, "$1")

// ---------------------------------------------------------------------------------------------------------
// Speakers

interface Speaker {
  readonly speaker: string
  readonly type: SpeakerType
  readonly role: string | null
  readonly affiliation: string | null
  /** The state the speaker speaks for, when a government or a state official. */
  readonly state: string | null
  readonly official: boolean
  /** Pronoun or definite description resolved from context: a weaker reading. */
  readonly resolved: boolean
}

/** The state named in a phrase ("Norway’s police chief", "Danish police", "Authorities in Estonia"). */
const stateIn = (text: string): ReadonlyArray<string> => [...new Set(findCountries(text).map((c) => c.code))]

/** A state's name or demonym, not a place below the state (a capital is a place too). */
const isState = (s: string): boolean => findCountries(s).some((c) => c.kind !== "capital")

const WHOLE_NAME = new RegExp(`^${NAME_RUN.source}$`, "u")

const isName = (s: string): boolean => {
  const m = WHOLE_NAME.exec(s)
  if (m === null) return false
  const tokens = words(s).filter((t) => !speech.nameParticles.includes(t))
  return tokens.every((t) => !speech.notNameWords.has(t) && !speech.groupNouns.includes(t.toLowerCase()) && findCountries(t).length === 0 && findInstitutions(t).length === 0)
}

/** A person's name at the end of a phrase: "Interior Minister Ana Kova" → ["Interior Minister", "Ana Kova"]. */
const trailingName = (phrase: string): readonly [string, string] | null => {
  const clean = phrase.replace(/^\d+-year-old\s+/, "")
  const tokens = words(clean)
  for (let k = Math.min(4, tokens.length); k >= 1; k--) {
    const name = tokens.slice(-k).join(" ").replace(HONORIFIC, "")
    const before = tokens.slice(0, -k)
    if (speech.honorifics.includes(tokens[tokens.length - k] ?? "")) continue
    // "an expert with Ostrana": a name after a preposition is an organisation or a place, not the speaker
    if (/^(?:with|of|from|for|at|by|to|in|on|near|the|The)$/.test(before[before.length - 1] ?? "")) continue
    if (isName(name) && (before.length === 0 || !/^\p{Lu}/u.test(before[before.length - 1] ?? "") || speech.notNameWords.has(before[before.length - 1] ?? "") || findCountries(before[before.length - 1] ?? "").length > 0 || /[’']s$/.test(before[before.length - 1] ?? "") || speech.honorifics.includes(before[before.length - 1] ?? ""))) {
      const role = before.filter((w) => !speech.honorifics.includes(w)).join(" ")
      return [role, name]
    }
  }
  return null
}

/** Top-level comma parts of a phrase (commas inside parentheses do not split). */
const commaParts = (s: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  let depth = 0
  let cur = ""
  for (const ch of s) {
    if (ch === "(") depth++
    if (ch === ")") depth = Math.max(0, depth - 1)
    if (ch === "," && depth === 0) {
      out.push(cur.trim())
      cur = ""
    } else cur += ch
  }
  out.push(cur.trim())
  return out.filter((p) => p.length > 0)
}

/** A role phrase as written, without article and without a following relative clause. */
const roleOf = (s: string): string | null => {
  let cut = stripArticle(s.split(/\s+(?:who|which|whose|that)\s+/)[0] ?? s)
  // "next day the transport minister": what precedes an inner article without a role word is not the role
  const inner = /^(.*?)\s(?:the|a|an)\s(.+)$/.exec(cut)
  if (inner !== null && !ROLE_NOUN.test(inner[1] ?? "")) cut = inner[2] ?? cut
  return cut.length > 0 && ROLE_NOUN.test(cut) && !/^one of\b/i.test(cut) ? cut : null
}

/** The organisation a role names: "director of Oxfam’s …" → the full name the text gives; "of the Danish Red Cross". */
const affiliationIn = (ctx: Context, role: string): string | null => {
  // a named institution that is not the office itself ("Sejm Ombudsperson" is a role, "Foreign Office spokesman" has one)
  const known = findInstitutions(role).find(
    (m) =>
      (m.institution.kind === "organization" || institutions.includes(m.institution)) &&
      (m.index + m.length < role.replace(/[.\s]+$/, "").length || ROLE_NOUN.test(role.slice(0, m.index)))
  )
  if (known !== undefined) {
    const { institution } = known
    // an organisation by its full name when the text gives it ("Oxfam’s" → the full name); a state body as written
    return institution.kind === "organization" && ctx.analysis.doc.source.body.text.includes(institution.name)
      ? institution.name
      : stripArticle(known.surface.replace(/[’']s$/, ""))
  }
  const of = /\b(?:of|with) (?:the )?((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\p{L}’'-]*)*)$/u.exec(role)
  if (of?.[1] !== undefined && /\s/.test(of[1]) && stateIn(of[1]).length === 0) return of[1]
  return null
}

type Gender = "male" | "female" | null

/** A person the text refers to: named, described ("a farmer near the river") or the speaker of a statement. */
interface Mention {
  readonly sentence: number
  /** UTF-16 position in the sentence text. */
  readonly index: number
  /** The mention is the subject of its clause: the preferred antecedent of a later pronoun. */
  readonly subject: boolean
  readonly gender: Gender
  readonly speaker: (ctx: Context) => Speaker
}

interface Context {
  readonly analysis: Analysis
  readonly people: ReadonlyArray<PersonMention>
  /** Named and described persons of a sentence (by index), outside its quotations; read only for pronouns. */
  readonly mentions: (sentence: number) => ReadonlyArray<Mention>
  /** Speakers of the statements read so far, as mentions of their sentence. */
  readonly spoken: ReadonlyArray<Mention>
  /** Genders the text revealed for named persons (a "she said" resolved to them). */
  readonly genders: ReadonlyMap<string, Gender>
  /** Index of the sentence being read. */
  readonly sentence: number
  readonly lastPerson: Speaker | null
  readonly lastOrganisation: Speaker | null
}

/** The person the text introduces anywhere under a full name ending in `surname` (or equal to it). */
const fullPerson = (ctx: Context, name: string): PersonMention | null => {
  const last = words(name).at(-1) ?? name
  const same = ctx.people.filter((p) => p.name === name || words(p.name).at(-1) === last)
  const longest = same.sort((a, b) => words(b.name).length - words(a.name).length)[0]
  return longest ?? null
}

const personSpeaker = (ctx: Context, name: string, role: string | null, affiliation: string | null): Speaker => {
  const known = fullPerson(ctx, name)
  const full = known?.name ?? name
  const mentions = ctx.people.filter((p) => p.name === full)
  const finalRole = role ?? mentions.find((p) => p.role !== null)?.role ?? null
  const finalAffiliation =
    affiliation ?? (finalRole === null ? null : affiliationIn(ctx, finalRole)) ?? mentions.find((p) => p.affiliation !== null)?.affiliation ?? null
  const anonymous = /^(?:\p{Lu}\.){2,}$/u.test(full) || mentions.some((p) => p.pseudonym)
  const official = finalRole !== null && OFFICIAL.test(finalRole) && !(finalAffiliation !== null && findInstitutions(finalAffiliation).some((m) => m.institution.kind === "organization"))
  const state = official ? (stateIn(finalRole ?? "")[0] ?? (findInstitutions(finalRole ?? "")[0]?.institution.country ?? null)) : null
  return { speaker: full, type: anonymous ? "anonymous" : "person", role: finalRole, affiliation: finalAffiliation, state, official, resolved: false }
}

/**
 * An office without a name ("Norway’s police chief", "an expert with Ostrana"): the person the text names
 * elsewhere with a role sharing a distinctive word, else an anonymous speaker described by the role.
 */
const roleSpeaker = (ctx: Context, text: string, states: ReadonlyArray<string>): Speaker => {
  const withOrg = /^(.+?) with (\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*)/u.exec(text)
  const role = withOrg !== null ? (withOrg[1] ?? text) : (roleOf(text) ?? text)
  const head = words(role.replace(/^\p{Lu}[\p{L}]+[’']s\s+/u, ""))
    .filter((w) => /^\p{Ll}{4,}$/u.test(w) && !ROLE_NOUN.test(w) && stateIn(w).length === 0)
  const named = ctx.people.filter((p) => p.role !== null && head.some((w) => words(p.role ?? "").includes(w)))
  const unique = [...new Set(named.map((p) => p.name))]
  if (withOrg === null && unique.length === 1 && unique[0] !== undefined) {
    const s = personSpeaker(ctx, unique[0], role, null)
    return { ...s, role, state: stateIn(role)[0] ?? s.state, official: s.official || OFFICIAL.test(role), resolved: true }
  }
  const official = OFFICIAL.test(role)
  return {
    speaker: text,
    type: "anonymous",
    role,
    affiliation: withOrg?.[2] ?? affiliationIn(ctx, role),
    state: official ? (states[0] ?? null) : null,
    official,
    resolved: false
  }
}

/** "a UNHCR employee": an organisation's acronym or name before a person noun. */
const STAFF = new RegExp(`^(\\p{Lu}[\\p{Lu}\\d&]{1,9}|\\p{Lu}[\\p{L}-]+)\\s+(${alt([...speech.personNouns.keys()])})$`, "u")

/** A speaker without a personal name: an institution, a capital, a state body, a group or an unnamed person. */
const describedSpeaker = (ctx: Context, phrase: string): Speaker | null => {
  const text = stripArticle(phrase)
  if (text.length === 0 || words(text).length > 14) return null
  if (/^(?:it|this|that|which|what|there|we|i|you)$/i.test(text)) return null
  if (/^(?:organi[sz]ation|group|agency|NGO|charity)$/i.test(text)) {
    if (ctx.lastOrganisation !== null) return { ...ctx.lastOrganisation, resolved: true }
    for (let i = ctx.sentence - 1; i >= Math.max(0, ctx.sentence - 4); i--) {
      const org = findInstitutions(ctx.analysis.sentences[i]?.sentence.text ?? "").filter((m) => m.institution.kind === "organization").at(-1)
      if (org !== undefined) {
        const found = describedSpeaker({ ...ctx, sentence: i }, org.surface)
        if (found !== null) return { ...found, resolved: true }
      }
    }
    return null
  }
  // a legislature's committee: a state body
  if (speech.legislativeCommittee.test(text)) {
    return { speaker: text, type: "government", role: null, affiliation: null, state: stateIn(text)[0] ?? null, official: true, resolved: false }
  }
  // "a UNHCR employee", "an IOM staff member": an unnamed person of an organisation known by its acronym
  const staff = STAFF.exec(text)
  const staffOf = staff?.[1] ?? ""
  if (staff !== null && stateIn(staffOf).length === 0 && (/^\p{Lu}[\p{Lu}\d&]+$/u.test(staffOf) || findInstitutions(staffOf).some((m) => m.institution.kind === "organization"))) {
    return { speaker: text, type: "anonymous", role: staff[2] ?? null, affiliation: staff[1] ?? null, state: null, official: false, resolved: false }
  }
  const institutions = findInstitutions(text)
  const whole = institutions.find((m) => m.index === 0 && m.length >= text.length - 1)
  if (whole !== undefined) {
    const inst = whole.institution
    // "the Border Guard" after "the Estonian Border Guard": the fuller name the text gave
    // (an institution's surface is words of its sentence, so only sentences holding the name can give a fuller one)
    const fuller = /^\p{Lu}/u.test(text)
      ? ctx.analysis.sentences
          .filter((s) => s.sentence.text.includes(text))
          .flatMap((s) => findInstitutions(s.sentence.text))
          .map((m) => m.surface.replace(/^the /i, ""))
          .filter((s) => s.length > text.length && s.endsWith(text))
          .sort((a, b) => a.length - b.length)[0]
      : undefined
    // the canonical name when the text uses it somewhere ("Oxfam" → "Oxfam International"), else as written
    const name = inst.kind === "organization" && ctx.analysis.doc.source.body.text.includes(inst.name) ? inst.name : (fuller ?? text)
    const state = inst.kind === "government" ? (inst.country ?? stateIn(fuller ?? text)[0] ?? null) : null
    return { speaker: name, type: inst.kind, role: null, affiliation: null, state, official: inst.kind === "government", resolved: false }
  }
  // several institutions or states: "UNICEF and the International Organization for Migration", "Norway and Denmark"
  const parts = text.split(/\s*(?:,|\band\b)\s*/).map(stripArticle).filter((p) => p.length > 0)
  if (parts.length > 1 && parts.every((p) => findInstitutions(p).some((m) => m.index === 0 && m.length >= p.length - 1))) {
    const kinds = new Set(parts.map((p) => findInstitutions(p)[0]?.institution.kind))
    const type: SpeakerType = kinds.has("government") ? "government" : "organization"
    return { speaker: text, type, role: null, affiliation: null, state: null, official: type === "government", resolved: false }
  }
  const states = stateIn(text)
  const headIsRole = ROLE_NOUN.test(words(text.replace(/\s+(?:with|of|for|at|in)\s.*$/, "")).at(-1) ?? "")
  if (headIsRole && !GROUP.test(text)) return roleSpeaker(ctx, text, states)
  const countryOnly = findCountries(text)
  if (countryOnly.length > 0 && countryOnly.every((c) => c.kind === "name" || c.kind === "capital") && text.replace(/\b(?:and|the)\b/g, "").replace(new RegExp(countryOnly.map((c) => escapeRegExp(c.surface)).join("|"), "g"), "").trim() === "") {
    return { speaker: text, type: "government", role: null, affiliation: null, state: states.length === 1 ? (states[0] ?? null) : null, official: true, resolved: false }
  }
  if (institutions.some((m) => m.institution.kind === "government") && !GROUP.test(text.replace(/officials|authorities/g, ""))) {
    return { speaker: text, type: "government", role: null, affiliation: null, state: states[0] ?? institutions.find((m) => m.institution.country !== null)?.institution.country ?? null, official: true, resolved: false }
  }
  const role = roleOf(text)
  if (role !== null && !GROUP.test(text)) return roleSpeaker(ctx, text, states)
  const org = /^(?:\p{Lu}[\p{L}’'-]*\s*){1,6}$/u.test(text) && !isName(text) && !/^(?:\p{Lu}\.){2,}$/u.test(text)
  if (org && (/^\p{Lu}{2,}$/u.test(text) || /\b(?:International|Network|Committee|Foundation|Cent(?:er|re)|Council|Institute|Agency|Office|Watch|Reports|Group|Association|Union|Alliance|Coalition|Society|Service|Federation|Initiative|Project|Monitor)\b/u.test(text))) {
    return { speaker: text, type: "organization", role: null, affiliation: null, state: null, official: false, resolved: false }
  }
  if (GROUP.test(text) || PERSON_NOUN.test(text) || /^(?:one|another|several|some|many|most|hundreds|thousands|dozens)\b/i.test(text)) {
    const affiliation = /\bwith (\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)/u.exec(text)?.[1] ?? null
    const roleWord = /^(\p{Ll}+) with /u.exec(text)?.[1] ?? null
    return { speaker: text, type: "anonymous", role: roleWord, affiliation, state: null, official: false, resolved: false }
  }
  return null
}

const describedSpeakerIfInstitution = (ctx: Context, phrase: string): Speaker | null => {
  const text = stripArticle(phrase)
  return findInstitutions(text).some((m) => m.index === 0 && m.length >= text.length - 1) ? describedSpeaker(ctx, text) : null
}

/** "who did not want to be named", "who asked not to be identified": why the speaker is unnamed, not who. */
const ANONYMITY = /,?\s+who\s+[^,]{0,40}?\b(?:named|identified|anonymity|anonymous|name)\b,?/u

/**
 * The speaker a noun phrase names: a person with role and affiliation from appositions ("Lena Holm,
 * director of …"; "Interior Minister Ana Kova, who …"; "the transport minister, Piet Bos"),
 * an institution, a state, a group; pronouns resolved to the last person.
 */
const parseSpeaker = (ctx: Context, phrase: string): Speaker | null => {
  const cleaned = trimPunct(phrase.replace(ANONYMITY, "").replace(/\s*\([^)]*\)/g, "").replace(/(?<!\b\p{Lu})[.!?]\s*$/u, "")).replace(/^(?:and|but|while|as)\s+/i, "")
  if (cleaned.length === 0) return null
  if (PRONOUN.test(cleaned)) {
    if (/^(?:they|them)$/i.test(cleaned)) {
      const group = lastGroup(ctx)
      return group === null ? null : { speaker: group, type: "anonymous", role: null, affiliation: null, state: null, official: false, resolved: true }
    }
    return antecedent(ctx, /^(?:she|her)$/i.test(cleaned) ? "female" : "male")
  }
  // drop relative clauses and participles: ", who …", ", which …", ", speaking on Thursday …"
  const parts = commaParts(cleaned).filter((p, i) => i === 0 || !/^(?:who|which|whose|where|when|speaking|writing|adding|saying|\p{Ll}+ing)\b/u.test(p))
  const kept = parts.filter((p, i) => i === 0 || !/^\p{Ll}+(?:ed|s)?\b/u.test(p) || ROLE_NOUN.test(p) || /^(?:a|an|the|one)\b/.test(p))
  // "a Yemeni man called Sami"
  const called = kept.map((p) => /\b(?:called|named)\s+(\p{Lu}[\p{L}-]+)$/u.exec(p)?.[1]).find((n) => n !== undefined)
  if (called !== undefined) return personSpeaker(ctx, called, null, null)
  // "A report published by Oxfam", "an Oxfam report"
  const by = /\b(?:report|statement|study|survey|letter|appeal)\s+(?:published|issued|released)\s+by\s+(.+?)(?:\s+(?:on|in|last|this)\b.*)?$/u.exec(kept[0] ?? "")
  if (by?.[1] !== undefined) return describedSpeaker(ctx, by[1])
  const owner = /^(?:a|an|the|its)?\s*(.+?)\s+(?:report|statement|study|survey)\b/u.exec(kept[0] ?? "")
  if (owner?.[1] !== undefined && findInstitutions(owner[1]).length > 0) return describedSpeaker(ctx, owner[1])
  // "the High Commissioner for Refugees, Ana Tal": an office in apposition to a name is the person's role,
  // even where the office's title is also an institution's name
  const apposed = kept.findIndex((p, i) => i > 0 && isName(trimPunct(p).replace(HONORIFIC, "")))
  const before0 = kept[apposed - 1]
  if (apposed > 0 && before0 !== undefined && roleOf(before0) !== null) {
    const role = roleOf(before0)
    return personSpeaker(ctx, trimPunct(kept[apposed] ?? "").replace(HONORIFIC, ""), role, role === null ? null : affiliationIn(ctx, role))
  }
  const institution = describedSpeakerIfInstitution(ctx, kept[0] ?? "")
  if (institution !== null) return institution
  // "Charities warned": a lone plural word the text never gives as a person's surname is an unnamed group
  const lone = kept.length === 1 ? (kept[0] ?? "") : ""
  const plural = speech.groupNouns.includes(lone.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ies|ers|ists|ents|ants|ups|ions|ics|als|ees|ives|ches|shes|sses)$/u.test(lone)
  if (plural && !ctx.people.some((p) => words(p.name).length > 1 && words(p.name).includes(lone))) {
    return { speaker: lone, type: "anonymous", role: null, affiliation: null, state: null, official: false, resolved: false }
  }
  for (let i = 0; i < kept.length; i++) {
    const part = kept[i] ?? ""
    const of = /^(.*?)\s+(?:of|from) (?:the )?(\p{Lu}.*)$/u.exec(part)
    const named = trailingName(of !== null && isName(trimPunct(of[1] ?? "").replace(HONORIFIC, "").replace(/^\d+-year-old\s+/, "")) ? (of[1] ?? "") : part)
    if (named === null) continue
    const [pre, name] = named
    const ownRole = pre.length > 0 && ROLE_NOUN.test(pre) ? stripArticle(pre) : null
    const after = kept[i + 1]
    const before = i > 0 ? kept[i - 1] : undefined
    const role = ownRole ?? (after !== undefined ? roleOf(after) : null) ?? (before !== undefined && i === kept.length - 1 ? roleOf(before) : null)
    const affiliation =
      (of !== null && isName(trimPunct(of[1] ?? "").replace(HONORIFIC, "")) ? trimPunct(of[2] ?? "") : null) ??
      (role !== null ? affiliationIn(ctx, role) : null)
    return personSpeaker(ctx, name, role, affiliation)
  }
  // "the UN children's agency, UNICEF": the part that is an institution's name
  const byName = kept.find((p) => findInstitutions(stripArticle(p)).some((m) => m.index === 0 && m.length >= stripArticle(p).length - 1))
  if (byName !== undefined) return describedSpeaker(ctx, byName)
  return describedSpeaker(ctx, kept[0] ?? cleaned) ?? (kept.length > 1 ? describedSpeaker(ctx, cleaned) : null)
}

/**
 * The person a "he"/"she" refers to: the nearest earlier person of that gender who was the subject of a
 * clause (a speaker included), else the nearest earlier person of that gender the text mentions at all;
 * searching back a few sentences. The last speaker is not preferred over a person introduced since.
 */
const antecedent = (ctx: Context, gender: "male" | "female"): Speaker | null => {
  const window = (j: number): ReadonlyArray<Mention> =>
    [...ctx.mentions(j), ...ctx.spoken.filter((m) => m.sentence === j)]
      .filter((m) => {
        const known = m.gender ?? ctx.genders.get(m.speaker(ctx).speaker) ?? null
        return known === null || known === gender
      })
      .sort((a, b) => a.index - b.index)
  const from = Math.max(0, ctx.sentence - 6)
  for (const subjectOnly of [true, false]) {
    for (let j = ctx.sentence - 1; j >= from; j--) {
      const found = window(j).filter((m) => !subjectOnly || m.subject)
      const pick = subjectOnly ? found[0] : found.at(-1)
      if (pick !== undefined) return { ...pick.speaker(ctx), resolved: true }
    }
  }
  return null
}

const DESCRIBED = new RegExp(
  `(?<![\\p{L}])(?:[Aa]|[Aa]n|[Oo]ne)\\s+((?:\\d+-year-old\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alt([...speech.personNouns.keys()])})(?:\\s+(?:from|in|of|at|near)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)?)(?![\\p{L}])`,
  "gu"
)
/** A verb right after a noun phrase (past an apposition or a relative clause): the phrase is the subject. */
const VERB_AFTER = /^(?:\s*,[^,]*,)?\s*,?\s*(?:\p{Ll}+ly\s+)?(?:was|were|is|are|has|had|have|did|does|will|would|could|can|\p{Ll}+ed|\p{Ll}+[^s]s|said|told|says|went|fled|spoke|came|saw|took|made|gave|left|got)\b/u

const genderOfWords = (s: string): Gender => {
  for (const w of words(s.toLowerCase())) {
    const g = speech.personNouns.get(w)
    if (g !== undefined && g !== null) return g
  }
  return /\b(?:Mrs|Ms)\b\.?/.test(s) ? "female" : /\bMr\b\.?/.test(s) ? "male" : null
}

/** The persons each sentence names or describes outside its quotations, for resolving pronouns; computed on demand. */
const mentionsOf = (analysis: Analysis, persons: ReadonlyArray<PersonMention>): ((sentence: number) => ReadonlyArray<Mention>) =>
  onceByIndex((index) => {
    const s = analysis.sentences[index]
    if (s === undefined) return []
    const text = s.sentence.text
    const masked = mask(text, findQuotes(text))
    const named = persons
      .filter((p) => p.sentence === s.sentence.index && masked[p.index] !== "◊")
      .map((p): Mention => ({
        sentence: p.sentence,
        index: p.index,
        subject: p.subject || VERB_AFTER.test(masked.slice(p.index + p.name.length)),
        gender: genderOfWords(`${p.role ?? ""} ${text.slice(Math.max(0, p.index - 5), p.index)}`),
        speaker: (ctx) => personSpeaker(ctx, p.name, null, null)
      }))
    const described = [...masked.matchAll(DESCRIBED)].map((m): Mention => {
      const phrase = m[1] ?? ""
      const start = /^[\s,]*$/.test(masked.slice(0, m.index)) || /^(?:[^,]*\b(?:On|In|At|After|Before|During|Later|Earlier|Last)\b[^,]*,\s*)$/.test(masked.slice(0, m.index))
      return {
        sentence: s.sentence.index,
        index: m.index,
        subject: start || VERB_AFTER.test(masked.slice(m.index + m[0].length)),
        gender: genderOfWords(phrase),
        speaker: () => ({ speaker: phrase, type: "anonymous", role: null, affiliation: null, state: null, official: false, resolved: false })
      }
    })
    return [...named, ...described].sort((a, b) => a.index - b.index)
  })

/** The last unnamed group the recent text made a subject ("the applicants"), for "they say". */
const lastGroup = (ctx: Context): string | null => {
  for (let i = ctx.sentence - 1; i >= Math.max(0, ctx.sentence - 6); i--) {
    const text = ctx.analysis.sentences[i]?.sentence.text ?? ""
    const m = [...text.matchAll(/\b(?:[Tt]he) (applicants|survivors|detainees|migrants|refugees|asylum seekers|families|men|women|residents)\b/g)].at(-1)
    if (m?.[1] !== undefined) return m[1]
  }
  return null
}

// ---------------------------------------------------------------------------------------------------------
// Reading one sentence

interface Reading {
  readonly speakerText: string
  readonly quote: string
  readonly kind: "direct" | "indirect"
  /** UTF-16 spans of the sentence that belong to the attribution (where the statement's date and medium are). */
  readonly attribution: ReadonlyArray<readonly [number, number]>
  readonly verb: string
  readonly medium: string | null
  readonly location: string | null
  readonly rule: string
  readonly confidence: number
}

/** Medium and location in an attribution's words: "told The Harbour Post", "on Twitter", "at a press conference". */
const mediumOf = (tail: string, dates: ReadonlyArray<DateMention>, offset: number): { medium: string | null; location: string | null } => {
  const told = /^\s*(?:told|tells|tell)\s+(.+)$/u.exec(tail)
  if (told?.[1] !== undefined) {
    const rest = told[1]
    const start = tail.length - rest.length
    const firstDate = dates.map((d) => d.index - offset - start).filter((i) => i > 0).sort((a, b) => a - b)[0] ?? rest.length
    const stop = /(?:,|:|;|\.|\s(?:that|on|at|by|about|after|before|when|he|she|they|it|we|I|his|her|their)\s|\s(?:a|an|the)\s(?=\S)(?<=\S+\s\S+\s))/u.exec(rest)
    const end = Math.min(stop?.index ?? rest.length, firstDate)
    const np = rest.slice(0, end).trim()
    const inLoc = /^(.+?)\s+in\s+(\p{Lu}[\p{L}-]+)$/u.exec(np)
    if (inLoc !== null && !isState(inLoc[2] ?? "")) return { medium: inLoc[1] ?? np, location: inLoc[2] ?? null }
    const locAfter = /^\s+in\s+(\p{Lu}[\p{L}-]+)/u.exec(rest.slice(end))
    return { medium: np.length > 0 ? np : null, location: locAfter?.[1] ?? null }
  }
  const on = MEDIUM_ON.exec(tail)
  if (on?.[1] !== undefined) return { medium: on[1], location: null }
  const inA = MEDIUM_IN.exec(tail)
  if (inA?.[1] !== undefined) {
    const loc = new RegExp(`${escapeRegExp(inA[1])}\\s+in\\s+(\\p{Lu}[\\p{L}-]+)`, "u").exec(tail)?.[1] ?? null
    return { medium: inA[1], location: loc !== null && !isState(loc) ? loc : null }
  }
  return { medium: null, location: null }
}

const LEADING_MEDIUM = new RegExp(`^(?:In|At) ((?:a|an) (?:[\\p{L}-]+ )?(?:${alt(speech.mediumNouns)}))(?![\\p{L}])`, "u")

/** "In a statement on 3 March, UNICEF said": the medium an opening adverbial names (not "In its first statements"). */
const leadingMedium = (opening: string): string | null =>
  /\b(?:[Ii]n|[Dd]uring) an interview with ((?:the )?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)/u.exec(opening)?.[1] ??
  LEADING_MEDIUM.exec(opening)?.[1] ?? null

/** Where a leading adverbial ends: "On 3 March, …", "Two days after the boat sank, …", "The next day …". */
const subjectStart = (masked: string, dates: ReadonlyArray<DateMention>, verbAt: number): number => {
  // a wire dateline the segmenter left: "OSLO — ", "TALLINN, Estonia (AP) — "
  let at = /^\p{Lu}{2,}[\p{Lu} .,'’()-]*?\p{L}*(?:\s\([^)]*\))?\s[—–-]{1,2}\s+/u.exec(masked)?.[0].length ?? 0
  const leading = dates.find((d) => d.index <= at + 3)
  if (leading !== undefined) at = leading.index + leading.length
  const comma = masked.indexOf(",", at)
  if (OPENER.test(masked.slice(0, 12)) && comma > 0 && comma < verbAt && !/^According to/.test(masked)) {
    // "On the Danish side, Piet Bos, deputy head …, said": only the first comma closes the opener
    at = Math.max(at, comma + 1)
  }
  return at + (masked.slice(at).length - masked.slice(at).replace(/^[\s,]+/, "").length)
}

/** Time adverbials that may open a sentence without a comma: "Later in the week she told …", "That year X said". */
const LEADING_TIME = /^(?:(?:later|earlier|then|afterwards|meanwhile|separately|also|again)\b|(?:in|on|at|during|by|later in|earlier in|later on) the (?:day|morning|afternoon|evening|night|week|weekend|month|year)\b|(?:that|the same|the next|the following|this|last|next|a) (?:year|day|month|week|weekend|morning|afternoon|evening|night|spring|summer|autumn|winter)(?: later| earlier)?\b)[\s,]*/i

const stripLeadingTime = (text: string): string => {
  let out = text.trim()
  for (let m = LEADING_TIME.exec(out); m !== null && m[0].length < out.length; m = LEADING_TIME.exec(out)) out = out.slice(m[0].length)
  return out
}

/** The subject words before an attribution verb, without adverbs, auxiliaries and a first coordinated verb phrase. */
const cleanSpeaker = (text: string): string =>
  stripLeadingTime(text)
    .replace(/\s+(?:\p{Ll}+ly|also|later|then|again|since|now|still|already|further|furthermore|moreover|today|yesterday|have|has|had|did|does|do)(?=\s|$)/gu, " ")
    .replace(/\s+(?:went|came|travelled|traveled|arrived|spoke|appeared)\b.*?\band\s*$/u, "")
    .replace(/\s+\p{Ll}+ed\s(?:(?!\b(?:who|which|that)\b).)*\band\s*$/u, "")
    .replace(/\s+(?:can|could|was|were|is|are|may|might)\s+(?:be\s+)?(?:heard|seen)\s*$/u, "")
    .trim()

/**
 * Does a speaker phrase hold a verb or a clause ("the ministry concluded that their visa", "the
 * agency will publish the figures")? Then the cue word after it is a noun or the sentence is no
 * attribution. Relative clauses and appositions between commas may hold verbs; the phrase's own words may not.
 */
const clauseLeak = (speakerText: string): boolean => {
  const own = commaParts(speakerText.replace(/\s*\([^)]*\)/g, ""))
    .filter((p, i) => i === 0 || !/^(?:who|which|whose|where|when|\p{Ll}+ing)\b/u.test(p))
    // an apposition's "that" opens a relative clause ("a group that has since closed")
    .map((p, i) => p.replace(i === 0 ? /\s+(?:who|whom|whose|which)\s.*$/u : /\s+(?:who|whom|whose|which|that)\s.*$/u, ""))
    .join(" ")
  return (
    /(?<![\p{L}])(?:that|will|would|shall|should|can|could|must|might|is|are|was|were|been|being)(?![\p{L}])/u.test(own) ||
    /(?<![\p{L}])(?:may)(?![\p{L}])/u.test(own) ||
    // a finite past verb followed by its object or clause: "X concluded that", "guards stopped the"
    /\S\s+(?!(?:called|named|nicknamed|dubbed)\b)\p{Ll}{3,}ed\s+(?:that|the|a|an|its|their|his|her|to)\b/u.test(own)
  )
}

/** Plural nouns of what border statistics count: people, and attempts or acts done to people. */
const COUNTED = "(?:people|persons|individuals|migrants|refugees|asylum seekers|men|women|children|minors|families|foreigners|nationals|citizens|arrivals|newcomers|attempts|crossings|entries|returns|pushbacks|push-backs|apprehensions|arrests|detentions|cases|\\p{Lu}\\p{Ll}+(?:ans|ians|is|ers|ese|ites|s))"
const MAGNITUDE = "(?:(?:several|a few|many)\\s+(?:hundred|thousand|dozen)|(?:tens|hundreds)\\s+of\\s+thousands|hundreds|thousands|millions|dozens|many|most|the majority|a majority|the bulk|half|a third|a quarter)"
/** A state body acting on people ("police sent back", "Croatian border guards had returned"): its count is the event's. */
const ACTING = "(?:(?:it|they|we)|(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:police|border guards?|border police|authorities|officers|coast ?guards?|soldiers|troops|guards|officials))"
const APPROX = "(?:well over|far more than|more than|fewer than|less than|over|about|around|roughly|nearly|almost|at least|up to|some|an estimated|approximately)"
const TALLY = new RegExp(
  `^(?:(?:in|on|since|between|during|over|by|until)\\s+(?:the\\s+)?(?:[\\p{L}]+\\s+)?\\d{4}\\s*,?\\s*|(?:in|on|since|between|during|over|by|so far|this year|last year|until)\\b[^,]{0,40},\\s*)?(${ACTING}\\s+(?:(?:has|have|had|would|will)\\s+)?(?:already\\s+|also\\s+)?\\p{Ll}+(?:\\s+(?:back|away|out|off|in|up|down|over))?\\s+)?(?:(${APPROX})\\s+)?(${MAGNITUDE}|\\d[\\d,.]*(?:\\s+(?:hundred|thousand|million))?)(?:\\s+of)?(?:\\s+(?:the|them|those|these|their))?(?:\\s+[\\p{L}-]+){0,2}?\\s+${COUNTED}(?![\\p{L}])`,
  "u"
)

/**
 * Is a claim a tally: a count of people or attempts, large, vague or approximate, that is the claim's subject
 * or the object of the body's own act ("several hundred
 * of the newcomers had been returned", "it had stopped well over 50,000 attempts", "412 people had
 * been held")? From a state body such a claim is the counted event, not a statement (codebook); an
 * exact small count is an incident the body reports ("they had stopped four women").
 */
const isTally = (claim: string): boolean => {
  const m = TALLY.exec(claim.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()))
  if (m === null) return false
  const [, ownAct, approx, amount = ""] = m
  const vague = approx !== undefined || !/^\d/.test(amount)
  const n = Number(amount.replace(/,/g, "").split(/\s/)[0])
  const large = /thousand|million|hundred/.test(amount) || n >= 100
  // the body's own act with an exact number ("it had picked up 130 people") is one incident it reports; thousands are a count
  return ownAct !== undefined ? vague || /thousand|million/.test(amount) || n >= 1000 : vague || large
}

const INVERTED = new RegExp(`^(?:${TRAILING}|remarked|shouted)\\s+(.+)$`, "u")

const directReading = (text: string, masked: string, quotes: ReadonlyArray<Quote>, dates: ReadonlyArray<DateMention>): Reading | "continuation" | null => {
  if (quotes.length === 0) return null
  const outside = masked.replace(/◊+/g, " ").replace(/[\s.,;:!?–—-]+/g, "")
  if (outside.length === 0) return "continuation"
  const first = quotes[0]
  if (first === undefined) return null
  const lead = masked.slice(0, first.start).trim()
  const parts = quotes.map((q) => q.inner)
  if (lead.length === 0) {
    // "“…,” X said, “…”" / "“…,” said X." — the attribution follows the first quotation
    const next = quotes[1]
    const attrEnd = next?.start ?? text.length
    const attribution = masked.slice(first.end, attrEnd)
    const a = trimPunct(attribution).replace(/[.!?]$/, "")
    const inverted = INVERTED.exec(a)
    const cue = cuesIn(a)[0]
    if (inverted === null && cue === undefined) return null
    if (next !== undefined && masked.slice(next.end).replace(/[\s.,;:!?]/g, "").length > 0) return null
    const speakerText = inverted !== null ? (inverted[1] ?? "") : a.slice(0, cue?.index ?? 0)
    const tail = inverted !== null ? "" : a.slice((cue?.index ?? 0))
    const verb = inverted !== null ? (a.split(/\s/)[0] ?? "") : (cue?.[0] ?? "")
    if (words(speakerText).length === 0) return null
    const m = mediumOf(tail, dates, first.end)
    return {
      speakerText: speakerText.replace(/,\s*(?:adding|saying)\b.*$/, ""),
      quote: joinQuotes(parts),
      kind: "direct",
      attribution: [[first.end, attrEnd]],
      verb,
      medium: m.medium,
      location: m.location,
      rule: "statement/direct-quote",
      confidence: 0.9
    }
  }
  const last = quotes[quotes.length - 1]
  if (last === undefined || masked.slice(last.end).replace(/[\s.,;:!?]/g, "").length > 0) return null
  // "X told reporters on 2 May: “…”" / "X remarked: '…'" — the attribution precedes the quotation
  const before = masked.slice(0, first.start)
  if (!/[:,]\s*$/.test(before) || quotes.some((q, i) => i > 0 && masked.slice(quotes[i - 1]?.end ?? 0, q.start).trim().length > 0)) return null
  const cues = cuesIn(before)
  const cue = cues[0]
  if (cue === undefined) return null
  const start = subjectStart(masked, dates, cue.index)
  const speakerText = cleanSpeaker(before.slice(start, cue.index))
  const tail = before.slice(cue.index).replace(/[:,]\s*$/, "")
  const m = mediumOf(tail, dates, cue.index)
  return {
    speakerText,
    quote: joinQuotes(parts),
    kind: "direct",
    attribution: [[0, first.start]],
    verb: cue[0],
    medium: m.medium,
    location: m.location,
    rule: "statement/direct-quote",
    confidence: 0.85
  }
}

/** "According to X, …" and "…, according to X." */
const accordingReading = (text: string, masked: string): Reading | null => {
  const lead = /^According to (.+)$/u.exec(masked)
  if (lead !== null) {
    const parts = commaParts(lead[1] ?? "")
    let n = 1
    // "according to the agency’s chief, Piet Bos, …": the name in apposition is the speaker
    const named = parts.length > 2 && isName(trimPunct(parts[1] ?? ""))
    if (named) n = 2
    while (n < parts.length && /^(?:who|whose|which|where)\b/.test(parts[n] ?? "")) n++
    const speakerText = parts.slice(0, n).join(", ")
    const start = masked.indexOf(parts[n] ?? "\u0000", 13 + speakerText.length)
    if (start < 0) return null
    const m = MEDIUM_IN.exec(` in ${parts[0] ?? ""}`) ?? /^((?:a|an) (?:[\p{L}-]+ )*?(?:report|statement|study|survey))\b/u.exec(`${stripArticle(parts[0] ?? "") === (parts[0] ?? "") ? "" : ""}${parts[0] ?? ""}`)
    const medium = /\breport\b/.test(parts[0] ?? "") ? "a report" : /\bstatement\b/.test(parts[0] ?? "") ? "a statement" : (m?.[1] ?? null)
    return {
      speakerText: named ? `${parts[1] ?? ""}, ${parts[0] ?? ""}` : (parts[0] ?? ""),
      quote: unquote(text.slice(start)).replace(/[.!?]$/, ""),
      kind: "indirect",
      attribution: [[0, start]],
      verb: "according to",
      medium,
      location: null,
      rule: "statement/according-to",
      confidence: 0.75
    }
  }
  // "…, according to Ivo Marak, the agency's director." — an apposition may follow the name
  const tail = /,\s+according to ([^,]+?(?:,\s+(?:the|a|an|its|their|his|her)\s[^,]+?)?)\.?$/u.exec(masked)
  if (tail !== null) {
    return {
      speakerText: tail[1] ?? "",
      quote: unquote(text.slice(0, tail.index)),
      kind: "indirect",
      attribution: [[tail.index, text.length]],
      verb: "according to",
      medium: null,
      location: null,
      rule: "statement/according-to",
      confidence: 0.7
    }
  }
  return null
}

const TRAILING_ATTRIBUTION = new RegExp(`,\\s+(?:((?:\\p{Lu}[\\p{L}’'.-]*|he|she|they|we)(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3})\\s+(${TRAILING}|argue|argues|say)|(${TRAILING})\\s+([^,]+(?:,.*)?))(?=\\s*(?:[,.;–—-]|$))`, "gu")

/** "…, she said." / "…, recalled X, Y’s former ambassador." / "Often …, she said - …" / "where, they argue, …" */
const trailingReading = (text: string, masked: string): Reading | null => {
  for (const m of masked.matchAll(TRAILING_ATTRIBUTION)) {
    const before = text.slice(0, m.index)
    if (words(before).length < 3) continue
    const end = m.index + m[0].length
    if (m[3] !== undefined) {
      // inverted at the end: the speaker runs to the end of the sentence
      const rest = masked.slice(end).replace(/^[\s.]+/, "")
      const who = m[4] ?? ""
      // "…, recalled Lena Holm, Denmark’s former ambassador": a noun phrase, not a clause
      const opening = trimPunct(commaParts(before)[0] ?? "")
      const subjectFirst = trailingName(opening) !== null || findInstitutions(stripArticle(opening)).some((x) => x.index === 0)
      if (rest.length > 0 || subjectFirst || /\b(?:that|had|has|have|was|were|is|are|would|will|could|can|◊)/.test(who) || /\b\p{Ll}{3,}ed\b/u.test((commaParts(who)[0] ?? "").replace(ANONYMITY, "")) || !/^(?:\p{Lu}|(?:a|an|the|one)\s)/u.test(who)) continue
      return {
        speakerText: m[4] ?? "",
        quote: unquote(before),
        kind: "indirect",
        attribution: [[m.index, text.length]],
        verb: m[3],
        medium: null,
        location: null,
        rule: "statement/reported-speech",
        confidence: 0.75
      }
    }
    const after = text.slice(end).replace(/^\s*[,;]\s*/, ", ").replace(/^\s*[.]\s*$/, "")
    const relative = /\b(?:where|that|which)$/.test(before.trim())
    const quote = relative ? trimPunct(after) : `${before}${after}`.replace(/[.!?]$/, "")
    return {
      speakerText: m[1] ?? "",
      quote: unquote(quote),
      kind: "indirect",
      attribution: [[m.index, end]],
      verb: m[2] ?? "said",
      medium: null,
      location: null,
      rule: "statement/reported-speech",
      confidence: 0.75
    }
  }
  return null
}

const MEDIUM_ADVERBIAL = new RegExp(`^\\s+(?:in|at) (?:a|an|the|its|their) (?:[\\p{L}-]+ )?(?:${alt(speech.mediumNouns)})(?![\\p{L}])`, "u")
const JOINERS: Readonly<Record<"to" | "of" | "for" | "as", RegExp>> = { to: /\sto\s/, of: /\sof\s/, for: /\sfor\s/, as: /\sas\s/ }
const ACCORDING_TO_MEDIUM = new RegExp(`,\\s+according to ((?:a|an|the|its) (?:[\\p{L}-]+ )?(?:${alt(speech.mediumNouns)}))\\.?$`, "u")
const REMARK = new RegExp(`(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)[’']s\\s+(?:\\p{Ll}+\\s+)?(?:${alt(speech.speechNouns)})\\b(.*?)\\bthat\\s+`, "u")

/** Up to the last subordinator or semicolon before a capital; SUBORDINATOR is what every match of it holds. */
const LAST_SUBORDINATE = /.*(?:\b(?:after|before|when|while|because|since|although|though|but|as)\s+|;\s+)(?=\p{Lu})/u
const SUBORDINATOR = /(?:\b(?:after|before|when|while|because|since|although|though|but|as)\s+|;\s+)(?=\p{Lu})/u
const FEELING = /^(.+?)\s+(?:is|are|was|were|has been|have been|remains|remained)\s+((?:deeply |gravely |extremely |very )?(?:appalled|alarmed|concerned|shocked|outraged|dismayed|disappointed|worried|horrified|saddened)\b.*)$/u
/** FEELING's lazy subject grows word by word, the verbs tried after each; a text with no feeling word is settled first. */
const mayFeel = literalGate(FEELING)

/** "X said (that) …", "X told Y (that) …", "X urged Y to …", "X described Y as …", "X’s public remark that …". */
const forwardReading = (text: string, masked: string, dates: ReadonlyArray<DateMention>): Reading | null => {
  for (const cue of cuesIn(masked)) {
    const verb = CUE_FORMS.get(cue[0])
    if (verb === undefined) continue
    const at = cue.index
    const beforeText = masked.slice(0, at)
    const prev = /(\S+)\s+$/.exec(beforeText)?.[1]?.toLowerCase() ?? ""
    // infinitives, negations, passives, modals and nouns ("five claims") are not attributions
    if (/^(?:to|not|n’t|n't|never|was|were|is|are|be|been|being|will|would|could|may|might|should|can|must|what|the|a|an|its|their|his|her|these|those|such|of|shall|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|no|any|all|\d+(?:[,.]\d+)*)$/.test(prev)) continue
    // a noun compound: "distress calls", "asylum claims" (a verb's subject is not a bare lower-case noun right after a preposition)
    if (/^(?:calls|claims|reports|notes|states|posts|remarks)$/.test(cue[0]) && /\b(?:of|for|in|on|with|about|to|by)\s+\p{Ll}+\s+$/u.test(beforeText)) continue
    if (HABITUAL.test(beforeText)) continue
    if (/\b(?:did|does|do|has|have|had)\s+not\s+$/.test(beforeText)) continue
    const afterVerb = masked.slice(at + cue[0].length)
    if (verb.needs !== null && !verb.needs.test(afterVerb)) continue
    // "the ministry denies that …": a standing position, not a statement made on one occasion
    if (verb.habitualPresent && !/ed$/.test(cue[0])) continue
    if (/^(?:called|named)$/.test(cue[0]) && /^\s+\p{Lu}[\p{L}-]+(?:[,.]|$)/u.test(afterVerb) && !/^\s+on\b/.test(afterVerb)) continue
    if (cue[0] === "published" && !/^\s+(?:a|an|its|the)\s+(?:[\p{L}-]+\s+)?(?:report|statement|study)\b/u.test(afterVerb)) continue
    // subject: after a relative "who" it is the antecedent; after a subordinator, the clause's own subject
    let start = subjectStart(masked, dates, at)
    const clause = SUBORDINATOR.test(beforeText.slice(start)) ? LAST_SUBORDINATE.exec(beforeText.slice(start)) : null
    if (clause !== null) start += clause[0].length
    let speakerText = beforeText.slice(start)
    const relative = /^(.*?)\s+(?:who|which)\s+(?:\p{Ll}+ly\s+)?$/u.exec(speakerText)
    if (relative !== null) {
      const head = relative[1] ?? ""
      // "The claimants are students who say": the subject; "The claimants included nurses who cited": the antecedent
      const pred = /^(.*?)\s+(are|were|is|was|included|include|includes)\s+(.+)$/u.exec(head)
      speakerText = pred === null ? head : /^(?:are|were|is|was)$/.test(pred[2] ?? "") ? (pred[1] ?? "") : (pred[3] ?? "")
    }
    speakerText = cleanSpeaker(speakerText)
    if (speakerText.length === 0 || words(speakerText).length > 25) continue
    // the content: after told's addressee, dates, channels and "that"
    let content = afterVerb
    let contentStart = at + cue[0].length
    const skip = (re: RegExp) => {
      const m = re.exec(content)
      if (m !== null) {
        content = content.slice(m[0].length)
        contentStart += m[0].length
      }
    }
    const told = mediumOf(masked.slice(at), dates, at)
    const isTold = /^(?:told|tells|tell)$/.test(cue[0])
    if (isTold && told.medium !== null) skip(new RegExp(`^\\s+${escapeRegExp(told.medium)}(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?`, "u"))
    for (let k = 0; k < 4; k++) {
      // "warned that winter would …": "that" is the complementiser, not a date's determiner
      const d = dates.find((x) => x.index >= contentStart && x.index <= contentStart + 2 && !/^that\s/i.test(text.slice(x.index)))
      if (d !== undefined) {
        content = content.slice(d.index + d.length - contentStart)
        contentStart = d.index + d.length
      }
      skip(/^\s+on (?:Twitter|X|Facebook|Telegram|social media|television|radio)\b/u)
      skip(MEDIUM_ADVERBIAL)
      // "told investigators a different story: that …", "told them his account"
      skip(/^\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:story|account|version)\b|publicly|officially|earlier|later|again|repeatedly)/u)
      skip(/^\s+(?:published|released|issued)(?=\s)/u)
      if (/^(?:called|calls)$/.test(cue[0])) skip(/^\s+on(?=\s)/u)
      const before = contentStart
      // "said on Monday, after opening the session, that …": the inserted clause is not part of the claim
      skip(/^\s*(?:,\s*[^,;:◊]{1,150}?,)?\s*[:,]?\s*that\b/u)
      skip(/^\s*:/u)
      // what follows "that" is the claim, its dates included
      if (contentStart !== before) break
    }
    if (verb.object === false && /^\s+(?:on|for|to)\b/.test(content) && !/^(?:urged|called)$/.test(cue[0])) {
      if (/^(?:agree|agrees|agreed)$/.test(cue[0])) {
        const colon = content.indexOf(":")
        if (colon >= 0) {
          contentStart += colon + 1
          content = content.slice(colon + 1)
        }
      }
    }
    if (cue[0] === "published") {
      const part = /^\s+(?:a|an|its|the)\s+(?:[\p{L}-]+\s+)?(?:report|statement|study)(?:,[^,]*,)?(?:\s+(?:on|in|last|this|earlier)\s+[^,◊]{1,30}?)?\s+(?:accusing|finding|saying|that|which found that|showing)\s+(?:that\s+)?/u.exec(content)
      if (part === null) continue
      contentStart += part[0].length
    }
    const by = /\bby saying\s+(?:that\s+)?/.exec(masked.slice(contentStart))
    if (by !== null) contentStart += by.index + by[0].length
    // "urged both ministries in a joint letter the next day to publish": adverbials between the object and
    // its complement date and place the statement, and are not part of the claim
    const joiner = /^(?:urged|urges|called|calls)$/.test(cue[0]) ? "to" : /^accuse/.test(cue[0]) ? "of" : /^blame/.test(cue[0]) ? "for" : "as"
    const complement = verb.object ? JOINERS[joiner].exec(masked.slice(contentStart)) : null
    const zoneEnd = complement === null ? contentStart : contentStart + complement.index
    const zoneDates = dates.filter((d) => d.index >= contentStart && d.index + d.length <= zoneEnd)
    const zoneMedium = MEDIUM_IN.exec(masked.slice(contentStart, zoneEnd))?.[1] ?? null
    const m = isTold ? told : mediumOf(masked.slice(at, Math.max(zoneEnd, contentStart)), dates, at)
    let quoteText = text.slice(contentStart)
    // "…, according to a statement": where it was said, not what
    const source = ACCORDING_TO_MEDIUM.exec(quoteText)
    if (source !== null) quoteText = quoteText.slice(0, source.index)
    quoteText = quoteText.replace(/,\s+but\s+(?:he|she|they|it)\s+(?:would|did|could|does|do|has|have|had|was|were|is|declined|refused)\b.*$/u, "")
    quoteText = unquote(trimPunct(quoteText).replace(/[.!?]$/, ""))
    for (const d of zoneDates) quoteText = quoteText.replace(` ${text.slice(d.index, d.index + d.length)}`, "")
    if (zoneMedium !== null) quoteText = quoteText.replace(` in ${zoneMedium}`, "").replace(` at ${zoneMedium}`, "")
    if (words(quoteText).length < 3) continue
    return {
      speakerText,
      quote: quoteText,
      kind: "indirect",
      attribution: [[0, contentStart], ...zoneDates.map((d) => [d.index, d.index + d.length] as const)],
      verb: cue[0],
      medium: cue[0] === "published" ? "a report" : (m.medium ?? zoneMedium ?? source?.[1] ?? leadingMedium(masked.slice(0, start))),
      location: m.location,
      rule: "statement/reported-speech",
      confidence: 0.7
    }
  }
  // an organisation or official in its own voice: "Oxfam is appalled by …", "UNICEF was deeply concerned about …"
  const feeling = mayFeel(masked) ? FEELING.exec(masked) : null
  if (feeling !== null && words(feeling[2] ?? "").length >= 3) {
    const start = subjectStart(masked, dates, (feeling[1] ?? "").length)
    const quoteStart = masked.length - (feeling[2] ?? "").length
    return {
      speakerText: masked.slice(start, (feeling[1] ?? "").length),
      quote: unquote(trimPunct(text.slice(quoteStart)).replace(/[.!?]$/, "")),
      kind: "indirect",
      attribution: [[0, quoteStart]],
      verb: "feeling",
      medium: null,
      location: null,
      rule: "statement/own-voice",
      confidence: 0.6
    }
  }
  // "X’s public remark in March 2019 that …"
  const remark = /[’']s\s/.test(masked) ? REMARK.exec(masked) : null
  if (remark !== null) {
    const contentStart = remark.index + remark[0].length
    return {
      speakerText: remark[1] ?? "",
      quote: unquote(text.slice(contentStart)).replace(/[.!?]$/, ""),
      kind: "indirect",
      attribution: [[remark.index, contentStart]],
      verb: "remark",
      medium: null,
      location: null,
      rule: "statement/reported-speech",
      confidence: 0.6
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------------------
// Columns

/** The statement's own date: the first date in the attribution, outside relative clauses. */
const statementDate = (s: SentenceAnalysis, attribution: ReadonlyArray<readonly [number, number]>): EventDate => {
  const text = s.sentence.text
  const hit = s.dates.find((d) => {
    if (!attribution.some(([a, b]) => d.index >= a && d.index < b)) return false
    const clause = text.slice(Math.max(0, text.lastIndexOf(",", d.index)), d.index)
    return !/\b(?:who|whose|which|where|since)\b/.test(clause)
  })
  return hit === undefined
    ? unknownDate
    : { date_start: hit.date_start, date_end: hit.date_end, date_precision: hit.date_precision, date_text: hit.date_text }
}

const STATE_BODY = new RegExp(`^(?:[’']s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alt(speech.stateBodyNouns)})(?![\\p{L}])`, "u")

/** States a sentence names as governments: a state before a body noun, a capital, a state institution. */
const governmentsIn = (s: SentenceAnalysis): ReadonlyArray<string> => {
  const text = s.sentence.text
  const named = s.countries.filter((c) => STATE_BODY.test(text.slice(c.index + c.length))).map((c) => ({ index: c.index, code: c.code }))
  const bodies = findInstitutions(text).flatMap((m) => (m.institution.kind === "government" && m.institution.country !== null ? [{ index: m.index, code: m.institution.country }] : []))
  return [...named, ...bodies].sort((a, b) => a.index - b.index).map((g) => g.code)
}

/**
 * The state the document is mostly about: every mention of a state counts, a mention as a government
 * ("Danish police", an interior ministry the gazetteer knows) counts three times; ties go to the state
 * named first. A text names the states of foreign officials ("Norway's ambassador") and leaves its own
 * state's offices bare ("the prime minister").
 */
const homeState = (analysis: Analysis, governments: (sentence: number) => ReadonlyArray<string>): string | null => {
  const score = new Map<string, number>()
  analysis.sentences.forEach((s, i) => {
    for (const c of s.countries) score.set(c.code, (score.get(c.code) ?? 0) + 1)
    for (const g of governments(i)) score.set(g, (score.get(g) ?? 0) + 2)
  })
  let best: string | null = null
  for (const [code, n] of score) if (best === null || n > (score.get(best) ?? 0)) best = code
  return best
}

/** Words before a state that make it a place of movement ("came from Yemen", "sent back to Norway"). */
/** Earlier items of a list the state ends ("from Chad, Niger and Mali": Mali comes after "from" too). */
const LIST_BEFORE = /(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))+$/u
const MOVEMENT_BEFORE = /\b(?:from|to|into|towards?|via|across|through|over|out of|back to)\s+(?:the\s+)?$/

/**
 * The first state a sentence names as a setting or an actor, not as a place people moved from or to: a state's
 * name (not after "from", "into" …), a capital, a state before a body noun; else the first state it names as a
 * government (a state institution). A demonym describing people ("Yemeni men") or places ("the Danish side") is
 * neither.
 */
const settingIn = (s: SentenceAnalysis, governments: () => ReadonlyArray<string>): string | undefined => {
  const text = s.sentence.text
  const named = s.countries.find(
    (c) => (c.kind === "name" && !MOVEMENT_BEFORE.test(text.slice(0, c.index).replace(LIST_BEFORE, ""))) || c.kind === "capital" || STATE_BODY.test(text.slice(c.index + c.length))
  )
  return named?.code ?? governments()[0]
}

/**
 * The state an official or a state body speaks for when its words do not say ("the prime minister", "the
 * interior ministry"): the first state its paragraph names as a setting or actor before it, else that of the
 * nearest paragraph before it in its section that names one, else the document's home state.
 */
const contextState = (doc: Segmented, setting: (sentence: number) => string | undefined, home: () => string | null, index: number): string | null => {
  const sentence = doc.sentences[index]
  if (sentence === undefined) return home()
  for (let p = sentence.paragraph; p >= 0; p--) {
    const para = doc.paragraphs[p]
    if (para === undefined) continue
    for (let i = para.first; i < Math.min(para.first + para.count, index); i++) {
      const first = setting(i)
      if (first !== undefined) return first
    }
    if (para.heading) break
  }
  return home()
}

/**
 * An unnamed group is written without its quantity, as every text column naming people is (codebook); a
 * partitive ("one of the guards") names one person, not the group, and stays whole.
 */
const publicName = (speaker: Speaker): string =>
  speaker.type === "anonymous" && !/^(?:one|each|either|neither)\s+of\b/i.test(speaker.speaker)
    ? bareName(speaker.speaker) || speaker.speaker
    : speaker.speaker

const countriesOf = (speaker: Speaker, quote: string, fallback: string | null): ReadonlyArray<string> => {
  const named = speaker.type === "government" ? stateIn(speaker.speaker) : []
  const own = speaker.official || speaker.type === "government" ? [speaker.state ?? fallback, ...named] : []
  return [...new Set([...own, ...findCountries(quote).map((c) => c.code)].filter((c): c is string => c !== null))]
}

type StatementDraft = Extract<Draft, { readonly event_type: "statement" }>

const statementDraft = (start: number, end: number, rule: string, confidence: number, columns: Columns<"statement">): StatementDraft => ({
  event_type: "statement",
  start,
  end,
  rule,
  confidence,
  columns
})

// ---------------------------------------------------------------------------------------------------------
// Published interviews: each answer is one statement of the interviewee

const interviewDrafts = (doc: Segmented, analysis: Analysis, ctx: Context): { drafts: ReadonlyArray<Draft>; answers: ReadonlySet<number> } => {
  const body = doc.source.body
  const textOf = (p: { start: number; end: number }) => body.text.slice(body.toUtf16(p.start), body.toUtf16(p.end))
  // a Q&A: questions end with "?", and one label answers in several paragraphs
  const labelled = doc.paragraphs.filter((p) => p.label !== null && p.label !== doc.source.meta.publisher)
  const counts = new Map<string, number>()
  for (const p of labelled) if (p.label !== null) counts.set(p.label, (counts.get(p.label) ?? 0) + 1)
  const asks = doc.paragraphs.filter((p) => /\?\s*$/.test(textOf(p))).map((p) => p.label)
  const interviewee = [...counts.entries()].filter(([label, n]) => n >= 2 && !asks.includes(label)).sort((a, b) => b[1] - a[1])[0]?.[0]
  if (interviewee === undefined || asks.length === 0) return { drafts: [], answers: new Set() }
  const publisher = doc.source.meta.publisher ?? null
  // the interview's own date and place: "She spoke to <publisher> in Tallinn on Monday"
  const setting = analysis.sentences.find((s) => /\b(?:spoke|talked|told|interviewed)\b/.test(s.sentence.text) && (publisher === null || s.sentence.text.includes(publisher) || /\binterview/.test(s.sentence.text)))
  const date = setting?.dates[0]
  const place = setting === undefined ? null : (/\bin (\p{Lu}[\p{L}-]+)/u.exec(setting.sentence.text)?.[1] ?? null)
  const drafts: Array<Draft> = []
  const answers = new Set<number>()
  for (const p of labelled) {
    if (p.label !== interviewee || p.count === 0) continue
    const sentences = analysis.sentences.slice(p.first, p.first + p.count)
    for (const s of sentences) answers.add(s.sentence.index)
    const first = sentences[0]
    const last = sentences[sentences.length - 1]
    if (first === undefined || last === undefined) continue
    const quote = sentences.map((s) => s.sentence.text).join(" ")
    const speaker = parseSpeaker(ctx, p.label) ?? { speaker: p.label, type: "anonymous" as const, role: null, affiliation: null, state: null, official: false, resolved: false }
    drafts.push(
      statementDraft(first.sentence.start, last.sentence.end, "statement/interview-answer", 0.85, {
        date_start: date?.date_start ?? null,
        date_end: date?.date_end ?? null,
        date_precision: date?.date_precision ?? "unknown",
        date_text: date?.date_text ?? null,
        countries: [...new Set(findCountries(quote).map((c) => c.code))],
        location: place !== null && !isState(place) ? place : null,
        speaker: publicName(speaker),
        speaker_type: speaker.type,
        speaker_affiliation: speaker.affiliation,
        speaker_role: speaker.role,
        quote,
        quote_kind: "direct",
        medium: publisher
      })
    )
  }
  return { drafts, answers }
}

// ---------------------------------------------------------------------------------------------------------
// The extractor

const isCourt = (speakerText: string, verb: string): boolean =>
  /\b(?:[Cc]ourt|Chamber|[Tt]ribunal|[Jj]udges?|judgment|ruling)\b/.test(speakerText) || (/^(?:found|finds)$/.test(verb) && /\bCommittee\b/.test(speakerText))

export const statements: Extractor = (doc) => {
  const analysis = analyse(doc)
  const persons = people(doc)
  /** The state each official speaker was found to speak for, kept for their later statements. */
  const states = new Map<string, string | null>()
  const publisher = doc.source.meta.publisher ?? null
  // Read only for officials and state bodies whose words name no state, and only as far back as needed.
  const governments = onceByIndex((i: number): ReadonlyArray<string> => {
    const s = analysis.sentences[i]
    return s === undefined ? [] : governmentsIn(s)
  })
  const home = lazy(() => homeState(analysis, governments))
  const setting = (i: number): string | undefined => {
    const s = analysis.sentences[i]
    return s === undefined ? undefined : settingIn(s, () => governments(i))
  }
  let ctx: Context = {
    analysis,
    people: persons,
    mentions: mentionsOf(analysis, persons),
    spoken: [],
    genders: new Map(),
    sentence: 0,
    lastPerson: null,
    lastOrganisation: null
  }
  const { drafts: answerDrafts, answers } = interviewDrafts(doc, analysis, ctx)
  const drafts: Array<Draft> = [...answerDrafts]
  /** The last direct statement, which a following all-quoted sentence continues. */
  let open: { index: number; draft: StatementDraft; sentence: number; paragraph: number; closed: boolean } | null = null
  /** Speakers who told the publisher itself: their later quotes were given to it too. */
  const toldPublisher = new Set<string>()
  /** Per sentence, the first person named as its subject. */
  const subjectIn = new Map<number, PersonMention>()
  for (const p of persons) if (p.subject && !subjectIn.has(p.sentence)) subjectIn.set(p.sentence, p)
  for (const s of analysis.sentences) {
    const { sentence } = s
    ctx = { ...ctx, sentence: sentence.index }
    // the subject of a sentence is the best antecedent of a pronoun in the next one
    const subject = subjectIn.get(sentence.index - 1)
    const paragraphStart = doc.paragraphs[sentence.paragraph]?.first === sentence.index
    if (subject !== undefined && !paragraphStart) ctx = { ...ctx, lastPerson: personSpeaker(ctx, subject.name, null, null) }
    if (sentence.heading || answers.has(sentence.index)) continue
    const text = sentence.text
    const quotes = findQuotes(text)
    const masked = mask(text, quotes)
    const direct = directReading(text, masked, quotes, s.dates)
    if (direct === "continuation") {
      const continues =
        open !== null &&
        (open.sentence === sentence.index - 1 || (paragraphStart && !open.closed && open.paragraph === sentence.paragraph - 1))
      if (open !== null && continues) {
        const prev: StatementDraft = open.draft
        const next: StatementDraft = statementDraft(prev.start, sentence.end, prev.rule, prev.confidence, {
          ...prev.columns,
          quote: joinQuotes([prev.columns.quote, ...quotes.map((q) => q.inner)]),
          countries: [...new Set([...prev.columns.countries, ...quotes.flatMap((q) => findCountries(q.inner).map((c) => c.code))])]
        })
        const index: number = open.index
        drafts[index] = next
        open = { index, draft: next, sentence: sentence.index, paragraph: sentence.paragraph, closed: quotes.every((q) => q.closed) }
      }
      continue
    }
    // the first reading whose speaker the text identifies ("…, according to a statement" names none)
    const readers = [
      () => direct,
      () => accordingReading(text, masked),
      () => trailingReading(text, masked),
      () => forwardReading(text, masked, s.dates)
    ]
    let found: { readonly reading: Reading; readonly speaker: Speaker } | null = null
    let court = false
    for (const reader of readers) {
      const candidate = reader()
      if (candidate === null) continue
      if (isCourt(candidate.speakerText, candidate.verb)) {
        court = true
        break
      }
      if (clauseLeak(candidate.speakerText)) continue
      const who = parseSpeaker(ctx, candidate.speakerText)
      if (who === null || (candidate.verb === "feeling" && who.type === "anonymous")) continue
      found = { reading: candidate, speaker: who }
      break
    }
    if (found === null || court) {
      open = null
      continue
    }
    const { reading, speaker } = found
    // a figure attributed to a state body is the event it counts, not a statement (codebook)
    if (speaker.type === "government" && reading.kind === "indirect" && isTally(reading.quote)) continue
    // so is one an organisation gives as its standing count of what others did ("X, which monitors the border, says
    // police sent back thousands"); its own work ("it has documented …") and a report it published are its statements
    if (speaker.type === "organization" && reading.kind === "indirect" && reading.medium === null && /^(?:says|reports|estimates|according to)$/.test(reading.verb) && !/^(?:it|they|we)\b/iu.test(reading.quote) && isTally(reading.quote)) continue
    const date = statementDate(s, reading.attribution)
    // only an official's or a state body's statement is given a state
    const speaksForState = speaker.official || speaker.type === "government"
    const state = !speaksForState
      ? null
      : states.has(speaker.speaker)
        ? (states.get(speaker.speaker) ?? null)
        : (speaker.state ?? contextState(doc, setting, home, sentence.index))
    if (speaksForState) states.set(speaker.speaker, state)
    let medium = reading.medium ?? (/^(?:a|an)\s+(?:[\p{L}-]+\s+)?(report|statement|study|letter)\b/iu.exec(reading.speakerText) === null ? null : `a ${/(report|statement|study|letter)/i.exec(reading.speakerText)?.[1] ?? "report"}`)
    if (publisher !== null && medium === publisher) toldPublisher.add(speaker.speaker)
    else if (medium === null && toldPublisher.has(speaker.speaker) && publisher !== null) medium = publisher
    const interviewed = /\binterviewed by (\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*)/u.exec(reading.speakerText)?.[1]
    if (medium === null && interviewed !== undefined) medium = interviewed
    if (medium !== null && /^(?:her|him)$/.test(medium) && ctx.lastPerson !== null) medium = ctx.lastPerson.speaker
    if (medium !== null && /^the (?:organi[sz]ation|group)$/.test(medium) && ctx.lastOrganisation !== null) medium = ctx.lastOrganisation.speaker
    const made: StatementDraft = statementDraft(sentence.start, sentence.end, reading.rule, speaker.resolved ? reading.confidence - 0.1 : reading.confidence, {
      ...date,
      countries: countriesOf(speaker, reading.quote, state),
      location: reading.location,
      speaker: publicName(speaker),
      speaker_type: speaker.type,
      speaker_affiliation: speaker.affiliation,
      speaker_role: speaker.role,
      quote: reading.quote,
      quote_kind: reading.kind,
      medium
    })
    drafts.push(made)
    open = reading.kind === "direct" ? { index: drafts.length - 1, draft: made, sentence: sentence.index, paragraph: sentence.paragraph, closed: quotes.every((q) => q.closed) } : null
    const singular = /^(?:one|a|an)\b/i.test(speaker.speaker) || !words(speaker.speaker).slice(0, 2).some((w) => /(?:[^’'s]s|people|men|women|children)$/i.test(w))
    if (speaker.type === "person" || (speaker.type === "anonymous" && singular)) {
      // the speaker is the subject of this sentence; a "she said" also tells the speaker's gender
      const pronoun = /^(?:he|she)$/i.exec(trimPunct(reading.speakerText))?.[0].toLowerCase()
      const gender: Gender = pronoun === "she" ? "female" : pronoun === "he" ? "male" : genderOfWords(speaker.speaker)
      const genders = gender === null || speaker.type !== "person" ? ctx.genders : new Map([...ctx.genders, [speaker.speaker, gender]])
      const mention: Mention = { sentence: sentence.index, index: 0, subject: true, gender, speaker: () => ({ ...speaker, resolved: false }) }
      ctx = { ...ctx, lastPerson: speaker, genders, spoken: [...ctx.spoken, mention] }
    }
    if (speaker.type === "organization") ctx = { ...ctx, lastOrganisation: speaker }
  }
  return drafts
}
