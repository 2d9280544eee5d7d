// Speed helpers for the gazetteer and legal finders: the same matches as `text.matchAll(pattern)`, found by
// running a large pattern only near the places where a cheap anchor (a part every match must contain) occurs.
// Output is unchanged; only work is skipped.

export interface Anchored {
  /** The pattern (flag `g`), whose matches are wanted. */
  readonly pattern: RegExp
  /** A part of every match (flag `g`): wherever `pattern` matches, `anchor` matches at or after the match's start. */
  readonly anchor: RegExp
  /**
   * A lower bound for the start of a match whose anchor lies at `at` or later; must not decrease as `at` grows.
   * `() => 0` makes the anchor a mere gate: the pattern runs only on texts where it occurs.
   */
  readonly back: (text: string, at: number) => number
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * `[...text.matchAll(pattern)]`, without scanning the stretches that hold no anchor: the pattern resumes at
 * the lower bound of the next anchor, never before the end of the previous match. A match cannot start
 * earlier, so the matches are the same.
 */
export const matchAllAnchored = ({ pattern, anchor, back }: Anchored, text: string): Array<RegExpExecArray> => {
  const found: Array<RegExpExecArray> = []
  let from = 0
  while (from <= text.length) {
    anchor.lastIndex = from
    const a = anchor.exec(text)
    if (a === null) break
    let start = Math.max(from, back(text, a.index))
    // Never inside a surrogate pair: a Unicode pattern would step back to its first half on its own.
    if (start > from && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--
    pattern.lastIndex = start
    const m = pattern.exec(text)
    if (m === null) break
    found.push(m)
    const end = m.index + m[0].length
    // An empty match moves on by one character (two for a surrogate pair under `u`), as matchAll does.
    from =
      m[0].length > 0
        ? end
        : end + (pattern.unicode && isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1)
  }
  // Reset, as another run of the same pattern (`matchAll`, `exec`) starts at `lastIndex`.
  pattern.lastIndex = 0
  anchor.lastIndex = 0
  return found
}

/** `[...text.matchAll(pattern)]` (flag `g`) when no match can start before `from`. */
export const matchAllFrom = (pattern: RegExp, text: string, from: number): Array<RegExpExecArray> =>
  matchAllAnchored({ pattern, anchor: everywhere, back: () => from }, text)

/** An anchor that matches at every position, so the pattern resumes right after each match. */
const everywhere = /(?:)/g

const isSpace = (code: number) => code === 0x20

/** The smallest start such that `text[start, at)` holds at most `spaces` plain spaces (U+0020); it grows with `at`. */
export const spacesBack = (text: string, at: number, spaces: number): number => {
  let seen = 0
  for (let i = at - 1; i >= 0; i--) {
    if (isSpace(text.charCodeAt(i)) && ++seen > spaces) return i + 1
  }
  return 0
}

/** Whether a UTF-16 code unit is one `\s` matches (every such character is in the Basic Multilingual Plane). */
const whitespace = /\s/
const isWhitespace = (text: string, i: number): boolean => whitespace.test(text[i] ?? "")

/**
 * The smallest start such that `text[start, at)` meets at most `runs` runs of `\s` whitespace (a run partly
 * inside counts); it grows with `at`.
 */
export const runsBack = (text: string, at: number, runs: number): number => {
  let seen = 0
  let inRun = false
  for (let i = at - 1; i >= 0; i--) {
    const ws = isWhitespace(text, i)
    if (ws && !inRun && ++seen > runs) return i + 1
    inRun = ws
  }
  return 0
}
