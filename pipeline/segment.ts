// segment: Source → paragraphs, headings and sentences, with code-point offsets into the body.
// Sentences come from ICU's sentence breaker (Intl.Segmenter), mended where news and legal text fool it:
// abbreviations, initialisms, and full stops inside quotations.
import { beforeNumber, neverFinal, sentenceOpeners } from "./gazetteers/abbreviations.ts"
import type { Source } from "./ingest.ts"

export interface Sentence {
  readonly index: number
  readonly paragraph: number
  /** Code-point offsets into the body, half-open. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** A heading is not evidence (codebook: headlines are not evidence). */
  readonly heading: boolean
}

export interface Paragraph {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly heading: boolean
  /** The speaker label of an interview answer ("Q:", "Maria:"), which is not part of any sentence. */
  readonly label: string | null
  /** Index of its first sentence and how many it has. */
  readonly first: number
  readonly count: number
}

export interface Segmented {
  readonly source: Source
  readonly paragraphs: ReadonlyArray<Paragraph>
  readonly sentences: ReadonlyArray<Sentence>
}

type Range = readonly [start: number, end: number]

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" })

const dateline = /^\p{Lu}[\p{Lu} .'’-]{2,40}(?:,[^\n–—]{1,60}?)?\s[–—-]{1,2}\s+/u
const label = /^((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,2}):[ \t]+(?=\S)/u
const markdownBlock = /^(?:#{1,6} |[-*+] |> |\d{1,3}[.)] )/

const LETTER = /^\p{L}$/u

/**
 * The letters and dots before a final full stop ("U.S." → "U.S", "Mr." → "Mr"), as `/([\p{L}.]+)\.$/u` reads
 * them, scanned back from the end: the regex would try every position of a long sentence.
 */
const lastWord = (s: string): string => {
  if (!s.endsWith(".")) return ""
  let from = s.length - 1
  while (from > 0) {
    const unit = s.charCodeAt(from - 1)
    if (unit === 46 || (unit < 128 ? (unit | 32) >= 97 && (unit | 32) <= 122 : false)) {
      from--
      continue
    }
    if (unit < 128) break
    // a letter outside ASCII, possibly a surrogate pair read whole
    const pair = unit >= 0xdc00 && unit <= 0xdfff && from >= 2 && (s.charCodeAt(from - 2) & 0xfc00) === 0xd800
    const start = pair ? from - 2 : from - 1
    if (!LETTER.test(s.slice(start, from))) break
    from = start
  }
  return s.slice(from, s.length - 1)
}
const firstWord = (s: string): string => /^[“"‘(]*([\p{L}]+)/u.exec(s)?.[1] ?? ""

const quoteOpen = (s: string): boolean => {
  let depth = 0
  let straight = 0
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    if (ch === 0x201c) depth++
    else if (ch === 0x201d) depth = Math.max(0, depth - 1)
    else if (ch === 0x22) straight++
  }
  return depth > 0 || straight % 2 === 1
}

/** True when the break between `prev` and `next` is not a sentence end. */
const joins = (prev: string, next: string): boolean => {
  const word = lastWord(prev)
  const lower = word.toLowerCase()
  if (neverFinal.has(lower) || (beforeNumber.has(lower) && /^\d/.test(next))) return true
  if (/^(?:\p{Lu}\.){1,}\p{Lu}?$/u.test(`${word}.`) && !sentenceOpeners.has(firstWord(next))) return true
  if (/^\p{Ll}/u.test(next)) return true
  return quoteOpen(prev)
}

/** Sentence ranges (UTF-16, half-open, trimmed) of a stretch of text without blank lines. */
export const splitSentences = (text: string): Array<Range> => {
  const out: Array<[number, number]> = []
  for (const { index, segment } of segmenter.segment(text)) {
    const start = index + (segment.length - segment.trimStart().length)
    const end = index + segment.trimEnd().length
    if (end <= start) continue
    const prev = out[out.length - 1]
    if (prev && joins(text.slice(prev[0], prev[1]), text.slice(start, end))) prev[1] = end
    else out.push([start, end])
  }
  return out
}

/** Paragraph blocks (UTF-16 ranges): separated by blank lines; Markdown headings and list items stand alone. */
const blocks = (text: string): Array<Range> => {
  const out: Array<Range> = []
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lines = m[0].split("\n")
    const separate = lines.length > 1 && lines.some((l) => markdownBlock.test(l))
    let offset = m.index
    for (const piece of separate ? lines : [m[0]]) {
      const start = offset + (piece.length - piece.trimStart().length)
      const end = offset + piece.trimEnd().length
      if (end > start) out.push([start, end])
      offset += piece.length + 1
    }
  }
  return out
}

/** Characters that end a sentence-like block, read as its last code unit (all in the Basic Multilingual Plane). */
const CLOSING = new Set([...".!?:;…\"”'’)]"])

const WHITESPACE_RUN = /\s+/g

/** At most `most` words separated by whitespace (a trimmed text): counts the runs between them, up to the limit. */
const fewWords = (text: string, most: number): boolean => {
  WHITESPACE_RUN.lastIndex = 0
  let runs = 0
  while (WHITESPACE_RUN.exec(text) !== null) {
    if (++runs >= most) break
  }
  WHITESPACE_RUN.lastIndex = 0
  return runs + 1 <= most
}

/** A heading: "#…", or one line of at most twenty words not ending like a sentence. */
const isHeading = (block: string): boolean =>
  block.startsWith("#") || (!block.includes("\n") && !CLOSING.has(block.charAt(block.length - 1)) && fewWords(block, 20))

export const segment = (source: Source): Segmented => {
  const { body } = source
  const text = body.text
  const paragraphs: Array<Paragraph> = []
  const sentences: Array<Sentence> = []
  for (const [bStart, bEnd] of blocks(text)) {
    const block = text.slice(bStart, bEnd)
    const heading = isHeading(block)
    let contentStart = bStart
    let speaker: string | null = null
    if (!heading) {
      const d = dateline.exec(block)
      const l = d ? null : label.exec(block)
      if (d) contentStart += d[0].length
      else if (l) {
        speaker = l[1] ?? null
        contentStart += l[0].length
      }
    }
    const ranges: Array<Range> = heading
      ? [[0, bEnd - bStart]]
      : splitSentences(text.slice(contentStart, bEnd)).map(([s, e]) => [s + contentStart - bStart, e + contentStart - bStart])
    const first = sentences.length
    for (const [s, e] of ranges) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphs.length,
        start: body.toCodePoint(bStart + s),
        end: body.toCodePoint(bStart + e),
        text: block.slice(s, e),
        heading
      })
    }
    paragraphs.push({
      index: paragraphs.length,
      start: body.toCodePoint(bStart),
      end: body.toCodePoint(bEnd),
      heading,
      label: speaker,
      first,
      count: sentences.length - first
    })
  }
  return { source, paragraphs, sentences }
}
