// eval: runs the pipeline on DIR/raw and scores it against DIR/gold (formats.md: Scoring).
// Takes: a corpus folder (raw/ and gold/). Produces: a printed table and, on request, a JSON report.
import { FileSystem, Path } from "@effect/platform"
import { Effect, Either, ParseResult, Schema } from "effect"
import { type GoldFile, GoldFile as GoldFileSchema } from "../schemas/gold.ts"
import { buildDataset } from "./build.ts"
import { at, InvalidGold } from "./errors.ts"
import type { Source } from "./ingest.ts"
import { find, slice } from "./offsets.ts"
import { type DocumentPair, EVENT_TYPES, type GoldEvent, type Report, score, type Span } from "./score.ts"

const decodeGold = Schema.decodeUnknownEither(Schema.parseJson(GoldFileSchema))

/** The gold events of a file with their spans located in the source body (exact substring, as formats.md says). */
export const locateGold = (file: string, gold: GoldFile, source: Source): Either.Either<Array<GoldEvent>, InvalidGold> => {
  const events: Array<GoldEvent> = []
  for (const [i, e] of gold.events.entries()) {
    const spanOf = (text: string, from?: number): Span | null => {
      const hit = find(source.body, text, from ?? 0)
      return hit && (from === undefined || hit.start === from) ? hit : null
    }
    const evidence = spanOf(e.evidence, e.evidence_start)
    if (!evidence) {
      return Either.left(new InvalidGold(at(file, null, `event ${i + 1}: its evidence is not in the body of ${source.path}: "${e.evidence.slice(0, 60)}…"`)))
    }
    const also: Array<Span> = []
    for (const a of e.also ?? []) {
      const span = spanOf(a)
      if (!span) return Either.left(new InvalidGold(at(file, null, `event ${i + 1}: an 'also' sentence is not in the body: "${a.slice(0, 60)}…"`)))
      also.push(span)
    }
    const { also: _a, event_type, evidence: _e, evidence_start: _s, ...columns } = e
    events.push({ event_type, spans: [evidence, ...also], columns })
  }
  return Either.right(events)
}

/** Builds the corpus' raw folder and scores it against its gold folder. */
export const evaluate = (dir: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const dataset = yield* buildDataset(path.join(dir, "raw"))
    const goldDir = path.join(dir, "gold")
    const names = (yield* fs.readDirectory(goldDir).pipe(
      Effect.mapError(() => new InvalidGold(at(goldDir, null, "no gold folder: expected DIR/gold/<source_id>.json")))
    )).filter((n) => n.endsWith(".json")).sort()
    const sources = new Map(dataset.sources.map((s) => [s.sourceId, s]))
    const documents: Array<DocumentPair> = []
    for (const name of names) {
      const file = path.join(goldDir, name)
      const text = yield* fs.readFileString(file).pipe(Effect.orDie)
      const gold = decodeGold(text)
      if (Either.isLeft(gold)) {
        return yield* new InvalidGold(at(file, null, ParseResult.TreeFormatter.formatErrorSync(gold.left)))
      }
      const source = sources.get(gold.right.source_id)
      if (!source) return yield* new InvalidGold(at(file, null, `no raw source ${gold.right.source_id}.md for this gold file`))
      const events = locateGold(file, gold.right, source)
      if (Either.isLeft(events)) return yield* events.left
      documents.push({
        sourceId: source.sourceId,
        gold: events.right,
        predicted: dataset.events
          .filter((e) => e.source_id === source.sourceId)
          .map((e) => ({ event_type: e.event_type, span: { start: e.evidence_start, end: e.evidence_end }, columns: e }))
      })
    }
    return { report: score(documents), sources }
  })

/** What went wrong, event by event: missed gold events, spurious predictions and wrong columns. */
export const formatDetails = (r: Report, sources: ReadonlyMap<string, Source>): string => {
  const text = (sourceId: string, span: Span) => {
    const body = sources.get(sourceId)?.body
    return body ? slice(body, span.start, span.end).slice(0, 140) : ""
  }
  return [
    ...r.missed.map((m) => `MISSED   ${m.event_type.padEnd(9)} ${m.sourceId}: ${text(m.sourceId, m.span)}`),
    ...r.spurious.map((m) => `SPURIOUS ${m.event_type.padEnd(9)} ${m.sourceId}: ${text(m.sourceId, m.span)}`),
    ...r.mismatches.map((m) =>
      `COLUMN   ${m.event_type.padEnd(9)} ${m.sourceId} ${m.column}: gold ${JSON.stringify(m.gold)} predicted ${JSON.stringify(m.predicted)}`
    )
  ].join("\n")
}

const pct = (x: number) => x.toFixed(3)

/** The report as a plain-text table. */
export const formatReport = (r: Report): string => {
  const rows = [
    ["type", "precision", "recall", "f1", "tp", "fp", "fn"],
    ...[...EVENT_TYPES, "overall"].map((t) => {
      const s = t === "overall" ? r.overall : r.by_type[t]
      return s ? [t, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)] : [t]
    })
  ]
  const table = rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(10) : c.padStart(9))).join(" ")).join("\n")
  const columns = Object.entries(r.columns)
    .map(([c, s]) => `${c.padEnd(20)} ${pct(s.accuracy).padStart(6)}  (n=${s.n})`)
    .join("\n")
  return `${r.documents} documents\n\n${table}\n\ncolumn accuracy over matched events\n${columns}\n`
}

/** The JSON report: overall, by type, column accuracies and the number of documents. */
export const jsonReport = (r: Report) => ({
  overall: { precision: r.overall.precision, recall: r.overall.recall, f1: r.overall.f1 },
  by_type: Object.fromEntries(
    Object.entries(r.by_type).map(([t, s]) => [t, { precision: s.precision, recall: s.recall, f1: s.f1, tp: s.tp, fp: s.fp, fn: s.fn }])
  ),
  columns: Object.fromEntries(Object.entries(r.columns).map(([c, s]) => [c, s.accuracy])),
  columns_by_type: Object.fromEntries(
    Object.entries(r.columns_by_type).map(([t, cs]) => [t, Object.fromEntries(Object.entries(cs).map(([c, s]) => [c, s.accuracy]))])
  ),
  documents: r.documents
})
