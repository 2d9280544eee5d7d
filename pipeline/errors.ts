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
