// Leading words of a regex: takes the source of a pattern, produces the literal letter runs that every match
// of it starts with ("(?:pushed|forced)\\s+back" → ["pushed", "forced"]), or null when some match may start
// otherwise. A text containing none of them cannot match, so a cheap search for the words can skip the
// pattern. Conservative: any construct it does not read (a class, an escape, a capturing group, a
// lookaround, an optional group at the start) gives null.

/** `source` split at its top-level `|`, or null when its parentheses do not balance. */
const alternatives = (source: string): ReadonlyArray<string> | null => {
  const parts: Array<string> = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === "\\") i++
    else if (inClass) inClass = ch !== "]"
    else if (ch === "[") inClass = true
    else if (ch === "(") depth++
    else if (ch === ")") {
      depth--
      if (depth < 0) return null
    } else if (ch === "|" && depth === 0) {
      parts.push(source.slice(start, i))
      start = i + 1
    }
  }
  parts.push(source.slice(start))
  return depth === 0 && !inClass ? parts : null
}

/** Position of the `)` closing the group opened at `open`, or -1. */
const closingParen = (source: string, open: number): number => {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const ch = source[i]
    if (ch === "\\") i++
    else if (inClass) inClass = ch !== "]"
    else if (ch === "[") inClass = true
    else if (ch === "(") depth++
    else if (ch === ")") {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

const optional = (quantifier: string): boolean => quantifier === "?" || quantifier === "*" || quantifier === "{"

/** The letter runs every match of `source` starts with, or null when unknown. */
export const leadingWords = (source: string): ReadonlyArray<string> | null => {
  const parts = alternatives(source)
  if (parts === null) return null
  const out: Array<string> = []
  for (const part of parts) {
    const letters = /^[A-Za-z]+/.exec(part)?.[0] ?? ""
    if (letters.length > 0) {
      // "colou?r": a quantifier makes the last letter optional
      const word = optional(part.charAt(letters.length)) ? letters.slice(0, -1) : letters
      if (word.length === 0) return null
      out.push(word)
    } else if (part.startsWith("(?:")) {
      const end = closingParen(part, 0)
      if (end < 0 || optional(part.charAt(end + 1))) return null
      const inner = leadingWords(part.slice(3, end))
      if (inner === null) return null
      out.push(...inner)
    } else {
      return null
    }
  }
  return [...new Set(out)]
}
