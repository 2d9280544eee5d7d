// memo: what the crossing and detention extractors both read of a document, computed once per document or
// sentence (the named persons of each sentence, the people memory before each sentence), and
// small caches for pure functions of an object or an index. Extraction calls the same pure functions on the
// same sentences again and again; these caches only cut the repeats.
import type { Segmented } from "../segment.ts"
import { analyse, type PersonMention, people } from "./analysis.ts"
import { leadingWords } from "./leading-words.ts"
import { literalGate } from "./literals.ts"
import { emptyMemory, type Memory, remember } from "./people.ts"
import { eachWord, startIndex } from "./word-index.ts"

/** A function of an object, computed once per object (a document, its analysis, one of its sentences). */
export const onceBy = <K extends object, V>(f: (key: K) => V): ((key: K) => V) => {
  const cache = new WeakMap<K, V>()
  return (key) => {
    // one lookup when the value is there (it is never undefined but for an undefined result)
    const known = cache.get(key)
    if (known !== undefined || cache.has(key)) return known as V
    const value = f(key)
    cache.set(key, value)
    return value
  }
}

/**
 * The cues worth matching in a text: a cue can match only where one of the words its matches start with
 * (`leadingWords` of its bare pattern, the pattern without the checks for a letter before and after it) occurs
 * after no letter. The words are found in one pass over the text (a trie); a cue with such a place is tried from
 * its first one on: its global pattern `re` (the one `findHits` runs, so no other is compiled) when given, else
 * its bare pattern, sticky at each place. A cue that fails cannot match, and dropping it keeps the hits of the
 * others and their order. A cue without leading words is tried where its text holds one of its literals.
 */
export const cueFilter = <C extends { readonly bare: RegExp; readonly re?: RegExp }>(
  cues: ReadonlyArray<C>
): ((text: string) => ReadonlyArray<C>) => {
  const sticky = cues.map((c) => (c.re === undefined ? new RegExp(c.bare.source, `${c.bare.flags.replace(/[gy]/g, "")}y`) : null))
  if (cues.some((c) => c.re !== undefined && !c.re.global)) throw new Error("cueFilter: a cue pattern without the g flag")
  const caseless = cues.every((c) => c.bare.ignoreCase)
  if (!caseless && cues.some((c) => c.bare.ignoreCase)) throw new Error("cueFilter: cues with and without the i flag")
  const starts = startIndex(
    cues.map((c) => leadingWords(c.bare.source)),
    { caseless }
  )
  const unled = starts.anywhere.flatMap((i) => {
    const cue = cues[i]
    return cue === undefined ? [] : [{ i, cue, gate: literalGate(cue.bare) }]
  })
  /** Whether the global pattern matches from `from` on (and none starts before, the caller knows). */
  const matchesFrom = (re: RegExp, text: string, from: number): boolean => {
    re.lastIndex = from
    const found = re.exec(text) !== null
    re.lastIndex = 0
    return found
  }
  return (text) => {
    // per cue: 0 not yet tried, 1 worth, 2 not
    const worth = new Uint8Array(cues.length)
    eachWord(starts.words, text, (w, p) => {
      for (const i of starts.patternsOf[w] ?? []) {
        if (worth[i] === 1) continue
        const re = cues[i]?.re
        if (re !== undefined) {
          // the first place of the cue, so its first match, if any, starts here or later
          if (worth[i] === 0) worth[i] = matchesFrom(re, text, p) ? 1 : 2
          continue
        }
        const st = sticky[i]
        if (st === null || st === undefined) continue
        st.lastIndex = p
        if (st.test(text)) worth[i] = 1
      }
    })
    for (const { i, cue, gate } of unled) {
      if (gate(text) && (cue.re === undefined ? cue.bare.test(text) : matchesFrom(cue.re, text, 0))) worth[i] = 1
    }
    return cues.filter((_, i) => worth[i] === 1)
  }
}

/** A function of an index (a sentence's), computed once per index. */
export const onceByIndex = <V>(f: (index: number) => V): ((index: number) => V) => {
  const cache = new Map<number, V>()
  return (index) => {
    if (cache.has(index)) return cache.get(index) as V
    const value = f(index)
    cache.set(index, value)
    return value
  }
}

/** A value computed on first use, then kept. */
export const lazy = <V>(f: () => V): (() => V) => {
  let done = false
  let value: V | undefined
  return () => {
    if (!done) {
      value = f()
      done = true
    }
    return value as V
  }
}

/** The named persons of a document, per sentence index, in text order. */
export const namesBySentence = onceBy((doc: Segmented): ReadonlyArray<ReadonlyArray<PersonMention>> => {
  const out: Array<Array<PersonMention>> = doc.sentences.map(() => [])
  for (const p of people(doc)) out[p.sentence]?.push(p)
  return out
})

const none: ReadonlyArray<PersonMention> = []

/** The named persons of one sentence of a document. */
export const namesIn = (doc: Segmented, sentence: number): ReadonlyArray<PersonMention> => namesBySentence(doc)[sentence] ?? none

const chains = new WeakMap<Segmented, Array<Memory>>()

/**
 * The people memory before a sentence: `remember` applied to every sentence before it, from an empty memory.
 * The chain is extended only as far as a caller asks (a text whose last cue is early needs no more).
 */
export const memoryBefore = (doc: Segmented, sentence: number): Memory => {
  let chain = chains.get(doc)
  if (chain === undefined) {
    chain = [emptyMemory]
    chains.set(doc, chain)
  }
  const sentences = analyse(doc).sentences
  for (let i = chain.length - 1; i < Math.min(sentence, sentences.length); i++) {
    const a = sentences[i]
    const before = chain[i]
    if (a === undefined || before === undefined) break
    chain.push(remember(before, a, namesIn(doc, i)))
  }
  return chain[Math.min(sentence, chain.length - 1)] ?? emptyMemory
}

/**
 * `memoryBefore` as a view whose parts are read on first use: most people phrases ("12 migrants") resolve
 * without the memory, and then the sentences before are never remembered.
 */
export const memoryView = (doc: Segmented, sentence: number): Memory => new MemoryView(doc, sentence)

// A class: its getters live on the prototype, where an object literal's are made anew (three closures) per view.
class MemoryView implements Memory {
  constructor(
    private readonly doc: Segmented,
    private readonly sentence: number
  ) {}
  get group() {
    return memoryBefore(this.doc, this.sentence).group
  }
  get person() {
    return memoryBefore(this.doc, this.sentence).person
  }
  get byHead() {
    return memoryBefore(this.doc, this.sentence).byHead
  }
}
