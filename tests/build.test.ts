import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Ajv } from "ajv"
import formats from "ajv-formats"
import { Effect } from "effect"
import { execFileSync, spawnSync } from "node:child_process"
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "../pipeline/build.ts"
import { silent } from "../pipeline/progress.ts"
import { DEV, REPO_RAW, snapshot, tempDir } from "./helpers.ts"

const run = (rawDir: string, outDir: string) =>
  build({ rawDir, outDir }).pipe(Effect.provide(NodeContext.layer), Effect.provide(silent))

describe("build", () => {
  it.effect("builds the dev corpus into the output files, byte-identical on a second build", () =>
    Effect.gen(function*() {
      const a = join(tempDir(), "dist")
      const b = join(tempDir(), "dist")
      const { dataset } = yield* run(join(DEV, "raw"), a)
      yield* run(join(DEV, "raw"), b)
      expect(dataset.sources).toHaveLength(20)
      expect(snapshot(a)).toEqual(snapshot(b))
      for (const f of ["events.json", "events.schema.json", "events.csv", "crossings.csv", "detentions.csv", "rulings.csv", "statements.csv", "sources.csv", "manifest.json", "SHA256SUMS"]) {
        expect(existsSync(join(a, f))).toBe(true)
      }
    }))

  it.effect("writes events.json valid against its generated JSON Schema, and CSVs with a BOM and header", () =>
    Effect.gen(function*() {
      const out = join(tempDir(), "dist")
      const { dataset } = yield* run(join(DEV, "raw"), out)
      const ajv = new Ajv({ allErrors: true, strict: false })
      formats.default(ajv)
      const validate = ajv.compile(JSON.parse(readFileSync(join(out, "events.schema.json"), "utf8")))
      const events = JSON.parse(readFileSync(join(out, "events.json"), "utf8"))
      expect(validate(events), JSON.stringify(validate.errors)).toBe(true)
      expect(events).toHaveLength(dataset.events.length)
      const sources = readFileSync(join(out, "sources.csv"), "utf8")
      expect(sources.startsWith("\uFEFFsource_id,title,url,publisher,published,language,license,retrieved,sha256,event_count")).toBe(true)
      expect(sources.split("\r\n").filter((l) => l !== "")).toHaveLength(21)
    }))

  it.effect("records every file's sha256, bytes and rows in the manifest, and every raw file's hash", () =>
    Effect.gen(function*() {
      const out = join(tempDir(), "dist")
      yield* run(join(DEV, "raw"), out)
      const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"))
      expect(manifest.sources).toHaveLength(20)
      for (const f of manifest.files) {
        const bytes = readFileSync(join(out, f.path))
        expect(bytes.length).toBe(f.bytes)
      }
      const sums = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: out, encoding: "utf8" })
      expect(sums.split("\n").filter((l) => l.endsWith(": OK")).length).toBe(readdirSync(out).length - 1)
      expect(manifest.files.find((f: { path: string }) => f.path === "sources.csv").rows).toBe(20)
    }))

  it.effect("leaves the previous output untouched when a build fails", () =>
    Effect.gen(function*() {
      const raw = tempDir()
      cpSync(REPO_RAW, raw, { recursive: true })
      const out = join(tempDir(), "dist")
      yield* run(raw, out)
      const before = snapshot(out)
      writeFileSync(join(raw, "broken.md"), "no front matter\n")
      const error = yield* run(raw, out).pipe(Effect.flip)
      expect(error._tag).toBe("InvalidSources")
      expect(snapshot(out)).toEqual(before)
      expect(readdirSync(join(out, "..")).filter((n) => n.startsWith(".dist"))).toEqual([])
    }))
})

describe("command line", () => {
  const cli = (...args: Array<string>) =>
    spawnSync("npx", ["tsx", "pipeline/main.ts", ...args], { encoding: "utf8", env: { ...process.env, CI: "true" } })

  it("builds a folder into another and is quiet but for its summary", () => {
    const out = join(tempDir(), "x")
    const r = cli("build", "--raw", join(DEV, "raw"), "--out", out)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/20 sources/)
    expect(r.stderr).toBe("")
    expect(existsSync(join(out, "events.json"))).toBe(true)
  })

  it("exits non-zero and names the file and line of bad input", () => {
    const raw = tempDir()
    writeFileSync(join(raw, "bad.md"), "---\ntitle: T\n---\nBody.\n")
    const r = cli("build", "--raw", raw, "--out", join(tempDir(), "x"))
    expect(r.status).not.toBe(0)
    expect(r.stderr).toContain("bad.md:3")
    expect(r.stderr).toContain("retrieved")
  })

  it("explains itself with --help", () => {
    const r = cli("build", "--help")
    expect(r.status).toBe(0)
    expect(r.stdout).toContain("--raw")
    expect(r.stdout).toContain("--out")
  })
})
