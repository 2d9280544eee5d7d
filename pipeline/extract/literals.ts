// Required literals of a regex: takes the source of a pattern, produces strings one of which every match of it
// contains ("[Cc]ourt of (?:Appeal|Cassation)" → ["ourt of "]), or null when it cannot tell. A text holding none
// of them cannot match, so a search for the strings (see word-index.ts) can skip the pattern. Conservative: a
// construct it does not read gives no literal, and an alternative without one gives null.
import { tokenEnd } from "../regex-source.ts"
import { containsAny, wordIndex } from "./word-index.ts"

/** A part of a sequence: a literal character, a group of alternatives, or anything else (a class, an escape, …). */
type Atom =
  | { readonly kind: "char"; readonly char: string }
  | { readonly kind: "group"; readonly alternatives: ReadonlyArray<ReadonlyArray<Item>> }
  | { readonly kind: "other" }

/** An atom, whether a match may lack it or hold it more than once; negative lookarounds and anchors are breaks. */
type Item = { readonly atom: Atom; readonly optional: boolean; readonly repeated: boolean } | { readonly atom: "break" }

const SPECIAL = new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"])

/** Class escapes and assertions: `\d`, `\s`, `\p{L}`, `\b`, … (`\.` and the like are literal characters). */
const escapedLiteral = (ch: string): boolean => !/[0-9A-Za-z]/.test(ch)

class Reader {
  i = 0
  constructor(readonly source: string) {}

  /** A sequence of alternatives up to a `)` or the end. */
  alternatives(): Array<Array<Item>> | null {
    const out: Array<Array<Item>> = [[]]
    while (this.i < this.source.length) {
      const ch = this.source[this.i] ?? ""
      if (ch === ")") return out
      if (ch === "|") {
        this.i++
        out.push([])
        continue
      }
      const item = this.item()
      if (item === null) return null
      out[out.length - 1]?.push(item)
    }
    return out
  }

  item(): Item | null {
    const ch = this.source[this.i] ?? ""
    if (ch === "^" || ch === "$") {
      this.i++
      return { atom: "break" }
    }
    let atom: Atom | "lookaround"
    if (ch === "(") {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.i, this.i + 40))
      const opener = head?.[1] ?? ""
      this.i += head?.[0].length ?? 1
      const inner = this.alternatives()
      if (inner === null || this.source[this.i] !== ")") return null
      this.i++
      // what a positive lookaround sees is in the text too; a negative one only breaks the literal runs
      atom = /^\?<?!$/.test(opener) ? "lookaround" : { kind: "group", alternatives: inner }
      if (/^\?<?=$/.test(opener) && /^[?*+{]/.test(this.source.slice(this.i))) return null
    } else if (ch === "[") {
      const end = tokenEnd(this.source, this.i)
      if (end < 0) return null
      this.i = end
      atom = { kind: "other" }
    } else if (ch === "\\") {
      const next = this.source[this.i + 1] ?? ""
      if (next === "b" || next === "B") {
        this.i += 2
        return { atom: "break" }
      }
      if (escapedLiteral(next)) {
        this.i += 2
        atom = { kind: "char", char: next }
      } else {
        // \p{…}, \u{…}, \uXXXX, \xXX, \d, \s, \w, \n, backreferences: none is read as a literal
        const m = /^\\(?:[pPu]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|\d+|.)/.exec(this.source.slice(this.i))
        this.i += m?.[0].length ?? 2
        atom = { kind: "other" }
      }
    } else if (ch === ".") {
      this.i++
      atom = { kind: "other" }
    } else if (SPECIAL.has(ch)) {
      return null
    } else {
      // a character outside the Basic Multilingual Plane is two code units but one character under the u flag
      const cp = this.source.codePointAt(this.i) ?? 0
      const char = String.fromCodePoint(cp)
      this.i += char.length
      atom = { kind: "char", char }
    }
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.i))
    if (q !== null) this.i += q[0].length
    if (atom === "lookaround") return q === null ? { atom: "break" } : null
    if (q === null) return { atom, optional: false, repeated: false }
    const least = q[1] === "+" ? 1 : q[1] !== undefined ? 0 : Number(q[2])
    const most = q[1] !== undefined || q[3] !== undefined ? (q[4] === "" || q[4] === undefined ? Infinity : Number(q[4])) : least
    return { atom, optional: least === 0, repeated: most > 1 }
  }
}

/**
 * The candidate literal sets of a sequence: each maximal run of literal characters that every match holds
 * contiguously, and each mandatory group's own literals. `usable` says which characters may be in a literal.
 */
const candidates = (items: ReadonlyArray<Item>, usable: (char: string) => boolean): Array<ReadonlyArray<string>> => {
  const out: Array<ReadonlyArray<string>> = []
  let run = ""
  const flush = () => {
    if (run.length > 0) out.push([run])
    run = ""
  }
  for (const item of items) {
    if (item.atom === "break") {
      flush()
      continue
    }
    const { atom, optional, repeated } = item
    if (atom.kind === "char" && usable(atom.char) && !optional) {
      run += atom.char
      // a repeated character ("s+") is held once, and what follows may not be right after it
      if (repeated) flush()
      continue
    }
    flush()
    if (atom.kind === "group" && !optional) {
      const inner = best(atom.alternatives, usable)
      if (inner !== null) out.push(inner)
    }
  }
  flush()
  return out
}

/** Per alternative, its best candidate (the longest shortest literal); null when one has none. */
const best = (alternatives: ReadonlyArray<ReadonlyArray<Item>>, usable: (char: string) => boolean): ReadonlyArray<string> | null => {
  const out: Array<string> = []
  for (const alternative of alternatives) {
    const options = candidates(alternative, usable)
    const score = (set: ReadonlyArray<string>) => Math.min(...set.map((s) => s.length))
    const chosen = options.reduce<ReadonlyArray<string> | null>((b, o) => (b === null || score(o) > score(b) ? o : b), null)
    if (chosen === null) return null
    out.push(...chosen)
  }
  return [...new Set(out)]
}

/**
 * Strings one of which every match of `source` contains, or null. With `caseless` (an `i` pattern) no literal
 * holds a letter outside ASCII, whose other case the search would miss.
 */
export const requiredLiterals = (source: string, options: { readonly caseless: boolean }): ReadonlyArray<string> | null => {
  const reader = new Reader(source)
  const alternatives = reader.alternatives()
  if (alternatives === null || reader.i !== source.length) return null
  const usable = (char: string): boolean =>
    !options.caseless || char.charCodeAt(0) < 0x80 || char.toLowerCase() === char.toUpperCase()
  return best(alternatives, usable)
}

/**
 * A cheap necessary condition for `re` to match a text: the text holds one of its required literals (found in
 * one pass, see word-index.ts), where the pattern itself is tried at every position. Always true when the
 * pattern has none.
 */
export const literalGate = (re: RegExp): ((text: string) => boolean) => {
  const literals = requiredLiterals(re.source, { caseless: re.ignoreCase })
  if (literals === null) return () => true
  const index = wordIndex(literals, { caseless: re.ignoreCase, wordStart: false })
  return (text) => containsAny(index, text)
}
