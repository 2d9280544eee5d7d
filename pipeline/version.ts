// version: this build against the previous release's manifest → what changed and the next semantic version, by
// the Frictionless data-package-version pattern (issue 4). MAJOR: a table or column removed, renamed, retyped or
// reordered, or an enum value lost. MINOR: events, sources, tables, trailing columns or enum values added.
// PATCH: existing events changed or removed, sources retired. Nothing changed: the same version.
import { FileSystem } from "@effect/platform"
import { Effect, Schema } from "effect"
import type { Column } from "../schemas/columns.ts"
import type { EventType } from "../schemas/event.ts"
import { Manifest, type ManifestColumn, type ManifestEvent, type ManifestSchema, type ManifestSource, type ManifestTable } from "../schemas/manifest.ts"
import { at } from "./errors.ts"
import { sha256 } from "./ingest.ts"
import type { Table } from "./project.ts"

/** The previous release's manifest could not be read or is not a release manifest. */
export class InvalidPreviousManifest extends Schema.TaggedError<InvalidPreviousManifest>()("InvalidPreviousManifest", {
  path: Schema.String,
  line: Schema.NullOr(Schema.Number),
  message: Schema.String
}) {}

export const FIRST_VERSION = "1.0.0"

export type Level = "major" | "minor" | "patch"

const manifestColumn = (c: Column): ManifestColumn => ({
  name: c.name,
  type: c.kind === "list" ? `list<${c.itemKind ?? "string"}>` : c.kind,
  nullable: c.nullable,
  enum: c.enum === null ? null : [...c.enum]
})

/** The public shape of the tables, with a fingerprint of it. */
export const schemaOf = (tables: ReadonlyArray<Table>): ManifestSchema => {
  const described: Array<ManifestTable> = tables.map((t) => ({ name: t.name, columns: t.columns.map(manifestColumn) }))
  return { fingerprint: sha256(JSON.stringify(described)), tables: described }
}

/** An event with the sha256 of its events.json line. */
export const eventHash = (line: string): ManifestEvent => {
  const row = JSON.parse(line) as { event_id: string; event_type: EventType }
  return { event_id: row.event_id, event_type: row.event_type, sha256: sha256(line) }
}

/** What a release is compared on: the manifest without its files. */
export interface Snapshot {
  readonly version: string
  readonly schema: ManifestSchema
  readonly sources: ReadonlyArray<ManifestSource>
  readonly events: ReadonlyArray<ManifestEvent>
}

export interface SchemaChange {
  readonly level: Level
  readonly table: string
  readonly column: string | null
  readonly change: string
}

export interface EventRef {
  readonly event_id: string
  readonly event_type: EventType
}

export interface Changes {
  readonly version: string
  readonly previous_version: string | null
  /** The largest change; null when nothing changed (and the version stays). */
  readonly level: Level | null
  readonly schema: ReadonlyArray<SchemaChange>
  readonly sources: { readonly added: ReadonlyArray<string>; readonly removed: ReadonlyArray<string>; readonly changed: ReadonlyArray<string> }
  readonly events: { readonly added: ReadonlyArray<EventRef>; readonly changed: ReadonlyArray<EventRef>; readonly removed: ReadonlyArray<EventRef> }
}

const sameList = (a: ReadonlyArray<string> | null, b: ReadonlyArray<string> | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]))

/** Column changes of one table kept under the same name. */
const tableChanges = (before: ManifestTable, after: ManifestTable): Array<SchemaChange> => {
  const changes: Array<SchemaChange> = []
  const add = (level: Level, column: string | null, change: string) => changes.push({ level, table: after.name, column, change })
  const now = new Map(after.columns.map((c, i) => [c.name, { c, i }]))
  const was = new Set(before.columns.map((c) => c.name))
  before.columns.forEach((old, i) => {
    const found = now.get(old.name)
    if (!found) return add("major", old.name, "column removed or renamed")
    const { c, i: j } = found
    if (j !== i) add("major", old.name, `column moved from position ${i + 1} to ${j + 1}`)
    if (c.type !== old.type) add("major", old.name, `type ${old.type} → ${c.type}`)
    if (c.nullable !== old.nullable) add("major", old.name, c.nullable ? "may now be null" : "is no longer null")
    if (old.enum !== null && c.enum === null) add("minor", old.name, "no longer an enum")
    if (old.enum === null && c.enum !== null) add("major", old.name, `restricted to ${c.enum.join(", ")}`)
    if (old.enum !== null && c.enum !== null && !sameList(old.enum, c.enum)) {
      const lost = old.enum.filter((v) => !c.enum!.includes(v))
      const gained = c.enum.filter((v) => !old.enum!.includes(v))
      if (lost.length > 0) add("major", old.name, `enum values removed: ${lost.join(", ")}`)
      if (gained.length > 0) add("minor", old.name, `enum values added: ${gained.join(", ")}`)
    }
  })
  after.columns.forEach((c, j) => {
    if (was.has(c.name)) return
    // A column added after every existing one leaves the others where they were; one put in between moves them.
    if (j >= before.columns.length) add("minor", c.name, "column added")
    else add("major", c.name, `column inserted at position ${j + 1}`)
  })
  return changes
}

export const schemaChanges = (before: ManifestSchema, after: ManifestSchema): ReadonlyArray<SchemaChange> => {
  if (before.fingerprint === after.fingerprint) return []
  const now = new Map(after.tables.map((t) => [t.name, t]))
  const was = new Set(before.tables.map((t) => t.name))
  return [
    ...before.tables.flatMap((t) => {
      const next = now.get(t.name)
      return next ? tableChanges(t, next) : [{ level: "major" as const, table: t.name, column: null, change: "table removed or renamed" }]
    }),
    ...after.tables.filter((t) => !was.has(t.name)).map((t) => ({ level: "minor" as const, table: t.name, column: null, change: "table added" }))
  ]
}

const rank: Record<Level, number> = { patch: 1, minor: 2, major: 3 }

/** The next version after `previous` for a change of `level`. */
export const bump = (previous: string, level: Level | null): string => {
  const [major, minor, patch] = previous.split(".").map(Number) as [number, number, number]
  switch (level) {
    case null:
      return previous
    case "major":
      return `${major + 1}.0.0`
    case "minor":
      return `${major}.${minor + 1}.0`
    case "patch":
      return `${major}.${minor}.${patch + 1}`
  }
}

const ref = (e: ManifestEvent): EventRef => ({ event_id: e.event_id, event_type: e.event_type })

const byId = <A extends { readonly event_id: string }>(xs: ReadonlyArray<A>) => new Map(xs.map((x) => [x.event_id, x]))

/**
 * Compares this build with the previous release. Without one, this is the first release: every event and
 * source is added, the version is 1.0.0.
 */
export const compare = (previous: Snapshot | null, next: Omit<Snapshot, "version">): Changes => {
  const prevEvents = byId(previous?.events ?? [])
  const nextEvents = byId(next.events)
  const prevSources = new Map((previous?.sources ?? []).map((s) => [s.source_id, s.sha256]))
  const nextSources = new Set(next.sources.map((s) => s.source_id))
  const events = {
    added: next.events.filter((e) => !prevEvents.has(e.event_id)).map(ref),
    changed: next.events.filter((e) => {
      const old = prevEvents.get(e.event_id)
      return old !== undefined && old.sha256 !== e.sha256
    }).map(ref),
    removed: (previous?.events ?? []).filter((e) => !nextEvents.has(e.event_id)).map(ref)
  }
  const sources = {
    added: next.sources.filter((s) => !prevSources.has(s.source_id)).map((s) => s.source_id),
    removed: (previous?.sources ?? []).filter((s) => !nextSources.has(s.source_id)).map((s) => s.source_id),
    changed: next.sources.filter((s) => prevSources.has(s.source_id) && prevSources.get(s.source_id) !== s.sha256).map((s) => s.source_id)
  }
  if (previous === null) {
    return { version: FIRST_VERSION, previous_version: null, level: null, schema: [], sources, events }
  }
  const schema = schemaChanges(previous.schema, next.schema)
  const levels: Array<Level> = [
    ...schema.map((c) => c.level),
    ...(events.added.length > 0 || sources.added.length > 0 ? ["minor" as const] : []),
    ...(events.changed.length > 0 || events.removed.length > 0 || sources.removed.length > 0 || sources.changed.length > 0
      ? ["patch" as const]
      : [])
  ]
  const level = levels.reduce<Level | null>((top, l) => (top === null || rank[l] > rank[top] ? l : top), null)
  return { version: bump(previous.version, level), previous_version: previous.version, level, schema, sources, events }
}

const decodeManifest = Schema.decodeUnknownEither(Schema.parseJson(Manifest))

/** Reads the previous release's manifest.json. */
export const readPrevious = (path: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const text = yield* fs.readFileString(path).pipe(
      Effect.mapError((e) => new InvalidPreviousManifest(at(path, null, `cannot read the previous manifest: ${e.message}`)))
    )
    return yield* decodeManifest(text).pipe(
      Effect.mapError((e) =>
        new InvalidPreviousManifest(at(path, null, `is not the manifest.json of a release: ${e.message.split("\n")[0] ?? ""}`))
      )
    )
  })
