// word-index: takes a set of words, produces where they start in a text: a search for any of them (a union of
// the plain words, which the regex engine scans fast, unlike a union of patterns with classes and lookarounds),
// then a trie walked from each place found for the words starting there. A pattern whose matches all start with
// one of the words then needs trying only there (sticky): `matchesAt` gives the same matches as `matchAll`.
import { escapeRegExp } from "../regex-source.ts"

/** A node of the trie: children by UTF-16 code unit (ASCII in an array, the rest in a map), the word ending here. */
interface Node {
  readonly ascii: Array<Node | undefined>
  other: Map<number, Node> | undefined
  word: number
}

export interface WordIndex {
  /**
   * Finds where some word starts (flag g; caseless as the `iu` flags are when the index is); null at word starts,
   * which are scanned instead (and an index built per call, as for a filtered list of cues, compiles no pattern).
   */
  readonly finder: RegExp | null
  readonly root: Node
  /** 1 for the ASCII characters some word starts with (either case when caseless), by code. */
  readonly starters: Uint8Array
  readonly count: number
  /** Letters match in either case, as under the `i` and `u` flags. */
  readonly caseless: boolean
}

const node = (): Node => ({ ascii: [], other: undefined, word: -1 })

/**
 * The code unit a character matches as under the `iu` flags: ASCII letters of either case as lower case, and
 * the two other characters that fold to an ASCII letter ("ſ" to s, the Kelvin sign to k).
 */
const fold = (code: number): number =>
  code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x17f ? 0x73 : code === 0x212a ? 0x6b : code

/** 1 for the ASCII letters, by code. */
const ASCII_LETTER = Uint8Array.from({ length: 0x80 }, (_, code) => ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0))

/**
 * An index of `words`. Caseless words may hold no letter outside ASCII (its other case would not be found).
 * With `wordStart`, an occurrence right after an ASCII letter is not reported.
 */
export const wordIndex = (words: ReadonlyArray<string>, options: { readonly caseless: boolean; readonly wordStart: boolean }): WordIndex => {
  const root = node()
  words.forEach((w, i) => {
    if (w.length === 0) throw new Error("wordIndex: an empty word")
    let at = root
    for (let k = 0; k < w.length; k++) {
      let code = w.charCodeAt(k)
      if (options.caseless) {
        if (code > 0x7f && w.charAt(k).toLowerCase() !== w.charAt(k).toUpperCase()) {
          throw new Error(`wordIndex: a caseless word with a letter outside ASCII: ${w}`)
        }
        code = fold(code)
      }
      let next = code < 0x80 ? at.ascii[code] : at.other?.get(code)
      if (next === undefined) {
        next = node()
        if (code < 0x80) at.ascii[code] = next
        else (at.other ??= new Map()).set(code, next)
      }
      at = next
    }
    // a word given twice is reported under its first index
    if (at.word < 0) at.word = i
  })
  // longest first, so that no word hides a longer one starting at the same place (the trie reports both)
  const sorted = options.wordStart ? [] : [...new Set(words)].sort((a, b) => b.length - a.length)
  const finder = options.wordStart
    ? null
    : new RegExp(sorted.map(escapeRegExp).join("|") || "(?!)", options.caseless ? "giu" : "gu")
  const starters = new Uint8Array(0x80)
  for (let code = 0; code < 0x80; code++) starters[code] = root.ascii[options.caseless ? fold(code) : code] === undefined ? 0 : 1
  return { finder, root, starters, count: words.length, caseless: options.caseless }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Calls `found(word, p)` for each word starting at `p` (its first character leads to `first`), shorter first. */
const walk = (index: WordIndex, text: string, p: number, first: Node, found: (word: number, position: number) => void): void => {
  const caseless = index.caseless
  let at: Node | undefined = first
  if (at.word >= 0) found(at.word, p)
  for (let j = p + 1; j < text.length; j++) {
    const raw = text.charCodeAt(j)
    const code = caseless ? fold(raw) : raw
    at = code < 0x80 ? at.ascii[code] : at.other?.get(code)
    if (at === undefined) return
    if (at.word >= 0) found(at.word, p)
  }
}

/**
 * Calls `found(word, position)` for every occurrence of a word in `text`, by position, shorter words first. At
 * word starts, every place after no ASCII letter whose character some word starts with is walked (few: the
 * starts of words); else the places the finder finds.
 */
export const eachWord = (index: WordIndex, text: string, found: (word: number, position: number) => void): void => {
  const { finder, root, caseless, starters } = index
  if (finder === null) {
    let afterLetter = false
    for (let p = 0; p < text.length; p++) {
      const raw = text.charCodeAt(p)
      const after = afterLetter
      if (raw < 0x80) {
        afterLetter = ASCII_LETTER[raw] === 1
        if (after || starters[raw] !== 1) continue
      } else {
        afterLetter = false
        if (after) continue
      }
      const code = caseless ? fold(raw) : raw
      const first = code < 0x80 ? root.ascii[code] : root.other?.get(code)
      if (first !== undefined) walk(index, text, p, first, found)
    }
    return
  }
  finder.lastIndex = 0
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    const p = m.index
    // on to the next place, overlapping this match (a word may start inside another)
    finder.lastIndex = p + (isHighSurrogate(text.charCodeAt(p)) ? 2 : 1)
    const raw = text.charCodeAt(p)
    const code = caseless ? fold(raw) : raw
    const first = code < 0x80 ? root.ascii[code] : root.other?.get(code)
    if (first !== undefined) walk(index, text, p, first, found)
  }
  finder.lastIndex = 0
}

/** Whether any word occurs in `text`. */
export const containsAny = (index: WordIndex, text: string): boolean => {
  const finder = index.finder
  if (finder !== null) {
    // the finder matches exactly where a word occurs
    finder.lastIndex = 0
    const found = finder.test(text)
    finder.lastIndex = 0
    return found
  }
  let found = false
  eachWord(index, text, () => {
    found = true
  })
  return found
}

/** Per word (by its index in the list given), the ascending positions where it occurs; undefined where none. */
export const wordStarts = (index: WordIndex, text: string): Array<Array<number> | undefined> => {
  const out: Array<Array<number> | undefined> = new Array(index.count)
  eachWord(index, text, (word, position) => {
    ;(out[word] ??= []).push(position)
  })
  return out
}

/** The ascending positions where any word occurs. */
export const anyWordStarts = (index: WordIndex, text: string): Array<number> => {
  const out: Array<number> = []
  eachWord(index, text, (_, position) => {
    if (out[out.length - 1] !== position) out.push(position)
  })
  return out
}

/**
 * The start words of several patterns in one index: pattern `i` may start only where one of `all[i]` occurs
 * (after no ASCII letter), or anywhere when `all[i]` is null.
 */
export interface StartIndex {
  readonly words: WordIndex
  /** Per word of the index, the patterns that may start with it, ascending. */
  readonly patternsOf: ReadonlyArray<ReadonlyArray<number>>
  /** The patterns that may start anywhere. */
  readonly anywhere: ReadonlyArray<number>
  readonly size: number
}

/** The index of several patterns' start words (each as `leadingWords` or `startsOf` gives them). */
export const startIndex = (all: ReadonlyArray<ReadonlyArray<string> | null>, options: { readonly caseless: boolean }): StartIndex => {
  const words = [...new Set(all.flatMap((w) => w ?? []))]
  const wordOf = new Map(words.map((w, i) => [w, i]))
  const patternsOf: Array<Array<number>> = words.map(() => [])
  all.forEach((ws, i) => ws?.forEach((w) => patternsOf[wordOf.get(w) ?? 0]?.push(i)))
  const anywhere = all.flatMap((ws, i) => (ws === null ? [i] : []))
  return { words: wordIndex(words, { caseless: options.caseless, wordStart: true }), patternsOf, anywhere, size: all.length }
}

/**
 * For each pattern of the index, the ascending positions of `text` where one of its start words begins,
 * undefined where there is none, or null for a pattern that may start anywhere.
 */
export const startPositions = (index: StartIndex, text: string): ReadonlyArray<ReadonlyArray<number> | null | undefined> => {
  // most patterns start nowhere in a sentence: a list is made for the first position found
  const out: Array<Array<number> | null | undefined> = new Array(index.size)
  for (const i of index.anywhere) out[i] = null
  eachWord(index.words, text, (word, p) => {
    for (const i of index.patternsOf[word] ?? []) {
      const list = out[i]
      if (list === undefined) out[i] = [p]
      else if (list !== null && list[list.length - 1] !== p) list.push(p)
    }
  })
  return out
}

/**
 * The matches `text.matchAll(re)` gives for a global pattern of the same source and flags as `sticky` (flag `y`,
 * not `g`), trying it only at `positions` (ascending), which must hold the start of every match: each position
 * from the end of the last match on, where the pattern matches, starts the next match. Empty matches are not
 * supported (every match must hold a character).
 */
export const matchesAt = (sticky: RegExp, text: string, positions: ReadonlyArray<number>): Array<RegExpExecArray> => {
  if (!sticky.sticky || sticky.global) throw new TypeError("matchesAt: needs a sticky, non-global pattern")
  const out: Array<RegExpExecArray> = []
  let from = 0
  for (const p of positions) {
    if (p < from) continue
    sticky.lastIndex = p
    const m = sticky.exec(text)
    if (m === null) continue
    if (m[0].length === 0) throw new Error("matchesAt: an empty match")
    out.push(m)
    from = p + m[0].length
  }
  sticky.lastIndex = 0
  return out
}
