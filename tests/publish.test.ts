// The publisher against a local stand-in of the GitHub REST API, with the real octokit client: first release,
// a release after a raw change, a run with no change, a 502 and a secondary rate limit, a crash mid-upload and
// the re-run that completes it, an existing tag; plus the pure planning and the settings.
import { NodeContext } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import Bottleneck from "bottleneck"
import { ConfigProvider, Effect, Either, Layer, Option, Redacted } from "effect"
import { execFile } from "node:child_process"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { promisify } from "node:util"
import { afterEach, vi } from "vitest"
import * as GitHub from "../pipeline/github.ts"
import type { Asset } from "../pipeline/github.ts"
import { sha256 } from "../pipeline/ingest.ts"
import * as Progress from "../pipeline/progress.ts"
import { changedDatasetFiles, githubSettings, type LocalFile, planAssets, publish } from "../pipeline/publish.ts"
import { type Standin, type StandinRelease, startStandin } from "./github-standin.ts"
import { DEV, rawFolder, tempDir } from "./helpers.ts"

const EPOCH = "1767225600" // 2026-01-01T00:00:00Z
const TARGET = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
const FIRST = "gov-finland-eastern-border-closure-2023"
const SECOND = "wire-croatia-police-pushback-video-2021"

const devSource = (id: string) => readFileSync(join(DEV, "raw", `${id}.md`))
const rawWith = (...ids: Array<string>) => rawFolder(Object.fromEntries(ids.map((id) => [`${id}.md`, devSource(id)])))
const addSource = (raw: string, id: string) => writeFileSync(join(raw, `${id}.md`), devSource(id))
const outDir = () => join(tempDir("be-publish-"), "dist")

/** No waiting in tests: retries after 5 ms steps, and writes unspaced (GitHub asks for 1 s between writes). */
const fast = {
  retry: { retryAfterBaseValue: 5 },
  throttle: { retryAfterBaseValue: 5, write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) }
}

const standin = Effect.acquireRelease(Effect.promise(() => startStandin()), (s) => Effect.promise(() => s.close()))

const run = (s: Standin, raw: string, out: string, options: { dryRun?: boolean; octokit?: typeof fast } = {}) =>
  publish({ rawDir: raw, outDir: out, dryRun: options.dryRun ?? false, target: TARGET }).pipe(
    Effect.provide(Layer.mergeAll(
      GitHub.layer({
        token: Redacted.make(s.token),
        repository: `${s.owner}/${s.repo}`,
        apiUrl: s.url,
        octokit: options.octokit ?? fast
      }),
      Progress.silent,
      NodeContext.layer
    )),
    Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["SOURCE_DATE_EPOCH", EPOCH]])))
  )

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]))
const assetsOf = (r: StandinRelease) => Object.fromEntries([...r.assets].sort((a, b) => (a.name < b.name ? -1 : 1)).map((a) => [a.name, a.bytes]))
const text = (r: StandinRelease, name: string) => new TextDecoder().decode(r.assets.find((a) => a.name === name)!.bytes)
const uploads = (s: Standin, from = 0) => s.requests.slice(from).filter((q) => q.method === "POST" && q.path.startsWith("/uploads/"))
const release = (s: Standin, tag: string) => s.releases.find((r) => r.tag_name === tag)!

/** Every line the publisher printed, on stdout and stderr. */
const printed = () => {
  const log = vi.spyOn(console, "log")
  const error = vi.spyOn(console, "error")
  return () => [...log.mock.calls, ...error.mock.calls].map((c) => c.map(String).join(" ")).join("\n")
}
afterEach(() => {
  vi.restoreAllMocks()
})

describe("publish against the GitHub stand-in", () => {
  it.scoped("first release: a draft, every file of dist/ uploaded through upload_url, then published as latest", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const out = outDir()
      const outcome = yield* run(s, rawWith(FIRST), out)
      expect(outcome._tag).toBe("Published")
      expect(s.releases).toHaveLength(1)
      const r = release(s, "v1.0.0")
      expect(r.draft).toBe(false)
      expect(s.latestId).toBe(r.id)
      expect(r.target_commitish).toBe(TARGET)
      expect(r.name).toBe("border-events 1.0.0 (2026-01-01)")
      expect(r.body).toContain("First release.")
      expect(r.body).toContain("(Version 1.0.0) [Data set].")
      // Every file of the build, byte for byte, each uploaded once, all complete.
      expect(assetsOf(r)).toEqual(files(out))
      expect(Object.keys(files(out))).toContain("border-events-1.0.0.zip")
      expect(r.assets.every((a) => a.state === "uploaded")).toBe(true)
      expect(uploads(s)).toHaveLength(r.assets.length)
      // Created as a draft, published last.
      const create = s.requests.find((q) => q.method === "POST" && q.path.endsWith("/releases"))!
      expect(create.body).toMatchObject({ tag_name: "v1.0.0", draft: true, target_commitish: TARGET })
      expect(s.writes().at(-1)).toMatchObject({ method: "PATCH", body: { draft: false, make_latest: "true" } })
      expect(s.requests.every((q) => q.authorized || q.path.startsWith("/download/"))).toBe(true)
    }))

  it.scoped("second release after a raw change: minor version, changelog of the change, every asset uploaded", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const raw = rawWith(FIRST)
      const out = outDir()
      yield* run(s, raw, out)
      const v1 = assetsOf(release(s, "v1.0.0"))
      addSource(raw, SECOND)
      const outcome = yield* run(s, raw, out)
      expect(outcome).toMatchObject({ _tag: "Published", tag: "v1.1.0" })
      const r = release(s, "v1.1.0")
      expect(s.latestId).toBe(r.id)
      expect(r.draft).toBe(false)
      expect(assetsOf(r)).toEqual(files(out))
      expect(JSON.parse(text(r, "manifest.json")).version).toBe("1.1.0")
      const changelog = text(r, "CHANGELOG.md")
      expect(changelog).toContain("## 1.1.0 (2026-01-01)")
      expect(changelog).toContain("A minor release after 1.0.0.")
      expect(changelog).toContain(`\`${SECOND}\``)
      expect(changelog).not.toContain(`\`${FIRST}\``)
      const changes = JSON.parse(text(r, "changes.json"))
      expect(changes).toMatchObject({ version: "1.1.0", previous_version: "1.0.0", level: "minor", sources: { added: [SECOND] } })
      expect(r.body).toContain("A minor release after 1.0.0.")
      expect(r.body).toContain(`Sources added: \`${SECOND}\`.`)
      expect(r.body).toContain(`| **all** | ${changes.events.added.count} | 0 | 0 |`)
      expect(r.body).toContain("(Version 1.1.0)")
      // The first release is left as it was.
      expect(assetsOf(release(s, "v1.0.0"))).toEqual(v1)
    }))

  it.scoped("no change: nothing is created or uploaded, and it says so", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const raw = rawWith(FIRST)
      yield* run(s, raw, outDir())
      const writes = s.writes().length
      const output = printed()
      const outcome = yield* run(s, raw, outDir())
      expect(outcome).toMatchObject({ _tag: "Unchanged", latest: "v1.0.0" })
      expect(s.writes()).toHaveLength(writes)
      expect(s.releases).toHaveLength(1)
      expect(output()).toContain("Nothing to publish: the dataset files are byte-identical to the latest release v1.0.0.")
    }))

  it.scoped("a 502 is retried and the upload completes once", () =>
    Effect.gen(function*() {
      const s = yield* standin
      s.failNext({ status: 502, message: "Bad Gateway", match: (m, p) => m === "GET" && p.endsWith("/releases/latest") })
      s.failNext({ status: 502, message: "Bad Gateway", match: (m, p) => m === "POST" && p.startsWith("/uploads/") })
      const out = outDir()
      expect((yield* run(s, rawWith(FIRST), out))._tag).toBe("Published")
      const r = release(s, "v1.0.0")
      expect(assetsOf(r)).toEqual(files(out))
      const first = Object.keys(files(out))[0]!
      expect(uploads(s).filter((q) => q.query.name === first)).toHaveLength(2)
      expect(uploads(s)).toHaveLength(r.assets.length + 1)
      expect(s.requests.filter((q) => q.path.endsWith("/releases/latest"))).toHaveLength(2)
    }))

  it.scoped("an answer lost after the upload landed: the retry meets 422, and the asset is replaced, not doubled", () =>
    Effect.gen(function*() {
      const s = yield* standin
      s.failNext({ status: 502, message: "Bad Gateway", afterHandling: true, match: (m, p) => m === "POST" && p.startsWith("/uploads/") })
      const out = outDir()
      expect((yield* run(s, rawWith(FIRST), out))._tag).toBe("Published")
      const r = release(s, "v1.0.0")
      expect(assetsOf(r)).toEqual(files(out))
      const first = Object.keys(files(out))[0]!
      expect(uploads(s).filter((q) => q.query.name === first)).toHaveLength(3)
      expect(s.writes().filter((q) => q.method === "DELETE")).toHaveLength(1)
    }))

  it.scoped("without digests from GitHub, complete assets are downloaded and compared by sha256", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const raw = rawWith(FIRST)
      const out = outDir()
      yield* run(s, raw, out)
      // As if the run had died just before publishing, on a host that gives no digests.
      const r = release(s, "v1.0.0")
      r.draft = true
      s.latestId = null
      s.digests = false
      const from = s.requests.length
      expect((yield* run(s, raw, out))._tag).toBe("Published")
      const again = s.requests.slice(from)
      expect(again.filter((q) => q.path.startsWith("/download/"))).toHaveLength(r.assets.length)
      expect(again.filter((q) => q.method !== "GET").map((q) => q.method)).toEqual(["PATCH"])
      expect(r.draft).toBe(false)
    }))

  it.scoped("a secondary rate limit is waited out for as long as Retry-After says", () =>
    Effect.gen(function*() {
      const s = yield* standin
      s.failNext({
        status: 403,
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        headers: { "retry-after": "1" },
        match: (m, p) => m === "POST" && p.endsWith("/releases")
      })
      const octokit = { ...fast, throttle: { ...fast.throttle, retryAfterBaseValue: 1000 } }
      expect((yield* run(s, rawWith(FIRST), outDir(), { octokit }))._tag).toBe("Published")
      const creates = s.requests.filter((q) => q.method === "POST" && q.path.endsWith("/releases"))
      expect(creates).toHaveLength(2)
      expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(950)
      expect(s.releases).toHaveLength(1)
    }))

  it.scoped("a crash after two uploads leaves a draft; the re-run completes it without duplicates", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const raw = rawWith(FIRST)
      const out = outDir()
      yield* run(s, raw, out)
      addSource(raw, SECOND)

      s.crashAfterUploads(2)
      const crashed = yield* run(s, raw, out).pipe(Effect.flip)
      expect(crashed).toMatchObject({ _tag: "GitHubFailed", status: null })
      const draft = s.releases.find((r) => r.tag_name === "v1.1.0")!
      expect(draft.draft).toBe(true)
      expect(draft.assets.map((a) => a.state)).toEqual(["uploaded", "uploaded", "open"])
      expect(s.latestId).toBe(release(s, "v1.0.0").id)

      s.recover()
      const from = s.requests.length
      const outcome = yield* run(s, raw, out)
      expect(outcome).toMatchObject({ _tag: "Published", tag: "v1.1.0" })
      const again = s.requests.slice(from)
      expect(again.filter((q) => q.method === "POST" && q.path.endsWith("/releases"))).toHaveLength(0)
      const kept = draft.assets.slice(0, 2).map((a) => a.name)
      const uploaded = uploads(s, from).map((q) => q.query.name)
      for (const name of kept) expect(uploaded).not.toContain(name)
      expect(again.filter((q) => q.method === "DELETE")).toHaveLength(1)
      expect(uploaded).toHaveLength(Object.keys(files(out)).length - 2)
      expect(s.releases.filter((r) => r.tag_name === "v1.1.0")).toHaveLength(1)
      expect(draft.draft).toBe(false)
      expect(s.latestId).toBe(draft.id)
      expect(assetsOf(draft)).toEqual(files(out))
      expect(draft.assets.every((a) => a.state === "uploaded")).toBe(true)
    }))

  it.scoped("an existing published tag with other files is left alone and reported", () =>
    Effect.gen(function*() {
      const s = yield* standin
      s.seedRelease("v1.0.0", { "events.json": new TextEncoder().encode("[]\n") }, { latest: false })
      const error = yield* run(s, rawWith(FIRST), outDir()).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "TagConflict", tag: "v1.0.0", files: ["events.json"] })
      expect(s.writes()).toHaveLength(0)
    }))

  it.scoped("an existing draft of the tag is completed: stale and wrong assets replaced, no second release", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const draft = s.seedRelease("v1.0.0", {
        "events.json": new TextEncoder().encode("[]\n"),
        "notes-from-an-older-build.txt": new TextEncoder().encode("stale")
      }, { draft: true })
      const out = outDir()
      expect((yield* run(s, rawWith(FIRST), out))._tag).toBe("Published")
      expect(s.releases).toHaveLength(1)
      expect(s.writes().filter((q) => q.method === "POST" && q.path.endsWith("/releases"))).toHaveLength(0)
      expect(s.writes().filter((q) => q.method === "DELETE")).toHaveLength(2)
      expect(assetsOf(draft)).toEqual(files(out))
      expect(draft.draft).toBe(false)
      expect(s.latestId).toBe(draft.id)
      // The tag goes on this run's commit, not the one of the run that left the draft.
      expect(draft.target_commitish).toBe(TARGET)
    }))

  it.scoped("a latest release without manifest.json stops the run before anything is built or written", () =>
    Effect.gen(function*() {
      const s = yield* standin
      s.seedRelease("v0.9.0", { "events.csv": new TextEncoder().encode("event_id\r\n") })
      const out = outDir()
      const error = yield* run(s, rawWith(FIRST), out).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "ReleaseWithoutManifest", tag: "v0.9.0" })
      expect(s.writes()).toHaveLength(0)
      expect(existsSync(out)).toBe(false)
    }))

  it.scoped("--dry-run prints the plan and changes nothing, on GitHub or on disk", () =>
    Effect.gen(function*() {
      const s = yield* standin
      const raw = rawWith(FIRST)
      const out = outDir()
      yield* run(s, raw, out)
      const before = files(out)
      const writes = s.writes().length
      addSource(raw, SECOND)
      const output = printed()
      const outcome = yield* run(s, raw, out, { dryRun: true })
      expect(outcome).toMatchObject({ _tag: "Planned", tag: "v1.1.0" })
      expect(s.writes()).toHaveLength(writes)
      expect(files(out)).toEqual(before)
      const plan = output()
      expect(plan).toContain("Dry run (nothing is changed)")
      expect(plan).toContain("latest release: v1.0.0")
      expect(plan).toContain(`release v1.1.0: create a draft "border-events 1.1.0 (2026-01-01)"`)
      expect(plan).toMatch(/upload +border-events-1\.1\.0\.zip/)
      expect(plan).toMatch(/upload +manifest\.json/)
    }))

  it.scoped("the token appears in no error and no output, even when the server echoes it", () =>
    Effect.gen(function*() {
      const s = yield* standin
      for (let i = 0; i < 4; i++) s.failNext({ status: 500, message: `internal error for token ${s.token}` })
      const output = printed()
      const error = yield* run(s, rawWith(FIRST), outDir()).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "GitHubFailed", status: 500, operation: "get latest release" })
      expect(error.message).toContain("internal error for token ***")
      for (const shown of [error.message, String(error), JSON.stringify(error), output()]) expect(shown).not.toContain(s.token)
      expect(s.requests).toHaveLength(4)
    }))

  it("border-events publish --dry-run prints the plan from the command line", async () => {
    const s = await startStandin()
    try {
      const out = outDir()
      const env = {
        ...process.env,
        GITHUB_TOKEN: s.token,
        GITHUB_REPOSITORY: "someone/else",
        GITHUB_API_URL: "http://127.0.0.1:9",
        SOURCE_DATE_EPOCH: EPOCH
      }
      const args = ["tsx", "pipeline/main.ts", "publish", "--raw", rawWith(FIRST), "--out", out, "--dry-run", "--repository", `${s.owner}/${s.repo}`, "--api-url", s.url]
      const { stderr, stdout } = await promisify(execFile)("npx", args, { env, cwd: new URL("..", import.meta.url).pathname })
      expect(stdout).toContain(`Dry run (nothing is changed): publishing to ${s.owner}/${s.repo}`)
      expect(stdout).toContain("latest release: none, so this is the first release")
      expect(stdout).toMatch(/upload +events\.json/)
      expect(`${stdout}${stderr}`).not.toContain(s.token)
      expect(s.writes()).toHaveLength(0)
      expect(existsSync(out)).toBe(false)
    } finally {
      await s.close()
    }
  }, 180_000)
})

const local = (name: string, content: string): LocalFile => {
  const bytes = new TextEncoder().encode(content)
  return { name, content: bytes, sha256: sha256(bytes) }
}
const asset = (id: number, name: string, content: string, extra: Partial<Asset> = {}): Asset => {
  const bytes = new TextEncoder().encode(content)
  return { id, name, size: bytes.length, state: "uploaded", digest: `sha256:${sha256(bytes)}`, ...extra }
}

describe("planAssets", () => {
  const files = [local("a.csv", "a,b\n"), local("b.json", "[]\n"), local("c.md", "# c\n"), local("d.txt", "d\n"), local("e.txt", "e\n")]

  it("keeps complete identical assets, replaces unfinished or different ones, uploads missing ones, removes stale ones", () => {
    const assets = [
      asset(1, "a.csv", "a,b\n"),
      asset(2, "b.json", "[", { state: "open" }),
      asset(3, "c.md", "# changed\n"),
      asset(4, "d.txt", "x\n"),
      asset(5, "old.txt", "old")
    ]
    const plan = planAssets(files, assets, new Map(), false)
    expect(plan.map((a) => [a.kind, a.kind === "remove" ? a.asset.name : a.file.name])).toEqual([
      ["remove", "old.txt"],
      ["skip", "a.csv"],
      ["replace", "b.json"],
      ["replace", "c.md"],
      ["replace", "d.txt"],
      ["upload", "e.txt"]
    ])
    expect(plan.flatMap((a) => (a.kind === "replace" ? [a.reason] : []))).toEqual(["unfinished upload", "size 10 ≠ 4", "checksum differs"])
  })

  it("on a published release, reports different complete assets as conflicts and keeps foreign ones", () => {
    const assets = [asset(1, "a.csv", "a,c\n"), asset(2, "b.json", "[", { state: "open" }), asset(5, "paper.pdf", "%PDF")]
    const plan = planAssets(files.slice(0, 2), assets, new Map(), true)
    expect(plan.map((a) => a.kind)).toEqual(["conflict", "replace"])
  })

  it("without a digest, compares the checksum of the downloaded asset", () => {
    const assets = [asset(1, "a.csv", "a,b\n", { digest: null }), asset(2, "b.json", "{}\n", { digest: null })]
    const downloaded = new Map([[1, sha256(new TextEncoder().encode("a,b\n"))], [2, sha256(new TextEncoder().encode("{}\n"))]])
    expect(planAssets(files.slice(0, 2), assets, downloaded, false).map((a) => a.kind)).toEqual(["skip", "replace"])
  })
})

describe("changedDatasetFiles", () => {
  const manifest = (version: string, files: Record<string, [string, number | null]>) => ({
    version,
    files: Object.entries(files).map(([path, [sum, rows]]) => ({ path, sha256: sum, rows }))
  })
  it("compares tables and schemas only, not the files that carry the version or date", () => {
    const a = manifest("1.0.0", { "events.csv": ["1", 3], "events.schema.json": ["2", null], "CHANGELOG.md": ["3", null], "datapackage.json": ["4", null] })
    const b = manifest("1.1.0", { "events.csv": ["1", 3], "events.schema.json": ["2", null], "CHANGELOG.md": ["x", null], "datapackage.json": ["y", null] })
    expect(changedDatasetFiles(a, b)).toEqual([])
    const c = manifest("1.1.0", { "events.csv": ["9", 4], "events.schema.json": ["2", null], "sources.csv": ["5", 1] })
    expect(changedDatasetFiles(a, c)).toEqual(["events.csv", "sources.csv"])
  })
})

describe("githubSettings", () => {
  const settings = (env: Record<string, string>, flags: { repository?: string; apiUrl?: string; dryRun?: boolean } = {}) =>
    githubSettings({
      repository: Option.fromNullable(flags.repository),
      apiUrl: Option.fromNullable(flags.apiUrl),
      dryRun: flags.dryRun ?? false
    }).pipe(Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))), Effect.either)

  it.effect("reads the environment as Actions sets it, with the public API as the default", () =>
    Effect.gen(function*() {
      const got = Either.getOrThrow(yield* settings({ GITHUB_TOKEN: "ghs_secret", GITHUB_REPOSITORY: "acme/border-events" }))
      expect(got.repository).toBe("acme/border-events")
      expect(got.apiUrl).toBe("https://api.github.com")
      expect(Redacted.value(got.token!)).toBe("ghs_secret")
      expect(String(got.token)).not.toContain("ghs_secret")
      const ghes = Either.getOrThrow(
        yield* settings({ GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "a/b", GITHUB_API_URL: "https://ghe.example/api/v3" })
      )
      expect(ghes.apiUrl).toBe("https://ghe.example/api/v3")
    }))

  it.effect("flags override the environment", () =>
    Effect.gen(function*() {
      const got = Either.getOrThrow(
        yield* settings({ GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "a/b", GITHUB_API_URL: "https://x" }, { repository: "c/d", apiUrl: "http://127.0.0.1:1" })
      )
      expect([got.repository, got.apiUrl]).toEqual(["c/d", "http://127.0.0.1:1"])
    }))

  it.effect("a missing token fails unless it is a dry run; a malformed repository fails", () =>
    Effect.gen(function*() {
      expect(yield* settings({ GITHUB_REPOSITORY: "a/b" })).toMatchObject({ left: { _tag: "MissingSetting", name: "GITHUB_TOKEN" } })
      expect(Either.isRight(yield* settings({ GITHUB_REPOSITORY: "a/b" }, { dryRun: true }))).toBe(true)
      expect(yield* settings({ GITHUB_TOKEN: "t" })).toMatchObject({ left: { _tag: "MissingSetting", name: "GITHUB_REPOSITORY" } })
      expect(yield* settings({ GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "no-slash" })).toMatchObject({
        left: { _tag: "MissingSetting", name: "GITHUB_REPOSITORY" }
      })
    }))
})
