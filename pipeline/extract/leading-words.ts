// Leading words of a regex: takes the source of a pattern, produces the literal letter runs that every match
// of it starts with ("(?:pushed|forced)\\s+back" → ["pushed", "forced"]), or null when some match may start
// otherwise. A text containing none of them cannot match, so a cheap search for the words (see word-index.ts)
// can skip the pattern, or try it only where they start. Conservative: any construct it does not read (a
// class, an escape, a capturing group, a lookaround, an optional group at the start) gives null.
import { alternatives, groupEnd } from "../regex-source.ts"

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
      const end = groupEnd(part, 0)
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

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]

/**
 * The words every match of `source` starts with (lower case; a leading `\d` as the ten digits), or null when
 * unknown. Beyond `leadingWords` it reads a leading `\d` and an optional leading group ("(?:the\s+)?arrest":
 * "the" or "arrest").
 */
export const startsOf = (source: string): ReadonlyArray<string> | null => {
  const parts = alternatives(source)
  if (parts === null) return null
  const words = new Set<string>()
  for (const part of parts) {
    if (part.startsWith("\\d")) {
      if (optional(part.charAt(2))) return null
      for (const d of DIGITS) words.add(d)
      continue
    }
    if (part.startsWith("(?:")) {
      const end = groupEnd(part, 0)
      if (end < 0) return null
      const inner = startsOf(part.slice(3, end))
      if (inner === null) return null
      const quantifier = part.charAt(end + 1)
      // "(?:x)?rest": a match starts with the group or, without it, with the rest
      const rest = quantifier === "?" || quantifier === "*" ? startsOf(part.slice(end + 2)) : null
      if (optional(quantifier) && rest === null) return null
      for (const w of [...inner, ...(rest ?? [])]) words.add(w)
      continue
    }
    const lead = leadingWords(part)
    if (lead === null) return null
    for (const w of lead) words.add(w.toLowerCase())
  }
  return [...words]
}
