// codebook: detention.
import { Schema } from "effect"
import { Alpha2 } from "./columns.ts"
import { commonFields, peopleFields } from "./event.ts"

export const Detention = Schema.Struct({
  ...commonFields("detention"),
  ...peopleFields,
  authority: Schema.NullOr(Schema.String).annotations({ description: "who detained" }),
  authority_country: Schema.NullOr(Alpha2).annotations({ description: "state of the detaining authority" }),
  facility: Schema.NullOr(Schema.String).annotations({ description: "named centre or place of detention" }),
  duration_text: Schema.NullOr(Schema.String).annotations({ description: "how long, as written" }),
  arbitrary: Schema.NullOr(Schema.Boolean).annotations({
    description: "true when the source or a speaker it reports calls the detention arbitrary, unlawful or illegal; false when lawful"
  }),
  conditions: Schema.NullOr(Schema.String).annotations({ description: "conditions as described" })
}).annotations({ identifier: "Detention", description: "An authority held people." })
export type Detention = typeof Detention.Type
