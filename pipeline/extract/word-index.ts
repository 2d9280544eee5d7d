// word-index: takes a set of words, produces where they start in a text, found in one pass (a trie walked from
// each position) instead of one search per word or a regex alternation tried at every position. A pattern
// whose matches all start with one of the words then needs trying only there (sticky): `matchesAt` gives the
// same matches as `matchAll`.

/** A node of the trie: children by UTF-16 code unit (ASCII in an array, the rest in a map), the word ending here. */
interface Node {
  readonly ascii: Array<Node | undefined>
  other: Map<number, Node> | undefined
  word: number
}

export interface WordIndex {
  readonly root: Node
  readonly count: number
  /** Letters match in either case, as under the `i` and `u` flags. */
  readonly caseless: boolean
  /** No word occurrence right after an ASCII letter counts (the patterns start after no letter). */
  readonly wordStart: boolean
}

const node = (): Node => ({ ascii: [], other: undefined, word: -1 })

/**
 * The code unit a character matches as under the `iu` flags: ASCII letters of either case as lower case, and
 * the two other characters that fold to an ASCII letter ("ſ" to s, the Kelvin sign to k).
 */
const fold = (code: number): number =>
  code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x17f ? 0x73 : code === 0x212a ? 0x6b : code

const isAsciiLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)

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
  return { root, count: words.length, caseless: options.caseless, wordStart: options.wordStart }
}

/** Calls `found(word, position)` for every occurrence of a word in `text`, by position, shorter words first. */
const scan = (index: WordIndex, text: string, found: (word: number, position: number) => void): void => {
  const { root, caseless, wordStart } = index
  for (let p = 0; p < text.length; p++) {
    if (wordStart && p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) continue
    let at: Node | undefined = root
    for (let j = p; j < text.length && at !== undefined; j++) {
      const raw = text.charCodeAt(j)
      const code = caseless ? fold(raw) : raw
      at = code < 0x80 ? at.ascii[code] : at.other?.get(code)
      if (at !== undefined && at.word >= 0) found(at.word, p)
    }
  }
}

/** Whether any word occurs in `text` (the scan stops at the first). */
export const containsAny = (index: WordIndex, text: string): boolean => {
  const { root, caseless, wordStart } = index
  for (let p = 0; p < text.length; p++) {
    if (wordStart && p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) continue
    let at: Node | undefined = root
    for (let j = p; j < text.length && at !== undefined; j++) {
      const raw = text.charCodeAt(j)
      const code = caseless ? fold(raw) : raw
      at = code < 0x80 ? at.ascii[code] : at.other?.get(code)
      if (at !== undefined && at.word >= 0) return true
    }
  }
  return false
}

/** Per word (by its index in the list given), the ascending positions where it occurs; undefined where none. */
export const wordStarts = (index: WordIndex, text: string): Array<Array<number> | undefined> => {
  const out: Array<Array<number> | undefined> = new Array(index.count)
  scan(index, text, (word, position) => {
    ;(out[word] ??= []).push(position)
  })
  return out
}

/** The ascending positions where any word occurs. */
export const anyWordStarts = (index: WordIndex, text: string): Array<number> => {
  const out: Array<number> = []
  scan(index, text, (_, position) => {
    if (out[out.length - 1] !== position) out.push(position)
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
