import { NodeContext } from "@effect/platform-node"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { renderChangelog } from "../pipeline/changelog.ts"
import { type Dataset, project } from "../pipeline/project.ts"
import type { ReleaseOptions } from "../pipeline/release.ts"
import { bump, compare, readPrevious, schemaChanges } from "../pipeline/version.ts"
import { Manifest, type ManifestSchema } from "../schemas/manifest.ts"
import { tempDir } from "./helpers.ts"
import { releaseInMemory as release } from "./memory-staging.ts"
import { allEvents, alpha, baseDataset, beta, crossing, datasetOf, gamma, ruling } from "./release-data.ts"

const base: ReleaseOptions = { previous: null, created: new Date("2026-11-24T00:00:00Z"), citation: "cff-version: 1.2.0\n" }

const manifestOf = (r: ReturnType<typeof release>): Manifest =>
  Schema.decodeUnknownSync(Manifest)(JSON.parse(new TextDecoder().decode(r.files.find((f) => f.path === "manifest.json")!.content)))

const fileText = (r: ReturnType<typeof release>, path: string) =>
  new TextDecoder().decode(r.files.find((f) => f.path === path)!.content)

/** Releases `dataset` after a release of `before`. */
const after = (before: Dataset, dataset: Dataset, edit: (m: Manifest) => Manifest = (m) => m) => {
  const previous = edit(manifestOf(release(before, project(before), base)))
  return release(dataset, project(dataset), { ...base, previous, created: new Date("2026-12-01T00:00:00Z") })
}

/** A previous schema edited in one table, with its fingerprint changed as a real edit would. */
const editSchema = (m: Manifest, table: string, edit: (t: ManifestSchema["tables"][number]) => ManifestSchema["tables"][number]): Manifest => ({
  ...m,
  schema: {
    fingerprint: "0".repeat(64),
    tables: m.schema.tables.map((t) => (t.name === table ? edit(t) : t))
  }
})

describe("version", () => {
  it("bumps semantic versions", () => {
    assert.strictEqual(bump("1.4.2", "major"), "2.0.0")
    assert.strictEqual(bump("1.4.2", "minor"), "1.5.0")
    assert.strictEqual(bump("1.4.2", "patch"), "1.4.3")
    assert.strictEqual(bump("1.4.2", null), "1.4.2")
  })

  it("makes the first release 1.0.0 with every event and source added", () => {
    const r = release(baseDataset(), project(baseDataset()), base)
    assert.strictEqual(r.version, "1.0.0")
    assert.isNull(r.changes.previous_version)
    assert.strictEqual(r.changes.events.added.length, allEvents.length)
    assert.deepStrictEqual(r.changes.sources.added, ["alpha-news-2021", "beta-court-2023"])
    assert.include(fileText(r, "CHANGELOG.md"), "First release.")
    assert.strictEqual(JSON.parse(fileText(r, "changes.json")).level, "initial")
  })

  it("same inputs: the same version and an empty changelog", () => {
    const r = after(baseDataset(), baseDataset())
    assert.strictEqual(r.version, "1.0.0")
    assert.isNull(r.changes.level)
    assert.deepStrictEqual(r.changes.events, { added: [], changed: [], removed: [] })
    assert.deepStrictEqual(r.changes.sources, { added: [], removed: [], changed: [] })
    assert.deepStrictEqual(r.changes.schema, [])
    assert.strictEqual(fileText(r, "CHANGELOG.md"), "# Changelog\n\n## 1.0.0 (2026-12-01)\n\nNo changes since 1.0.0.\n")
    const json = JSON.parse(fileText(r, "changes.json"))
    assert.strictEqual(json.level, "none")
    assert.deepStrictEqual(json.events.added, { count: 0, by_type: { crossing: [], detention: [], ruling: [], statement: [] } })
  })

  it("a new source: minor", () => {
    const r = after(baseDataset(), datasetOf([alpha, beta, gamma], allEvents))
    assert.strictEqual(r.version, "1.1.0")
    assert.strictEqual(r.changes.level, "minor")
    assert.deepStrictEqual(r.changes.sources.added, ["gamma-new-source"])
    assert.include(fileText(r, "CHANGELOG.md"), "### Sources added (1)\n\n- `gamma-new-source`")
  })

  it("new events: minor, listed by type with their ids", () => {
    const extra = { ...ruling, event_id: "ruling-aaaaaaaaaaaa", evidence_start: 1 } as const
    const r = after(baseDataset(), datasetOf([alpha, beta], [...allEvents, extra]))
    assert.strictEqual(r.version, "1.1.0")
    assert.deepStrictEqual(r.changes.events.added, [{ event_id: "ruling-aaaaaaaaaaaa", event_type: "ruling" }])
    assert.include(fileText(r, "CHANGELOG.md"), "### Events added (1)\n\n- ruling (1): `ruling-aaaaaaaaaaaa`")
    assert.deepStrictEqual(JSON.parse(fileText(r, "changes.json")).events.added.by_type.ruling, ["ruling-aaaaaaaaaaaa"])
  })

  it("a changed extraction of an existing event: patch", () => {
    const changed = { ...crossing, location: "Medininkai checkpoint", confidence: 0.9 }
    const r = after(baseDataset(), datasetOf([alpha, beta], allEvents.map((e) => (e.event_id === crossing.event_id ? changed : e))))
    assert.strictEqual(r.version, "1.0.1")
    assert.strictEqual(r.changes.level, "patch")
    assert.deepStrictEqual(r.changes.events.changed, [{ event_id: crossing.event_id, event_type: "crossing" }])
    assert.include(fileText(r, "CHANGELOG.md"), "### Events changed (1)\n\n- crossing (1): `crossing-0123456789ab`")
  })

  it("an event that leaves: patch", () => {
    const r = after(baseDataset(), datasetOf([alpha, beta], allEvents.filter((e) => e.event_id !== ruling.event_id)))
    assert.strictEqual(r.version, "1.0.1")
    assert.deepStrictEqual(r.changes.events.removed, [{ event_id: ruling.event_id, event_type: "ruling" }])
  })

  it("a removed column: major", () => {
    const r = after(baseDataset(), baseDataset(), (m) =>
      editSchema(m, "crossings", (t) => ({ ...t, columns: [...t.columns, { name: "legacy", type: "string", nullable: true, enum: null }] })))
    assert.strictEqual(r.version, "2.0.0")
    assert.deepStrictEqual(r.changes.schema, [{ level: "major", table: "crossings", column: "legacy", change: "column removed or renamed" }])
    assert.include(fileText(r, "CHANGELOG.md"), "- major: `crossings.legacy` column removed or renamed")
  })

  it("major wins over minor and patch in the same release", () => {
    const r = after(baseDataset(), datasetOf([alpha, beta, gamma], allEvents.slice(1)), (m) =>
      editSchema(m, "events", (t) => ({ ...t, columns: [...t.columns, { name: "legacy", type: "string", nullable: true, enum: null }] })))
    assert.strictEqual(r.changes.level, "major")
    assert.strictEqual(r.version, "2.0.0")
    assert.deepStrictEqual([r.changes.sources.added.length, r.changes.events.removed.length], [1, 1])
  })
})

describe("schema changes", () => {
  const current = manifestOf(release(baseDataset(), project(baseDataset()), base)).schema
  const edit = (table: string, f: (t: ManifestSchema["tables"][number]) => ManifestSchema["tables"][number]) =>
    editSchema({ schema: current } as Manifest, table, f).schema

  it("none when the fingerprints agree", () => {
    assert.deepStrictEqual(schemaChanges(current, current), [])
  })

  it("an enum that loses a value is major; one that gains a value is minor", () => {
    const withExtra = edit("rulings", (t) => ({
      ...t,
      columns: t.columns.map((c) => (c.name === "outcome" ? { ...c, enum: [...c.enum!, "struck_out"] } : c))
    }))
    assert.deepStrictEqual(schemaChanges(withExtra, current), [
      { level: "major", table: "rulings", column: "outcome", change: "enum values removed: struck_out" }
    ])
    assert.deepStrictEqual(schemaChanges(current, withExtra), [
      { level: "minor", table: "rulings", column: "outcome", change: "enum values added: struck_out" }
    ])
  })

  it("a retyped column or one that becomes nullable is major", () => {
    const retyped = edit("sources", (t) => ({ ...t, columns: t.columns.map((c) => (c.name === "event_count" ? { ...c, type: "string" } : c)) }))
    assert.deepStrictEqual(schemaChanges(retyped, current).map((c) => c.level), ["major"])
    const nullable = edit("sources", (t) => ({ ...t, columns: t.columns.map((c) => (c.name === "title" ? { ...c, nullable: true } : c)) }))
    assert.deepStrictEqual(schemaChanges(current, nullable), [{ level: "major", table: "sources", column: "title", change: "may now be null" }])
  })

  it("a reordered column is major; a column added at the end is minor; a new table is minor; a lost table major", () => {
    const swapped = edit("sources", (t) => ({ ...t, columns: [t.columns[1]!, t.columns[0]!, ...t.columns.slice(2)] }))
    assert.deepStrictEqual(schemaChanges(current, swapped).map((c) => c.level), ["major", "major"])
    const appended = edit("sources", (t) => ({ ...t, columns: [...t.columns, { name: "notes", type: "string", nullable: true, enum: null }] }))
    assert.deepStrictEqual(schemaChanges(current, appended), [{ level: "minor", table: "sources", column: "notes", change: "column added" }])
    const more = { fingerprint: "1".repeat(64), tables: [...current.tables, { name: "annotations", columns: [] }] }
    assert.deepStrictEqual(schemaChanges(current, more), [{ level: "minor", table: "annotations", column: null, change: "table added" }])
    assert.deepStrictEqual(schemaChanges(more, current), [{ level: "major", table: "annotations", column: null, change: "table removed or renamed" }])
  })

  it("compare needs only the manifests: the previous one's files are not read", () => {
    const m = manifestOf(release(baseDataset(), project(baseDataset()), base))
    const changes = compare({ ...m, version: "3.2.1" }, { schema: m.schema, sources: m.sources, events: m.events.slice(1) })
    assert.strictEqual(changes.version, "3.2.2")
  })
})

describe("previous manifest", () => {
  const read = (path: string) => readPrevious(path).pipe(Effect.provide(NodeContext.layer), Effect.either)

  it.effect("reads a release's manifest.json", () =>
    Effect.gen(function*() {
      const r = release(baseDataset(), project(baseDataset()), base)
      const path = join(tempDir(), "manifest.json")
      writeFileSync(path, r.files.find((f) => f.path === "manifest.json")!.content)
      const m = yield* read(path)
      assert.isTrue(Either.isRight(m))
      if (Either.isRight(m)) assert.strictEqual(m.right.version, "1.0.0")
    }))

  it.effect("refuses a file that is not a release manifest, or is missing, with InvalidPreviousManifest", () =>
    Effect.gen(function*() {
      const path = join(tempDir(), "manifest.json")
      writeFileSync(path, JSON.stringify({ name: "border-events", files: [] }))
      for (const p of [path, join(tempDir(), "missing.json")]) {
        const m = yield* read(p)
        assert.isTrue(Either.isLeft(m))
        if (Either.isLeft(m)) {
          assert.strictEqual(m.left._tag, "InvalidPreviousManifest")
          assert.strictEqual(m.left.path, p)
        }
      }
    }))
})

describe("changelog", () => {
  it("lists sources removed and events by type in type order", () => {
    const r = after(datasetOf([alpha, beta, gamma], allEvents), datasetOf([alpha, beta], []))
    const md = renderChangelog(r.changes, "2026-12-01")
    assert.include(md, "A patch release after 1.0.0.")
    assert.include(md, "### Sources removed (1)\n\n- `gamma-new-source`")
    assert.include(md, "### Events removed (5)\n\n- crossing (1): `crossing-0123456789ab`\n- detention (2): ")
    assert.isBelow(md.indexOf("- ruling (1)"), md.indexOf("- statement (1)"))
  })
})
