// readme: a release → its README.md (issue 4): what the release is, its files, how to load it in pandas, R,
// DuckDB and a spreadsheet, how to cite it, and the column reference generated from the schemas' descriptions.
import type { Column } from "../schemas/columns.ts"
import { citationLine } from "./citation.ts"
import { about, DATA_LICENSE } from "./datapackage.ts"
import type { Table } from "./project.ts"
import { zipName } from "./zip.ts"

export interface ReadmeInput {
  readonly version: string
  readonly date: string
  readonly tables: ReadonlyArray<Table>
  readonly sources: number
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`

/** Markdown table cells must not break the row. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

const typeOf = (c: Column): string => {
  const base = c.kind === "list" ? `list of ${c.itemKind ?? "string"}` : c.kind
  return c.nullable ? `${base} or null` : base
}

const columnRow = (c: Column): string => {
  const values = c.enum !== null ? ` One of: ${c.enum.map((v) => `\`${v}\``).join(", ")}.` : ""
  return `| \`${c.name}\` | ${typeOf(c)} | ${cell(c.description)}${values} |`
}

const tableSection = (t: Table): Array<string> => [
  `### ${t.name} (${t.rows.length} rows)`,
  "",
  "| column | type | description |",
  "|---|---|---|",
  ...t.columns.map(columnRow),
  ""
]

export const renderReadme = (input: ReadmeInput): string => {
  const { date, version } = input
  const events = input.tables.find((t) => t.name === "events")?.rows.length ?? 0
  const names = input.tables.map((t) => t.name)
  const authors = about.contributors.map((c) => c.title).join(", ")
  return [
    `# ${about.title} — release ${version}`,
    "",
    `Released ${date}. ${count(events, "event")} from ${count(input.sources, "source")}.`,
    "",
    about.description,
    "",
    `Licence of the data: ${DATA_LICENSE.title} (${DATA_LICENSE.name}, ${DATA_LICENSE.path}).`,
    "The licence under which each source text is quoted is in `sources.csv` (column `license`).",
    "",
    "## Files",
    "",
    "| file | what it holds |",
    "|---|---|",
    `| ${names.map((n) => `\`${n}.parquet\``).join(", ")} | the tables in Parquet, typed: dates as DATE, counts as INT32, lists as LIST<STRING> |`,
    `| ${names.map((n) => `\`${n}.csv\``).join(", ")} | the same tables in CSV (UTF-8 with a byte-order mark, CRLF; lists joined with \`;\`; null is an empty cell) |`,
    "| `events.json`, `events.schema.json` | every event with all the columns of its type, and its JSON Schema |",
    "| `datapackage.json` | Frictionless Data Package v2 descriptor: every table's schema, size and sha256 |",
    "| `CITATION.cff` | how to cite this release |",
    "| `CHANGELOG.md`, `changes.json` | what changed since the previous release |",
    "| `manifest.json` | versions, the schema of every table, every event's row hash, and the sha256 of every input and output file |",
    `| \`${zipName(version)}\` | all of the files above, in one folder |`,
    "| `SHA256SUMS` | checksums of every file, the zip included; check with `sha256sum -c SHA256SUMS` |",
    "",
    "`events` holds the columns every event has; `crossings`, `detentions`, `rulings` and `statements` hold the",
    "events of one type with the type's own columns; `sources` has one row per source text. `event_id` joins them.",
    "",
    "## Loading",
    "",
    "Parquet keeps types, nulls and lists exactly; prefer it where you can.",
    "",
    "pandas (with pyarrow installed):",
    "",
    "```python",
    "import pandas as pd",
    "events = pd.read_parquet(\"crossings.parquet\")",
    "# from CSV: read only empty cells as missing (\"NA\" is Namibia's country code)",
    "events_csv = pd.read_csv(\"crossings.csv\", keep_default_na=False, na_values=[\"\"])",
    "```",
    "",
    "R (with the arrow or readr package):",
    "",
    "```r",
    "crossings <- arrow::read_parquet(\"crossings.parquet\")",
    "crossings_csv <- readr::read_csv(\"crossings.csv\", na = \"\")",
    "```",
    "",
    "DuckDB:",
    "",
    "```sql",
    "SELECT * FROM 'crossings.parquet';",
    "SELECT event_id, unnest(countries) AS country FROM 'events.parquet';",
    "```",
    "",
    "A spreadsheet (Excel, LibreOffice, Google Sheets): open a `.csv` file; it is UTF-8 with a byte-order mark, so",
    "accents and other scripts show as they should. Lists are joined with `;` in one cell.",
    "",
    "## How to cite",
    "",
    citationLine(authors, about.title, version, date),
    "",
    "`CITATION.cff` has the same in the Citation File Format; cite the version you used, since rows change",
    "between versions.",
    "",
    "## Columns",
    "",
    "Dates are ISO `YYYY-MM-DD`. Offsets count Unicode code points. A list with nothing in it is the empty list,",
    "not null.",
    "",
    ...input.tables.flatMap(tableSection)
  ].join("\n").replace(/\n+$/, "\n")
}
