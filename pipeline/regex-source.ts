// regex-source: reading the source of a regular expression, for the speed gates that derive something from a
// pattern (the words its matches start with, the literals they contain, the pattern without its lookarounds).
// The one place that knows how the source is tokenised: an escape is two characters, a class `[…]` one token
// (a `(`, `)` or `|` inside it means nothing), everything else one character. Also `escapeRegExp`, for a
// literal written into a source. A leaf module (no imports).

/** `text` as a source that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The end of the token at `i`: past an escape (`\x`), a whole class (`[…]`) or one character; -1 for an unclosed class. */
export const tokenEnd = (source: string, i: number): number => {
  const ch = source[i]
  if (ch === "\\") return i + 2
  if (ch !== "[") return i + 1
  let j = i + 1
  while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1
  return j < source.length ? j + 1 : -1
}

/** Position of the `)` closing the group opened at `open`, or -1. */
export const groupEnd = (source: string, open: number): number => {
  let depth = 0
  for (let i = open; i >= 0 && i < source.length; i = tokenEnd(source, i)) {
    const ch = source[i]
    if (ch === "(") depth++
    else if (ch === ")" && --depth === 0) return i
  }
  return -1
}

/** `source` split at its top-level `|`, or null when its parentheses or classes do not close. */
export const alternatives = (source: string): ReadonlyArray<string> | null => {
  const parts: Array<string> = []
  let depth = 0
  let start = 0
  for (let i = 0; i < source.length; i = tokenEnd(source, i)) {
    if (i < 0) return null
    const ch = source[i]
    if (ch === "(") depth++
    else if (ch === ")") {
      depth--
      if (depth < 0) return null
    } else if (ch === "|" && depth === 0) {
      parts.push(source.slice(start, i))
      start = i + 1
    }
  }
  parts.push(source.slice(start))
  return depth === 0 ? parts : null
}

const LOOKAROUND = /^\(\?(?:[=!]|<[=!])/

/**
 * A regex source without its lookarounds (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`): it matches wherever the
 * source does, at the same start, and more. As an anchor it skips costly lookbehinds tried at every position.
 */
export const withoutLookarounds = (source: string): string => {
  let out = ""
  let i = 0
  while (i < source.length) {
    const lookaround = LOOKAROUND.test(source.slice(i, i + 4))
    // an unclosed group or class runs to the end
    const end = lookaround ? groupEnd(source, i) + 1 : tokenEnd(source, i)
    const next = end <= 0 ? source.length : Math.min(end, source.length)
    if (!lookaround) out += source.slice(i, next)
    i = next
  }
  return out
}
