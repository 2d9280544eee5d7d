// datapackage: the tables and their files → datapackage.json, a Frictionless Data Package v2 descriptor with one
// resource per CSV and per Parquet file, each with its Table Schema generated from the column descriptors
// (issue 4), its size and its sha256.
import { Option, SchemaAST } from "effect"
import type { Column } from "../schemas/columns.ts"
import { typeTables } from "../schemas/events.ts"
import type { SourceRow } from "../schemas/source.ts"
import type { Table } from "./project.ts"
import type { Written } from "./write.ts"

export const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"

export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0 International"
} as const

/** What the package says about itself; shared with CITATION.cff and the release README. */
export const about = {
  name: "border-events",
  title: "border-events: events at Europe's borders",
  description:
    "Events at Europe's borders (people crossing or pushed back, people detained, courts ruling, officials and witnesses " +
    "speaking), extracted from the raw texts that report them. Every row carries the verbatim sentence that supports it " +
    "and its offsets, in Unicode code points, in the source text.",
  keywords: ["borders", "migration", "asylum", "pushbacks", "detention", "court rulings", "Europe", "event data"],
  contributors: [{ title: "The border-events contributors", roles: ["creator"] }]
} as const

type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "list"

/** A Table Schema field of a column. CSV writes null as an empty cell and a list as items joined with `;`. */
export const field = (c: Column): Record<string, unknown> => {
  const type: FieldType = c.kind
  const constraints: Record<string, unknown> = {}
  // An empty list is an empty cell too, which Table Schema reads as missing: list columns cannot be `required`.
  if (!c.nullable && c.required && c.kind !== "list") constraints.required = true
  if (c.enum !== null && c.kind !== "list") constraints.enum = [...c.enum]
  return {
    name: c.name,
    type,
    ...(c.kind === "list" ? { delimiter: ";", itemType: c.itemKind ?? "string" } : {}),
    description: c.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {})
  }
}

export interface ResourceNames {
  /** The resource name of each table in this format. */
  readonly of: (table: string) => string
}

const csvNames: ResourceNames = { of: (t) => t }
const parquetNames: ResourceNames = { of: (t) => `${t}-parquet` }

const isEventTable = (name: string) => name === "events" || typeTables.some((t) => t.table === name)

/**
 * The Table Schema of a table: its fields, its primary key (the leading `*_id` column: event_id, source_id,
 * review_id), and for event tables the references to `sources` and, for a type's table, to `events`. Other
 * tables get no references: a review may name an event or source that has since left the release.
 */
export const tableSchema = (table: Table, names: ResourceNames): Record<string, unknown> => {
  const first = table.columns[0]
  const key = first && first.name.endsWith("_id") && !first.nullable ? first.name : null
  const foreignKeys = isEventTable(table.name)
    ? [
      { fields: ["source_id"], reference: { resource: names.of("sources"), fields: ["source_id"] } },
      ...(table.name !== "events" ? [{ fields: ["event_id"], reference: { resource: names.of("events"), fields: ["event_id"] } }] : [])
    ]
    : []
  return {
    fields: table.columns.map(field),
    missingValues: [""],
    ...(key !== null ? { primaryKey: [key] } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {})
  }
}

/** The table schema's own description (set on every table struct in schemas/), else a generic one. */
const describeTable = (table: Table): string =>
  SchemaAST.getDescriptionAnnotation(table.schema.ast).pipe(Option.getOrElse(() => `The ${table.name} table.`))

const resource = (table: Table, file: Written, format: "csv" | "parquet"): Record<string, unknown> => ({
  name: (format === "csv" ? csvNames : parquetNames).of(table.name),
  type: "table",
  path: file.path,
  title: `${table.name} (${format === "csv" ? "CSV" : "Parquet"})`,
  description: describeTable(table),
  format,
  mediatype: format === "csv" ? "text/csv" : "application/vnd.apache.parquet",
  ...(format === "csv" ? { encoding: "utf-8" } : {}),
  bytes: file.bytes,
  hash: `sha256:${file.sha256}`,
  ...(format === "csv"
    ? { dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: "\"", doubleQuote: true } }
    : {}),
  schema: tableSchema(table, format === "csv" ? csvNames : parquetNames)
})

export interface PackageInput {
  readonly version: string
  /** RFC 3339 in UTC. */
  readonly created: string
  readonly tables: ReadonlyArray<Table>
  /** The files of the release written so far, CSV and Parquet among them. */
  readonly files: ReadonlyArray<Written>
}

/** A raw document as a package source: its title, where it was published, and the licence it is used under. */
const packageSource = (row: SourceRow): Record<string, unknown> => ({
  title: row.publisher === null ? row.title : `${row.title} (${row.publisher})`,
  ...(row.url !== null && /^https?:\/\//.test(row.url) ? { path: row.url } : {}),
  hash: `sha256:${row.sha256}`,
  ...(row.license !== null ? { license: row.license } : {})
})

/** datapackage.json, pretty-printed, keys in a fixed order. */
export const renderDataPackage = (input: PackageInput): string => {
  const files = new Map(input.files.map((f) => [f.path, f]))
  const sourcesTable = input.tables.find((t) => t.name === "sources")
  const resources = (["csv", "parquet"] as const).flatMap((format) =>
    input.tables.flatMap((t) => {
      const f = files.get(`${t.name}.${format}`)
      return f ? [resource(t, f, format)] : []
    })
  )
  const descriptor = {
    $schema: PROFILE,
    name: about.name,
    title: about.title,
    description: about.description,
    version: input.version,
    created: input.created,
    licenses: [DATA_LICENSE],
    keywords: about.keywords,
    contributors: about.contributors,
    sources: (sourcesTable?.rows ?? []).map((r) => packageSource(r as SourceRow)),
    resources
  }
  return `${JSON.stringify(descriptor, null, 2)}\n`
}
