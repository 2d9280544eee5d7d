// Scoring extracted events against gold annotations (formats.md: Scoring). Pure: the caller locates spans.

export interface Span {
  readonly start: number
  readonly end: number
}

export interface GoldEvent {
  readonly event_type: string
  /** The evidence span and the spans of its `also` sentences. */
  readonly spans: ReadonlyArray<Span>
  readonly columns: Readonly<Record<string, unknown>>
}

export interface PredictedEvent {
  readonly event_type: string
  readonly span: Span
  readonly columns: Readonly<Record<string, unknown>>
}

export interface DocumentPair {
  readonly sourceId: string
  readonly gold: ReadonlyArray<GoldEvent>
  readonly predicted: ReadonlyArray<PredictedEvent>
}

export interface Counts {
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

export interface Prf extends Counts {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export interface ColumnScore {
  readonly accuracy: number
  readonly n: number
}

export interface Mismatch {
  readonly sourceId: string
  readonly event_type: string
  readonly column: string
  readonly gold: unknown
  readonly predicted: unknown
}

export interface Report {
  readonly documents: number
  readonly overall: Prf
  readonly by_type: Readonly<Record<string, Prf>>
  /** Accuracy by column name, over all types that have it. */
  readonly columns: Readonly<Record<string, ColumnScore>>
  readonly columns_by_type: Readonly<Record<string, Readonly<Record<string, ColumnScore>>>>
  /** Gold events no prediction matched, and predictions that matched nothing. */
  readonly missed: ReadonlyArray<{ readonly sourceId: string; readonly event_type: string; readonly span: Span }>
  readonly spurious: ReadonlyArray<{ readonly sourceId: string; readonly event_type: string; readonly span: Span }>
  readonly mismatches: ReadonlyArray<Mismatch>
}

export const EVENT_TYPES = ["crossing", "detention", "ruling", "statement"] as const

const SHORT_STRINGS = new Set([
  "people", "speaker", "court", "case_name", "authority", "location", "crossing_point", "facility",
  "speaker_affiliation", "speaker_role", "medium", "date_text", "duration_text", "conditions"
])
const LISTS = new Set(["countries", "nationalities", "application_numbers", "articles"])
/** Gold keys that are not scored columns. */
const NOT_COLUMNS = new Set(["event_type", "evidence", "evidence_start", "evidence_end", "also"])

/** NFKC, case folding, every run of punctuation and spaces as one space, no leading "the", "a" or "an". */
export const normaliseText = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim()
    .replace(/^(?:the|a|an) /, "")

const tokens = (s: string): Array<string> => normaliseText(s).split(" ").filter((t) => t !== "")

/** Token F1 of two texts (multiset overlap). */
export const tokenF1 = (a: string, b: string): number => {
  const ta = tokens(a)
  const tb = tokens(b)
  if (ta.length === 0 && tb.length === 0) return 1
  if (ta.length === 0 || tb.length === 0) return 0
  const counts = new Map<string, number>()
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of ta) {
    const n = counts.get(t) ?? 0
    if (n > 0) {
      common++
      counts.set(t, n - 1)
    }
  }
  if (common === 0) return 0
  const p = common / ta.length
  const r = common / tb.length
  return (2 * p * r) / (p + r)
}

/** Whether a predicted value counts as right for a gold value of a column. */
export const columnMatches = (column: string, gold: unknown, predicted: unknown): boolean => {
  if (LISTS.has(column)) {
    const g = new Set((gold as ReadonlyArray<unknown> | null) ?? [])
    const p = new Set((predicted as ReadonlyArray<unknown> | null) ?? [])
    return g.size === p.size && [...g].every((x) => p.has(x))
  }
  if (gold === null || predicted === null || predicted === undefined) return gold === (predicted ?? null)
  if (column === "quote") return typeof predicted === "string" && tokenF1(predicted, String(gold)) >= 0.8
  if (SHORT_STRINGS.has(column)) return typeof predicted === "string" && normaliseText(predicted) === normaliseText(String(gold))
  return gold === predicted
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

const prf = ({ fn, fp, tp }: Counts): Prf => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

/**
 * Matches predictions to gold events of one document and type: a pair qualifies when the prediction overlaps the
 * gold evidence or one of its `also` sentences; pairs are taken largest overlap first, each side at most once.
 */
export const matchEvents = (
  gold: ReadonlyArray<GoldEvent>,
  predicted: ReadonlyArray<PredictedEvent>
): Array<readonly [gold: number, predicted: number]> => {
  const candidates: Array<readonly [number, number, number]> = []
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (g.event_type !== p.event_type) return
      const o = Math.max(...g.spans.map((s) => overlap(s, p.span)))
      if (o > 0) candidates.push([o, gi, pi])
    })
  )
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const usedGold = new Set<number>()
  const usedPred = new Set<number>()
  const pairs: Array<readonly [number, number]> = []
  for (const [, gi, pi] of candidates) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue
    usedGold.add(gi)
    usedPred.add(pi)
    pairs.push([gi, pi])
  }
  return pairs
}

export const score = (documents: ReadonlyArray<DocumentPair>): Report => {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(EVENT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]))
  const cols = new Map<string, { right: number; n: number }>()
  const colsByType = new Map<string, Map<string, { right: number; n: number }>>()
  const missed: Array<Report["missed"][number]> = []
  const spurious: Array<Report["spurious"][number]> = []
  const mismatches: Array<Mismatch> = []
  const tally = (map: Map<string, { right: number; n: number }>, column: string, right: boolean) => {
    const c = map.get(column) ?? { right: 0, n: 0 }
    map.set(column, { right: c.right + (right ? 1 : 0), n: c.n + 1 })
  }
  for (const doc of documents) {
    const pairs = matchEvents(doc.gold, doc.predicted)
    const matchedGold = new Set(pairs.map(([g]) => g))
    const matchedPred = new Set(pairs.map(([, p]) => p))
    const count = (type: string) => {
      if (!counts.has(type)) counts.set(type, { tp: 0, fp: 0, fn: 0 })
      return counts.get(type)!
    }
    for (const [gi, pi] of pairs) {
      const g = doc.gold[gi]!
      const p = doc.predicted[pi]!
      count(g.event_type).tp++
      const byType = colsByType.get(g.event_type) ?? new Map()
      colsByType.set(g.event_type, byType)
      for (const [column, value] of Object.entries(g.columns)) {
        if (NOT_COLUMNS.has(column)) continue
        const right = columnMatches(column, value, p.columns[column])
        tally(cols, column, right)
        tally(byType, column, right)
        if (!right) mismatches.push({ sourceId: doc.sourceId, event_type: g.event_type, column, gold: value, predicted: p.columns[column] })
      }
    }
    doc.gold.forEach((g, i) => {
      if (matchedGold.has(i)) return
      count(g.event_type).fn++
      missed.push({ sourceId: doc.sourceId, event_type: g.event_type, span: g.spans[0]! })
    })
    doc.predicted.forEach((p, i) => {
      if (matchedPred.has(i)) return
      count(p.event_type).fp++
      spurious.push({ sourceId: doc.sourceId, event_type: p.event_type, span: p.span })
    })
  }
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 })
  const accuracy = (m: Map<string, { right: number; n: number }>) =>
    Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, { accuracy: v.right / v.n, n: v.n }]))
  return {
    documents: documents.length,
    overall: prf(total),
    by_type: Object.fromEntries([...counts.entries()].map(([t, c]) => [t, prf(c)])),
    columns: accuracy(cols),
    columns_by_type: Object.fromEntries([...colsByType.entries()].map(([t, m]) => [t, accuracy(m)])),
    missed,
    spurious,
    mismatches
  }
}
