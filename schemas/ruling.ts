// codebook: ruling.
import { Schema } from "effect"
import { Alpha2, List } from "./columns.ts"
import { commonFields } from "./event.ts"

export const RulingOutcome = Schema.Literal("violation", "no_violation", "interim_measure", "inadmissible", "other", "unknown")

export const Article = Schema.String.pipe(Schema.pattern(/^(ECHR|ECHR-P\d+|CFR|RC1951|ICCPR):\d+$/)).annotations({
  identifier: "Article"
})

export const Ruling = Schema.Struct({
  ...commonFields("ruling"),
  court: Schema.String.annotations({ description: "full, normalised name of the court or quasi-judicial body" }),
  case_name: Schema.NullOr(Schema.String).annotations({ description: "name of the case" }),
  application_numbers: List(Schema.String).annotations({
    description: "application numbers, CJEU case numbers and UN communication numbers"
  }),
  respondent_state: Schema.NullOr(Alpha2).annotations({ description: "state the case was against" }),
  articles: List(Article).annotations({
    description: "provisions found or invoked, as ECHR:3, ECHR-P4:4, CFR:18, RC1951:33, ICCPR:7"
  }),
  outcome: RulingOutcome.annotations({
    description: "violation, no_violation, interim_measure, inadmissible, other or unknown"
  })
}).annotations({ identifier: "Ruling", description: "A court or quasi-judicial body decided something in a specific case." })
export type Ruling = typeof Ruling.Type
