// Typed errors of the pipeline. Each names the file (and line, where there is one) and says what to fix.
import { Schema } from "effect"

const located = { path: Schema.String, line: Schema.NullOr(Schema.Number), message: Schema.String }

/** The fields of a located error; the message starts with `path:line:` as compilers print it. */
export const at = (path: string, line: number | null, problem: string) => ({
  path,
  line,
  message: `${line === null ? path : `${path}:${line}`}: ${problem}`
})

export class NotMarkdown extends Schema.TaggedError<NotMarkdown>()("NotMarkdown", located) {}
export class InvalidSourceId extends Schema.TaggedError<InvalidSourceId>()("InvalidSourceId", located) {}
export class InvalidUtf8 extends Schema.TaggedError<InvalidUtf8>()("InvalidUtf8", located) {}
export class MissingFrontMatter extends Schema.TaggedError<MissingFrontMatter>()("MissingFrontMatter", located) {}
export class UnterminatedFrontMatter extends Schema.TaggedError<UnterminatedFrontMatter>()("UnterminatedFrontMatter", located) {}
export class InvalidYaml extends Schema.TaggedError<InvalidYaml>()("InvalidYaml", located) {}
export class InvalidFrontMatter extends Schema.TaggedError<InvalidFrontMatter>()("InvalidFrontMatter", {
  ...located,
  field: Schema.String
}) {}
export class EmptyBody extends Schema.TaggedError<EmptyBody>()("EmptyBody", located) {}

export const SourceProblem = Schema.Union(
  NotMarkdown,
  InvalidSourceId,
  InvalidUtf8,
  MissingFrontMatter,
  UnterminatedFrontMatter,
  InvalidYaml,
  InvalidFrontMatter,
  EmptyBody
)
export type SourceProblem = typeof SourceProblem.Type

/** Every problem of every raw file of a run, so that one run reports them all. */
export class InvalidSources extends Schema.TaggedError<InvalidSources>()("InvalidSources", {
  problems: Schema.Array(SourceProblem)
}) {
  override get message() {
    return [`${this.problems.length} problem(s) in the raw sources:`, ...this.problems.map((p) => `  ${p.message}`)].join("\n")
  }
}

export class RawDirNotFound extends Schema.TaggedError<RawDirNotFound>()("RawDirNotFound", located) {}

/** Writing the output failed; the previous output folder is left as it was. */
export class WriteFailed extends Schema.TaggedError<WriteFailed>()("WriteFailed", located) {}

/** A gold annotation file that cannot be read or does not fit its source. */
export class InvalidGold extends Schema.TaggedError<InvalidGold>()("InvalidGold", located) {}

// The review log (raw/reviews/*.jsonl). Each problem names the review file and line; nothing is written.

/** A line that is not a review record: not JSON, an unknown record type, a missing or malformed field. */
export class MalformedReviewLine extends Schema.TaggedError<MalformedReviewLine>()("MalformedReviewLine", located) {}
/** A `review_id` used by an earlier record. */
export class DuplicateReviewId extends Schema.TaggedError<DuplicateReviewId>()("DuplicateReviewId", {
  ...located,
  review_id: Schema.String
}) {}
/** A record about an event that is not in the dataset at that point of the log. */
export class UnknownEvent extends Schema.TaggedError<UnknownEvent>()("UnknownEvent", { ...located, event_id: Schema.String }) {}
/** A record about a source that is not in raw/. */
export class UnknownSource extends Schema.TaggedError<UnknownSource>()("UnknownSource", { ...located, source_id: Schema.String }) {}
/** A record about a source, or an event of a source, that an earlier record retired. */
export class RetiredSource extends Schema.TaggedError<RetiredSource>()("RetiredSource", { ...located, source_id: Schema.String }) {}
/** A column the event's type does not have. */
export class ColumnNotInType extends Schema.TaggedError<ColumnNotInType>()("ColumnNotInType", {
  ...located,
  column: Schema.String,
  event_type: Schema.String
}) {}
/** A column a review does not set: the id, the evidence and its source, and the provenance columns. */
export class ColumnNotCorrectable extends Schema.TaggedError<ColumnNotCorrectable>()("ColumnNotCorrectable", {
  ...located,
  column: Schema.String
}) {}
/** A value the event's schema refuses, or a required column left out. */
export class InvalidValue extends Schema.TaggedError<InvalidValue>()("InvalidValue", { ...located, column: Schema.String }) {}
/** Evidence that is not the source's text: not found, or not at the offsets the record gives. */
export class EvidenceNotInSource extends Schema.TaggedError<EvidenceNotInSource>()("EvidenceNotInSource", {
  ...located,
  source_id: Schema.String
}) {}

export const ReviewProblem = Schema.Union(
  MalformedReviewLine,
  DuplicateReviewId,
  UnknownEvent,
  UnknownSource,
  RetiredSource,
  ColumnNotInType,
  ColumnNotCorrectable,
  InvalidValue,
  EvidenceNotInSource
)
export type ReviewProblem = typeof ReviewProblem.Type

/** Raw sources of the previous release whose bytes have changed since: raw/ is append-only. */
export class ReleasedSourceChanged extends Schema.TaggedError<ReleasedSourceChanged>()("ReleasedSourceChanged", {
  /** The manifest that recorded the released bytes. */
  manifest: Schema.String,
  changes: Schema.Array(Schema.Struct({ source_id: Schema.String, path: Schema.String, released: Schema.String, now: Schema.String }))
}) {
  override get message() {
    return [
      `${this.changes.length} source(s) released in ${this.manifest} have changed; a released text is never edited:`,
      ...this.changes.map((c) => `  ${c.path}: sha256 ${c.released.slice(0, 12)}… when released, ${c.now.slice(0, 12)}… now`),
      "To correct a text, put the released bytes back (git restore), save the corrected text as a new source",
      "raw/<new_source_id>.md, and retire the old one:",
      ...this.changes.map((c) => `  npm run review -- retire ${c.source_id} --reason "corrected text in <new_source_id>" --reviewer NAME`)
    ].join("\n")
  }
}
