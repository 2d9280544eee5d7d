// Test data for the release stage: sources parsed by the real ingest, and events built directly (valid per
// schemas/) so that every column type and every awkward value is exercised whatever the extractors yield:
// astral characters, combining marks, quotes and separators in text, null and empty lists, null booleans,
// dates at the edges of the calendar.
import { Either, Schema } from "effect"
import { parseSource, type Source } from "../pipeline/ingest.ts"
import type { Dataset } from "../pipeline/project.ts"
import { compareEvents } from "../pipeline/resolve.ts"
import type { Crossing } from "../schemas/crossing.ts"
import type { Detention } from "../schemas/detention.ts"
import { Event } from "../schemas/events.ts"
import type { Ruling } from "../schemas/ruling.ts"
import type { Statement } from "../schemas/statement.ts"

export const source = (sourceId: string, frontMatter: string, body: string): Source => {
  const parsed = parseSource(`${sourceId}.md`, new TextEncoder().encode(`---\n${frontMatter}---\n${body}`))
  if (Either.isLeft(parsed)) throw new Error(parsed.left.map((p) => p.message).join("\n"))
  return parsed.right
}

export const alpha = source(
  "alpha-news-2021",
  "title: Border report 🚧 from Łódź\nurl: https://example.org/news/1\npublisher: Example News\npublished: 2021-08-04\nlicense: quoted for research; copyright of the publisher\nretrieved: 2026-11-24\n",
  "Forty people crossed from Belarus into Lithuania. They were detained.\n"
)

export const beta = source(
  "beta-court-2023",
  "title: Court rules on pushbacks\nlanguage: fr\nretrieved: 2026-11-20\n",
  "La Cour a jugé que la Pologne avait violé l'article 3.\n"
)

export const gamma = source("gamma-new-source", "title: A later source\nretrieved: 2026-12-01\n", "A later text.\n")

const common = {
  date_text: null,
  location: null,
  method: "test-rule@0.1.0",
  review_status: "machine" as const
}

export const crossing: Crossing = {
  event_id: "crossing-0123456789ab",
  event_type: "crossing",
  source_id: "alpha-news-2021",
  evidence: "Forty people crossed from Belarus into Lithuania.",
  evidence_start: 0,
  evidence_end: 49,
  date_start: "2021-08-01",
  date_end: "2021-08-31",
  date_precision: "month",
  ...common,
  date_text: "in August 2021",
  countries: ["BY", "LT"],
  location: "Medininkai 🛂",
  confidence: 0.85,
  people: "people",
  people_count_min: 40,
  people_count_max: 40,
  nationalities: [],
  from_country: "BY",
  to_country: "LT",
  crossing_point: null,
  crossing_mode: "irregular",
  outcome: "entered"
}

export const detention: Detention = {
  event_id: "detention-0123456789ab",
  event_type: "detention",
  source_id: "alpha-news-2021",
  evidence: "They were detained.",
  evidence_start: 50,
  evidence_end: 69,
  date_start: null,
  date_end: null,
  date_precision: "unknown",
  ...common,
  countries: ["LT"],
  confidence: 0.5,
  people: "they",
  people_count_min: null,
  people_count_max: null,
  nationalities: ["IQ", "SY", "NA"],
  authority: "Lithuanian border guards",
  authority_country: "LT",
  facility: "Foreigners' Registration Centre, Pabradė",
  duration_text: "for \"months\"; then longer",
  arbitrary: null,
  conditions: "  leading and trailing spaces  "
}

export const detentionLawful: Detention = {
  ...detention,
  event_id: "detention-ba9876543210",
  evidence_start: 50,
  evidence_end: 69,
  date_start: "1970-01-01",
  date_end: "2099-12-31",
  date_precision: "year",
  arbitrary: false,
  people_count_min: 0,
  nationalities: [],
  countries: [],
  duration_text: "line one\nline two",
  conditions: null,
  confidence: 1
}

export const ruling: Ruling = {
  event_id: "ruling-0123456789ab",
  event_type: "ruling",
  source_id: "beta-court-2023",
  evidence: "La Cour a jugé que la Pologne avait violé l'article 3.",
  evidence_start: 0,
  evidence_end: 54,
  date_start: "2020-02-29",
  date_end: "2020-02-29",
  date_precision: "day",
  ...common,
  countries: ["PL"],
  confidence: 0,
  court: "European Court of Human Rights",
  case_name: "M.K. and Others v. Poland",
  application_numbers: ["40503/17", "42902/17", "C-808/18"],
  respondent_state: "PL",
  articles: ["ECHR:3", "ECHR-P4:4"],
  outcome: "violation"
}

export const statement: Statement = {
  event_id: "statement-0123456789ab",
  event_type: "statement",
  source_id: "beta-court-2023",
  evidence: "La Cour a jugé que la Pologne avait violé l'article 3.",
  evidence_start: 0,
  evidence_end: 54,
  date_start: null,
  date_end: null,
  date_precision: "unknown",
  ...common,
  countries: [],
  confidence: 0.25,
  // An astral emoji, a musical symbol outside the BMP, a combining mark (e + U+0301) and a right-to-left script.
  speaker: "Eitvydas Bajarūnas 😀",
  speaker_type: "person",
  speaker_affiliation: null,
  speaker_role: "Lithuania’s former ambassador 𝄞",
  quote: "Cafe\u0301, \"quoted\", comma; semicolon — العربية",
  quote_kind: "direct",
  medium: "The Insider"
}

const decodeEvent = Schema.decodeUnknownSync(Event)

/** A dataset of the given sources and events, in dataset order; every event is checked against its schema. */
export const datasetOf = (sources: ReadonlyArray<Source>, events: ReadonlyArray<Event>): Dataset => ({
  sources: [...sources].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1)),
  events: events.map((e) => decodeEvent(e)).sort(compareEvents)
})

export const allEvents: ReadonlyArray<Event> = [crossing, detention, detentionLawful, ruling, statement]

export const baseDataset = (): Dataset => datasetOf([alpha, beta], allEvents)
