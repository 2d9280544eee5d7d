// Shared test helpers: temporary folders and raw files on disk, read through the real stages.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Either } from "effect"
import { parseSource, type Source } from "../pipeline/ingest.ts"
import { segment, type Segmented } from "../pipeline/segment.ts"

export const DEV = new URL("../../shared/corpus/dev/", import.meta.url).pathname
export const REPO_RAW = new URL("../raw/", import.meta.url).pathname

export const tempDir = (prefix = "be-test-"): string => mkdtempSync(join(tmpdir(), prefix))

/** Writes files (name → text or bytes) into a new folder and returns its path. */
export const rawFolder = (files: Readonly<Record<string, string | Uint8Array>>): string => {
  const dir = tempDir("be-raw-")
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

export const frontMatter = (extra = "") => `---\ntitle: A test source\nretrieved: 2026-11-24\n${extra}---\n`

/** A source parsed from text, as ingest would. */
export const sourceOf = (body: string, sourceId = "test-source", extra = "published: 2021-08-04\n"): Source => {
  const parsed = parseSource(`${sourceId}.md`, new TextEncoder().encode(frontMatter(extra) + body))
  if (Either.isLeft(parsed)) throw new Error(parsed.left.map((p) => p.message).join("\n"))
  return parsed.right
}

/** A dev-corpus document, read and segmented through the real stages. */
export const devDoc = (sourceId: string): Segmented => {
  const path = join(DEV, "raw", `${sourceId}.md`)
  const parsed = parseSource(path, readFileSync(path))
  if (Either.isLeft(parsed)) throw new Error(parsed.left.map((p) => p.message).join("\n"))
  return segment(parsed.right)
}

export const devSourceIds = (): Array<string> =>
  readdirSync(join(DEV, "raw")).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort()

/** Every file of a folder with its bytes, for byte-for-byte comparison. */
export const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .sort()
    .map((p) => [p.slice(dir.length), readFileSync(p).toString("base64")]))
