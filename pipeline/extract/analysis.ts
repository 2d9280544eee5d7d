// Per-document analysis shared by the extractors: takes a segmented source, produces for each sentence
// its date mentions (resolved with the running date context of the text before it) and its country
// mentions; and, separately (`people`), the named persons of the text with the roles it gives them.
// Memoized per document, so every extractor reads the same analysis computed once.
import { memoiseString } from "../memoise.ts"
import { type CountryMention, findCountries } from "../normalise/countries.ts"
import { type DateContext, type DateMention, readDates } from "../normalise/dates.ts"
import type { Segmented, Sentence } from "../segment.ts"
import { findInstitutions } from "../gazetteers/organisations.ts"
import { groupNouns, nameParticles, notNameWords, roleNouns } from "../gazetteers/speech.ts"

export interface SentenceAnalysis {
  readonly sentence: Sentence
  /** The date context before this sentence (publication date, last year, last anchor). */
  readonly context: DateContext
  /** Date expressions of the sentence, resolved against `context`; UTF-16 positions in `sentence.text`. */
  readonly dates: ReadonlyArray<DateMention>
  /** States the sentence names; UTF-16 positions in `sentence.text`. */
  readonly countries: ReadonlyArray<CountryMention>
}

export interface Analysis {
  readonly doc: Segmented
  /** One entry per sentence of `doc`, same index. */
  readonly sentences: ReadonlyArray<SentenceAnalysis>
}

const analyses = new WeakMap<Segmented, Analysis>()

const compute = (doc: Segmented): Analysis => {
  let context: DateContext = { published: doc.source.meta.published ?? null, lastYear: null, anchor: null }
  const sentences = doc.sentences.map((sentence): SentenceAnalysis => {
    const { dates, next } = readDates(sentence.text, context)
    const entry = { sentence, context, dates, countries: findCountries(sentence.text) }
    context = next
    return entry
  })
  return { doc, sentences }
}

/** The analysis of a document, computed once per `Segmented` value. */
export const analyse = (doc: Segmented): Analysis => {
  const cached = analyses.get(doc)
  if (cached !== undefined) return cached
  const fresh = compute(doc)
  analyses.set(doc, fresh)
  return fresh
}

// ---------------------------------------------------------------------------------------------------------
// Named people: who the text names, with the role and organisation it gives them, for resolving a later
// surname ("Holm" → the full name), a pronoun ("he said" → the last subject) or a bare role.

export interface PersonMention {
  /** The name as written, without honorific ("Dr. Lena Holm" → "Lena Holm"). */
  readonly name: string
  /** Role as written beside the name ("Interior Minister", "director of …"), without leading article. */
  readonly role: string | null
  /** Organisation after "of"/"with" the name ("Lena Holm of the Nordic …"). */
  readonly affiliation: string | null
  readonly sentence: number
  /** UTF-16 position in the sentence text. */
  readonly index: number
  /** The name opens its clause: the best antecedent of a pronoun in the next sentence. */
  readonly subject: boolean
  /** The text says the name is a pseudonym. */
  readonly pseudonym: boolean
}

const NAME_TOKEN = "(?:\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-’'][\\p{Lu}\\p{Ll}][\\p{Ll}\\p{M}]*)*|(?:\\p{Lu}\\.){2,})"
/** Sticky: tried only where a run can start (see nameRuns). */
const NAME_RUN = new RegExp(
  `(?<![\\p{L}.])${NAME_TOKEN}(?:\\s+(?:(?:${nameParticles.join("|")})\\s+)?${NAME_TOKEN}){0,6}(?![\\p{L}])`,
  "uy"
)
const ROLE = new RegExp(`(?<![\\p{L}])(?:${roleNouns.join("|")})(?![\\p{L}])`, "iu")
/** Lower-case words that may stand inside a role written before a name ("police director", "former ambassador"). */
const ROLE_WORD = new RegExp(`^(?:${[...roleNouns.flatMap((r) => r.split(" ")), "the", "of", "for", "and", "on", "former", "deputy", "vice", "interior", "foreign", "migration", "police", "programme", "state", "general", "border", "guard", "acting", "senior"].join("|")})$`, "i")

const tokenNameLike = (t: string): boolean =>
  !notNameWords.has(t) && !groupNouns.includes(t.toLowerCase()) && !notNameWords.has(t.replace(/[’']s$/, "")) && findCountries(t).length === 0 && findInstitutions(t).length === 0

// The same capitalised words recur in every run and every document: each is judged once (bounded memo).
const isNameToken = memoiseString(tokenNameLike, 20_000)

const nameLike = (run: string): boolean => run.split(/\s+/).every((t) => nameParticles.includes(t) || isNameToken(t))

/** The role written right before a name: "Estonian President", "U.K. Foreign Office spokesman". */
const roleBefore = (before: string): string | null => {
  const tokens = before.trimEnd().split(/\s+/)
  const taken: Array<string> = []
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] ?? ""
    if (t === "" || /[,;:]$/.test(t)) break
    if (/^\p{Lu}/u.test(t) && !["The", "A", "An", "On", "In", "After", "Before", "By", "When"].includes(t)) taken.unshift(t)
    else if (ROLE_WORD.test(t)) taken.unshift(t)
    else break
  }
  while (taken.length > 0 && /^(?:the|a|an|of|and|for|on)$/i.test(taken[0] ?? "")) taken.shift()
  const role = taken.join(" ")
  return role.length > 0 && ROLE.test(role) ? role : null
}

const appositiveRole = (part: string | undefined): string | null => {
  if (part === undefined) return null
  const cut = (part.split(/\s+(?:who|which|whose|that)\s+/)[0] ?? part).replace(/^(?:the|a|an)\s+/i, "").trim()
  return cut.length > 0 && ROLE.test(cut) && !/^one of\b/i.test(cut) && cut.split(/\s+/).length <= 14 ? cut : null
}

/**
 * The matches a global NAME_RUN finds in `text` (`matchAll`, which also copies the regex on every call): every
 * run opens with a capital, so the sticky pattern is tried only at ASCII capitals and non-ASCII characters
 * (never inside a surrogate pair), from the end of the last run on: where the scan would find the next run.
 */
const nameRuns = (text: string): ReadonlyArray<RegExpExecArray> => {
  const out: Array<RegExpExecArray> = []
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p)
    if (code < 0x80 ? code < 0x41 || code > 0x5a : code >= 0xdc00 && code <= 0xdfff) continue
    NAME_RUN.lastIndex = p
    const m = NAME_RUN.exec(text)
    if (m === null) continue
    out.push(m)
    // a run is never empty
    p += m[0].length - 1
  }
  NAME_RUN.lastIndex = 0
  return out
}

/** Words of the publisher's name ("He spoke to <publisher>") are not a person's name. */
const personsIn = (publisher: ReadonlySet<string>) => (s: Sentence): ReadonlyArray<PersonMention> => {
  if (s.heading) return []
  const text = s.text
  const out: Array<PersonMention> = []
  for (const m of nameRuns(text)) {
    // "Interior Minister Ana Kova": the name is the run's longest tail of name-like words
    const tokens = m[0].split(/\s+/)
    // each token judged once: the tail from `i` is name-like when every token from `i` on is
    const fits = tokens.map((t) => nameParticles.includes(t) || isNameToken(t))
    const from = tokens.findIndex((t, i) => fits.every((ok, j) => j < i || ok) && !nameParticles.includes(t))
    if (from < 0) continue
    const tail = tokens.slice(from).join(" ")
    const run = tail.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, "").replace(/[’']s$/, "")
    const at = m.index + (m[0].length - run.length)
    const before = text.slice(0, at)
    const after = text.slice(at + run.length)
    const single = !/\s/.test(run) && !/^(?:\p{Lu}\.){2,}$/u.test(run)
    // a lone word is a name only where the context says so: "called Sami", "Lena, one of", "said Piet", "Mira (a pseudonym)"
    const named =
      !single ||
      /\b(?:called|named|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*$/.test(before) ||
      /^,\s+(?:one of|a|an|who)\b/.test(after) ||
      /^\s+\((?:a pseudonym|not (?:her|his|their) real name)\)/.test(after) ||
      /(?:said|says|told|added|recalled)\s+$/.test(before) ||
      /^\s+(?:said|says|told|added|recalled|described|warned)\b/.test(after) ||
      (/^(?:,|\s+(?:of|said))/.test(after) && /^\p{Lu}[\p{Ll}]+$/u.test(run) && /(?:^|,\s+(?:an?|the)?\s*\p{Ll}*\s*)$/u.test(before) && before.trim() === "")
    if (!named || !nameLike(run)) continue
    // "a Skyjet flight", "the Winter Games": a capitalised run after an article names a thing, not a person
    if (/(?:^|\s)(?:the|a|an)\s+$/.test(before) || run.split(/\s+/).every((t) => publisher.has(t))) continue
    const parts = after.startsWith(",") ? after.slice(1).split(",") : []
    const prevPart = /,\s*([^,]+),\s*$/.exec(before)?.[1] ?? /^([^,]+),\s*$/.exec(before)?.[1]
    const role = roleBefore(before) ?? appositiveRole(parts[0]) ?? (before.endsWith(", ") ? appositiveRole(prevPart) : null)
    const of = /^\s+(?:of|with)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\p{L}’'-]*)*)/u.exec(after)
    const lead = before.replace(/^(?:[^,]*\b(?:On|In|After|Before|Two|The next|Earlier|Last)\b[^,]*,\s*)/, "")
    const subject = lead.split(/\s+/).filter((w) => w.length > 0 && /^\p{Ll}/u.test(w) && !ROLE_WORD.test(w) && !/-year-old$/.test(w)).length === 0 && !/[,;]\s*$/.test(lead.replace(/^[^,]*,\s*one of them,\s*$/i, ""))
    out.push({
      name: run,
      role,
      affiliation: of?.[1] !== undefined && findCountries(of[1]).length === 0 ? of[1] : null,
      sentence: s.index,
      index: at,
      subject,
      pseudonym: /^\s+\((?:a pseudonym|not (?:her|his|their) real name)\)/.test(after)
    })
  }
  return out
}

const peopleOf = new WeakMap<Segmented, ReadonlyArray<PersonMention>>()

/** Every named person of the document, in text order; computed once per `Segmented` value. */
export const people = (doc: Segmented): ReadonlyArray<PersonMention> => {
  const cached = peopleOf.get(doc)
  if (cached !== undefined) return cached
  const fresh = doc.sentences.flatMap(personsIn(new Set((doc.source.meta.publisher ?? "").split(/\s+/).filter((w) => w.length > 0))))
  peopleOf.set(doc, fresh)
  return fresh
}
