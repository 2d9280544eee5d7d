// A raw document's front matter and the sources table (formats.md: A raw document; codebook: Sources table).
import { Schema } from "effect"
import { Count, IsoDate, Sha256 } from "./columns.ts"

/** The file name without `.md`: lowercase letters, digits and `-`, at most 80 characters. */
export const SourceId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  Schema.maxLength(80)
).annotations({ identifier: "SourceId", description: "identifier of the raw document (its file name without extension)" })

const NonEmpty = Schema.Trim.pipe(Schema.nonEmptyString())

/** The YAML front matter of a raw document. Unknown keys are refused, so that a typo is not silently lost. */
export const FrontMatter = Schema.Struct({
  title: NonEmpty,
  url: Schema.optional(NonEmpty),
  publisher: Schema.optional(NonEmpty),
  published: Schema.optional(IsoDate),
  language: Schema.optionalWith(Schema.String.pipe(Schema.pattern(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)), {
    default: () => "en"
  }),
  license: Schema.optional(NonEmpty),
  retrieved: IsoDate
})
export type FrontMatter = typeof FrontMatter.Type

/** One row per raw document. */
export const SourceRow = Schema.Struct({
  source_id: SourceId,
  title: Schema.String.annotations({ description: "title of the document" }),
  url: Schema.NullOr(Schema.String).annotations({ description: "where the document was published" }),
  publisher: Schema.NullOr(Schema.String).annotations({ description: "who published it" }),
  published: Schema.NullOr(IsoDate).annotations({ description: "publication date; null when unknown" }),
  language: Schema.String.annotations({ description: "language of the text (BCP 47)" }),
  license: Schema.NullOr(Schema.String).annotations({ description: "licence or terms under which the text is used" }),
  retrieved: IsoDate.annotations({ description: "date the text was retrieved" }),
  sha256: Sha256.annotations({ description: "SHA-256 of the raw file's bytes" }),
  event_count: Count.annotations({ description: "number of events of the release taken from this source" }),
  retired: Schema.Boolean.annotations({
    description: "true when a review retired the source: its events left the dataset, its text stays in raw/ (see reviews)"
  })
}).annotations({ identifier: "Source", description: "One row per raw document." })
export type SourceRow = typeof SourceRow.Type
