// A quick reader for the common shape of a front matter block: takes YAML text, produces its value when it is
// a one-level mapping of lower-case keys to one-line strings (plain, or quoted without escapes), else null.
// Where it gives a value, the `yaml` package (YAML 1.2, core schema) reads the same text, without error, as
// the same object; for anything else (comments, lists, numbers, booleans, escapes, duplicate keys, unusual
// characters) the caller asks the package, so values and error messages stay its own. It saves the cost
// of the general parser on every raw document.

const KEY = /^[a-z][a-z_]*$/
/** Scalars the core schema reads as null, booleans or numbers (yaml/dist/schema/core, common/null). */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
]
/**
 * Characters left to the package: controls (tab included), DEL and C1 controls, the byte order mark, the
 * line and paragraph separators, surrogates and non-characters.
 */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]/
/**
 * A plain scalar that opens with a letter or digit and holds nothing that could end it or start a comment, a
 * flow collection or a key: a colon only before a character other than a space ("https://…").
 */
const PLAIN = /^[\p{L}\p{N}](?:[^:#[\]{}]|:(?=[^ ]))*$/u
const DOUBLE_QUOTED = /^"([^"\\]*)"$/
const SINGLE_QUOTED = /^'([^']*)'$/

const valueOf = (raw: string): string | null => {
  const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw)
  if (quoted !== null) return quoted[1] ?? null
  // no trailing space: a plain scalar ends before it
  if (!PLAIN.test(raw) || raw.endsWith(" ")) return null
  return NOT_A_STRING.some((re) => re.test(raw)) ? null : raw
}

/** The mapping `text` holds, when it has the simple shape described above (every line `key: value`). */
export const plainMapping = (text: string): Record<string, string> | null => {
  if (text === "" || !text.endsWith("\n") || UNUSUAL.test(text.replaceAll("\n", " "))) return null
  const out: Record<string, string> = {}
  const seen = new Set<string>()
  let start = 0
  while (start < text.length) {
    const end = text.indexOf("\n", start)
    const line = text.slice(start, end)
    start = end + 1
    const colon = line.indexOf(": ")
    if (colon < 0) return null
    const key = line.slice(0, colon)
    if (!KEY.test(key) || NOT_A_STRING.some((re) => re.test(key)) || seen.has(key)) return null
    const value = valueOf(line.slice(colon + 2))
    if (value === null) return null
    seen.add(key)
    out[key] = value
  }
  return out
}
