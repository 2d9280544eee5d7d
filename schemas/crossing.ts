// codebook: crossing.
import { Schema } from "effect"
import { Alpha2 } from "./columns.ts"
import { commonFields, peopleFields } from "./event.ts"

export const CrossingMode = Schema.Literal("official_checkpoint", "irregular", "unknown")
export const CrossingOutcome = Schema.Literal(
  "entered",
  "protection_granted",
  "refused_entry",
  "pushed_back",
  "deported",
  "prevented",
  "attempted",
  "unknown"
)

export const Crossing = Schema.Struct({
  ...commonFields("crossing"),
  ...peopleFields,
  from_country: Schema.NullOr(Alpha2).annotations({ description: "state the people crossed or tried to cross from" }),
  to_country: Schema.NullOr(Alpha2).annotations({ description: "state the people crossed or tried to cross into" }),
  crossing_point: Schema.NullOr(Schema.String).annotations({ description: "named checkpoint or section" }),
  crossing_mode: CrossingMode.annotations({ description: "official_checkpoint, irregular or unknown" }),
  outcome: CrossingOutcome.annotations({
    description: "entered, protection_granted, refused_entry, pushed_back, deported, prevented, attempted or unknown"
  })
}).annotations({ identifier: "Crossing", description: "People crossed, tried to cross, were stopped at, or were sent back across a state border." })
export type Crossing = typeof Crossing.Type
