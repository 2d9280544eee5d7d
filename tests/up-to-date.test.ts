import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect } from "effect"
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { silent } from "../pipeline/progress.ts"
import { buildUnlessUpToDate } from "../pipeline/up-to-date.ts"
import { DEV, devSourceIds, snapshot, tempDir } from "./helpers.ts"

const run = (raw: string, out: string, epoch = "1767225600", extra: { cache?: boolean; previous?: string } = {}) =>
  Effect.runPromise(
    buildUnlessUpToDate({ rawDir: raw, outDir: out, ...extra }).pipe(
      Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["SOURCE_DATE_EPOCH", epoch]]))),
      Effect.provide(NodeContext.layer),
      Effect.provide(silent)
    )
  )

/** Three dev documents in a fresh folder, with an output folder beside them. */
const setup = () => {
  const dir = tempDir()
  const raw = join(dir, "raw")
  mkdirSync(raw)
  for (const id of devSourceIds().slice(0, 3)) copyFileSync(join(DEV, "raw", `${id}.md`), join(raw, `${id}.md`))
  return { raw, out: join(dir, "dist") }
}

const mtimes = (dir: string) => Object.fromEntries(readdirSync(dir).map((n) => [n, statSync(join(dir, n)).mtimeMs]))

describe("a rebuild with nothing changed", () => {
  it("stops after hashing the inputs and leaves the output as it is", async () => {
    const { out, raw } = setup()
    const first = await run(raw, out)
    expect(first._tag).toBe("Built")
    const before = { bytes: snapshot(out), times: mtimes(out) }
    const second = await run(raw, out)
    expect(second._tag).toBe("UpToDate")
    expect(second.summary).toEqual(first.summary)
    expect(second.summary.events).toBeGreaterThan(0)
    expect(mtimes(out)).toEqual(before.times)
    expect(snapshot(out)).toEqual(before.bytes)
  }, 120_000)

  it("builds again when a new raw file, a review log, the release date or the previous manifest changes", async () => {
    const { out, raw } = setup()
    await run(raw, out)
    const previous = join(tempDir(), "manifest.json")
    copyFileSync(join(out, "manifest.json"), previous)
    // raw/ is append-only: a new source, not an edited one.
    const added = devSourceIds()[3]!
    copyFileSync(join(DEV, "raw", `${added}.md`), join(raw, `${added}.md`))
    expect((await run(raw, out))._tag).toBe("Built")
    expect((await run(raw, out))._tag).toBe("UpToDate")
    mkdirSync(join(raw, "reviews"))
    writeFileSync(join(raw, "reviews", "2026-11.jsonl"), "")
    expect((await run(raw, out))._tag).toBe("Built")
    expect((await run(raw, out, "1767312000"))._tag).toBe("Built")
    expect((await run(raw, out, "1767312000", { previous }))._tag).toBe("Built")
    expect((await run(raw, out, "1767312000", { previous }))._tag).toBe("UpToDate")
  }, 240_000)

  it("builds again when the output was edited, touched or removed, and puts back the same bytes", async () => {
    const { out, raw } = setup()
    await run(raw, out)
    const clean = snapshot(out)
    writeFileSync(join(out, "README.md"), "edited by hand\n")
    expect((await run(raw, out))._tag).toBe("Built")
    expect(snapshot(out)).toEqual(clean)
    utimesSync(join(out, "events.csv"), new Date(2001, 0, 1), new Date(2001, 0, 1))
    expect((await run(raw, out))._tag).toBe("Built")
    rmSync(join(out, "events.json"))
    expect((await run(raw, out))._tag).toBe("Built")
    expect(snapshot(out)).toEqual(clean)
    rmSync(out, { recursive: true })
    expect((await run(raw, out))._tag).toBe("Built")
    expect(snapshot(out)).toEqual(clean)
  }, 240_000)

  it("always builds without the cache", async () => {
    const { out, raw } = setup()
    await run(raw, out)
    expect((await run(raw, out, "1767225600", { cache: false }))._tag).toBe("Built")
  }, 120_000)
})
