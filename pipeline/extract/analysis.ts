// Per-document analysis shared by the extractors: takes a segmented source, produces for each sentence
// its date mentions (resolved with the running date context of the text before it) and its country
// mentions. Memoized per document, so every extractor reads the same analysis computed once.
import { type CountryMention, findCountries } from "../normalise/countries.ts"
import { advanceContext, type DateContext, type DateMention, findDates } from "../normalise/dates.ts"
import type { Segmented, Sentence } from "../segment.ts"

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
    const entry = { sentence, context, dates: findDates(sentence.text, context), countries: findCountries(sentence.text) }
    context = advanceContext(context, sentence.text)
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
