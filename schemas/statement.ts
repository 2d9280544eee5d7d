// codebook: statement.
import { Schema } from "effect"
import { commonFields } from "./event.ts"

export const SpeakerType = Schema.Literal("person", "organization", "government", "anonymous")
export const QuoteKind = Schema.Literal("direct", "indirect")

export const Statement = Schema.Struct({
  ...commonFields("statement"),
  speaker: Schema.String.annotations({ description: "full name where the text gives it, else the description" }),
  speaker_type: SpeakerType.annotations({ description: "person, organization, government or anonymous" }),
  speaker_affiliation: Schema.NullOr(Schema.String).annotations({ description: "organisation of a person" }),
  speaker_role: Schema.NullOr(Schema.String).annotations({ description: "role as written" }),
  quote: Schema.String.annotations({ description: "direct: the quoted words; indirect: the reported content" }),
  quote_kind: QuoteKind.annotations({ description: "direct or indirect" }),
  medium: Schema.NullOr(Schema.String).annotations({ description: "to whom or where it was said" })
}).annotations({ identifier: "Statement", description: "A speaker said something, quoted directly or reported." })
export type Statement = typeof Statement.Type
