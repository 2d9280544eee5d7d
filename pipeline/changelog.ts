// changelog: the changes of a release → CHANGELOG.md for people and changes.json for programs (issue 4): counts
// and lists of added, changed and removed events by type, with ids, the sources added or retired, and the
// schema changes that decided the version.
import type { EventType } from "../schemas/event.ts"
import { typeTables } from "../schemas/events.ts"
import type { Changes, EventRef } from "./version.ts"

const types: ReadonlyArray<EventType> = typeTables.map((t) => t.type)

type Kind = "added" | "changed" | "removed"
const kinds: ReadonlyArray<Kind> = ["added", "changed", "removed"]

const byType = (refs: ReadonlyArray<EventRef>) =>
  Object.fromEntries(types.map((t) => [t, refs.filter((r) => r.event_type === t).map((r) => r.event_id)]))

/** changes.json: the same content as CHANGELOG.md, machine-readable. */
export const renderChangesJson = (changes: Changes, date: string): string =>
  `${
    JSON.stringify(
      {
        version: changes.version,
        previous_version: changes.previous_version,
        date,
        level: changes.previous_version === null ? "initial" : (changes.level ?? "none"),
        schema: changes.schema,
        sources: changes.sources,
        events: Object.fromEntries(
          kinds.map((k) => [k, { count: changes.events[k].length, by_type: byType(changes.events[k]) }])
        )
      },
      null,
      2
    )
  }\n`

const eventSection = (kind: Kind, refs: ReadonlyArray<EventRef>): Array<string> => {
  if (refs.length === 0) return []
  const groups = byType(refs)
  return [
    `### Events ${kind} (${refs.length})`,
    "",
    ...types.flatMap((t) => {
      const ids = groups[t] ?? []
      return ids.length === 0 ? [] : [`- ${t} (${ids.length}): ${ids.map((id) => `\`${id}\``).join(", ")}`]
    }),
    ""
  ]
}

const list = (title: string, items: ReadonlyArray<string>): Array<string> =>
  items.length === 0 ? [] : [`### ${title} (${items.length})`, "", ...items.map((i) => `- \`${i}\``), ""]

/** CHANGELOG.md of one release. */
export const renderChangelog = (changes: Changes, date: string): string => {
  const head = [`# Changelog`, "", `## ${changes.version} (${date})`, ""]
  const summary = changes.previous_version === null
    ? "First release."
    : changes.level === null
    ? `No changes since ${changes.previous_version}.`
    : `A ${changes.level} release after ${changes.previous_version}.`
  const schema = changes.schema.length === 0 ? [] : [
    `### Schema changes (${changes.schema.length})`,
    "",
    ...changes.schema.map((c) => `- ${c.level}: \`${c.table}${c.column === null ? "" : `.${c.column}`}\` ${c.change}`),
    ""
  ]
  return [
    ...head,
    summary,
    "",
    ...schema,
    ...list("Sources added", changes.sources.added),
    ...list("Sources changed", changes.sources.changed),
    ...list("Sources removed", changes.sources.removed),
    ...kinds.flatMap((k) => eventSection(k, changes.events[k]))
  ].join("\n").replace(/\n+$/, "\n")
}
