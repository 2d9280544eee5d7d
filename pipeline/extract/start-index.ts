// Where patterns can match: takes regex sources, reads what every match of each starts with (a word of ASCII
// letters, matched case-insensitively, or a decimal digit), and finds in a text, in one pass for all the
// patterns, the positions where each may start. Trying a pattern only there (sticky) gives the matches a
// scan of the whole text gives, at a fraction of the cost. Conservative: a source it does not read gives
// null, and such a pattern may start anywhere.
import type { Starts } from "./leading-words.ts"

/** A trie of the start words of several patterns; `ends`: the patterns one of whose words ends at the node. */
interface Node {
  readonly next: Array<Node | undefined>
  readonly ends: Array<number>
}

export interface StartIndex {
  readonly root: Node
  /** Patterns that may start at a digit. */
  readonly digits: ReadonlyArray<number>
  /** Patterns whose starts are unknown: they may start anywhere. */
  readonly anywhere: ReadonlyArray<number>
  readonly size: number
}

const node = (): Node => ({ next: new Array<Node | undefined>(26).fill(undefined), ends: [] })

/** The index of several patterns' starts; pattern `i` is `all[i]`. */
export const startIndex = (all: ReadonlyArray<Starts | null>): StartIndex => {
  const root = node()
  const digits: Array<number> = []
  const anywhere: Array<number> = []
  all.forEach((starts, i) => {
    if (starts === null) return anywhere.push(i)
    if (starts.digit) digits.push(i)
    for (const word of starts.words) {
      let at = root
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k) - 97
        at = at.next[c] ??= node()
      }
      if (!at.ends.includes(i)) at.ends.push(i)
    }
  })
  return { root, digits, anywhere, size: all.length }
}

/**
 * A code unit as a letter index 0–25 the way a case-insensitive Unicode pattern compares it with an ASCII
 * letter (simple case folding: the Kelvin sign is "k", the long s is "s"), or -1.
 */
const letterOf = (code: number): number =>
  code >= 97 && code <= 122
    ? code - 97
    : code >= 65 && code <= 90
      ? code - 65
      : code === 0x212a
        ? 10
        : code === 0x17f
          ? 18
          : -1

const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90)

const add = (out: Array<Array<number> | null | undefined>, i: number, p: number): void => {
  const list = out[i]
  if (list === undefined) out[i] = [p]
  else if (list !== null && list[list.length - 1] !== p) list.push(p)
}

/**
 * For each pattern of the index, the ascending positions of `text` where one of its start words (or a digit)
 * begins, undefined where there is none, or null for a pattern that may start anywhere. A position right after an ASCII letter is left out:
 * the patterns this serves open with "not after a letter" (callers make sure of that).
 */
export const startPositions = (index: StartIndex, text: string): ReadonlyArray<ReadonlyArray<number> | null | undefined> => {
  // most patterns start nowhere in a sentence: a list is made for the first position found
  const out: Array<Array<number> | null | undefined> = new Array(index.size)
  for (const i of index.anywhere) out[i] = null
  const { root, digits } = index
  let afterLetter = false
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p)
    if (!afterLetter) {
      if (code >= 48 && code <= 57) for (const i of digits) add(out, i, p)
      let at: Node | undefined = root
      for (let k = p; k < text.length; k++) {
        const c = letterOf(text.charCodeAt(k))
        if (c < 0) break
        at = at.next[c]
        if (at === undefined) break
        for (const i of at.ends) add(out, i, p)
      }
    }
    afterLetter = isAsciiLetter(code)
  }
  return out
}
