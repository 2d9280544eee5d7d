// The one place that turns string indices into code-point offsets and back. The dataset counts offsets in
// Unicode code points (as Python's `str` does); JavaScript strings index UTF-16 code units.

export interface Body {
  readonly text: string
  /** Length in code points. */
  readonly length: number
  /** Code-point offset of a UTF-16 index. */
  readonly toCodePoint: (utf16: number) => number
  /** UTF-16 index of a code-point offset. */
  readonly toUtf16: (codePoint: number) => number
}

const hasSurrogates = /[\uD800-\uDFFF]/

export const makeBody = (text: string): Body => {
  if (!hasSurrogates.test(text)) {
    const identity = (i: number) => i
    return { text, length: text.length, toCodePoint: identity, toUtf16: identity }
  }
  // cpAt[u] = code points before UTF-16 index u; unitAt[c] = UTF-16 index of code point c.
  const cpAt = new Uint32Array(text.length + 1)
  const unitAt: Array<number> = []
  let cp = 0
  for (let u = 0; u < text.length; u++) {
    cpAt[u] = cp
    unitAt.push(u)
    const c = text.charCodeAt(u)
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < text.length) {
      const d = text.charCodeAt(u + 1)
      if (d >= 0xdc00 && d <= 0xdfff) cpAt[++u] = cp
    }
    cp++
  }
  cpAt[text.length] = cp
  unitAt.push(text.length)
  return {
    text,
    length: cp,
    toCodePoint: (u) => cpAt[u] ?? cp,
    toUtf16: (c) => unitAt[c] ?? text.length
  }
}

/** The text between two code-point offsets. */
export const slice = (body: Body, start: number, end: number): string =>
  body.text.slice(body.toUtf16(start), body.toUtf16(end))

/** Code-point offsets of the first occurrence of `needle` at or after `from` (a code-point offset), or null. */
export const find = (body: Body, needle: string, from = 0): { readonly start: number; readonly end: number } | null => {
  const u = body.text.indexOf(needle, body.toUtf16(from))
  return u < 0 ? null : { start: body.toCodePoint(u), end: body.toCodePoint(u + needle.length) }
}

/** Length of a string in code points. */
export const codePointLength = (s: string): number => {
  let n = 0
  for (let u = 0; u < s.length; u++) {
    const c = s.charCodeAt(u)
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < s.length) {
      const d = s.charCodeAt(u + 1)
      if (d >= 0xdc00 && d <= 0xdfff) u++
    }
    n++
  }
  return n
}
