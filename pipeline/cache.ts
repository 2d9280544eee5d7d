// cache: per-source extraction results kept between builds, so that a rebuild re-extracts only the raw files
// that changed. Takes: a source's id, the sha256 of its raw bytes and the version of the extraction code.
// Produces: the source's metadata and events exactly as extract-source.ts made them, or nothing.
//
// Layout: `<root>/extract/<version>/<2 hex>/<key>.json`, where `<root>` is `.cache/border-events/` in the
// output's parent folder (git-ignored) and `<version>` hashes EXTRACTOR_VERSION with the text of every module
// the per-source stages import (a change to any of them may change the output, bumped version or not), the
// lock file (chrono-node, yaml, effect …) and Node's ICU and Unicode versions (Intl.Segmenter splits sentences).
// An entry is trusted only when its header names the same version, source and sha256 and its payload has the
// digest the header records; anything else (truncated, edited, from another version) is a miss and is rewritten.
import { FileSystem, Path } from "@effect/platform"
import { Effect, Option } from "effect"
import { fileURLToPath } from "node:url"
import type { Event } from "../schemas/events.ts"
import type { Extraction, SourceInfo } from "./extract-source.ts"
import { EXTRACTOR_VERSION } from "./extract.ts"
import { sha256 } from "./ingest.ts"

/** Bumped when the entry format changes. */
export const CACHE_FORMAT = 1

/** The cache of a build that writes to `outDir`: beside it, in its parent folder, so that the output swap leaves it alone. */
export const cacheRootFor = (outDir: string) =>
  Effect.map(Path.Path, (path) => path.join(path.dirname(path.resolve(outDir)), ".cache", "border-events"))

// ---- the version of the extraction code ---------------------------------------------------------------------

const relativeImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g

/** The relative modules a module's text imports or re-exports (type imports too: a type can change a result). */
export const importsOf = (text: string): ReadonlyArray<string> => [...text.matchAll(relativeImport)].map((m) => m[1]!)

const entryModule = fileURLToPath(new URL("./extract-source.ts", import.meta.url))
const lockFile = fileURLToPath(new URL("../package-lock.json", import.meta.url))

/**
 * A hash of the modules reachable from `entry` by relative imports (in path order), the lock file (chrono-node,
 * yaml, effect …) and the runtime's ICU and Unicode versions (Intl.Segmenter splits sentences), after `parts`.
 * Reading ~40 small files costs about a millisecond.
 */
export const moduleTreeVersion = (entry: string, parts: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const texts = new Map<string, string>()
    const pending = [entry]
    while (pending.length > 0) {
      const file = pending.pop()!
      if (texts.has(file)) continue
      // A path that is not a module (say, in a comment) still counts, as missing.
      const text = yield* fs.readFileString(file).pipe(Effect.orElseSucceed(() => "(missing)"))
      texts.set(file, text)
      for (const spec of importsOf(text)) pending.push(path.resolve(path.dirname(file), spec))
    }
    const lock = yield* fs.readFileString(lockFile).pipe(Effect.option)
    const root = path.dirname(path.dirname(entryModule))
    return sha256([
      ...parts,
      `icu ${process.versions.icu ?? ""} unicode ${process.versions.unicode ?? ""}`,
      `lock ${Option.match(lock, { onNone: () => "none", onSome: sha256 })}`,
      ...[...texts].map(([file, text]) => `${path.relative(root, file)} ${sha256(text)}`).sort()
    ].join("\n")).slice(0, 16)
  })

/** The version of the extraction code: EXTRACTOR_VERSION, the cache format and the per-source stages' modules. */
export const codeVersion = moduleTreeVersion(entryModule, [`format ${CACHE_FORMAT}`, `extractor ${EXTRACTOR_VERSION}`])

// ---- entries ------------------------------------------------------------------------------------------------

/** File name of an entry: the version, the source id (the file name gives events their ids) and the raw bytes' hash. */
export const entryKey = (version: string, sourceId: string, rawSha256: string): string =>
  sha256(`${version}\n${sourceId}\n${rawSha256}`)

interface Header {
  readonly format: number
  readonly version: string
  readonly source_id: string
  readonly sha256: string
  readonly digest: string
}

/** Two lines: a header, and the payload whose sha256 the header records. */
export const encodeEntry = (version: string, extraction: Extraction): string => {
  const payload = JSON.stringify(extraction)
  const header: Header = {
    format: CACHE_FORMAT,
    version,
    source_id: extraction.source.sourceId,
    sha256: extraction.source.sha256,
    digest: sha256(payload)
  }
  return `${JSON.stringify(header)}\n${payload}\n`
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** The extraction an entry holds, or null when it is not exactly the entry expected. Never throws. */
export const decodeEntry = (
  text: string,
  expected: { readonly version: string; readonly sourceId: string; readonly sha256: string }
): Extraction | null => {
  const newline = text.indexOf("\n")
  if (newline < 0 || !text.endsWith("\n")) return null
  const payload = text.slice(newline + 1, -1)
  try {
    const header: unknown = JSON.parse(text.slice(0, newline))
    if (
      !isRecord(header) || header.format !== CACHE_FORMAT || header.version !== expected.version ||
      header.source_id !== expected.sourceId || header.sha256 !== expected.sha256 || header.digest !== sha256(payload)
    ) return null
    const body: unknown = JSON.parse(payload)
    if (!isRecord(body) || !isRecord(body.source) || !Array.isArray(body.events)) return null
    const source = body.source as unknown as SourceInfo
    const events = body.events as ReadonlyArray<Event>
    if (source.sourceId !== expected.sourceId || source.sha256 !== expected.sha256) return null
    if (!events.every((e) => isRecord(e) && e.source_id === expected.sourceId)) return null
    return { source, events }
  } catch {
    return null
  }
}

// ---- the store ----------------------------------------------------------------------------------------------

export interface ExtractionCache {
  readonly version: string
  /** The cached extraction of a source with these raw bytes, or null. */
  readonly read: (sourceId: string, rawSha256: string) => Effect.Effect<Extraction | null>
  /** Stores an extraction; a failure to write only costs a re-extraction next time. */
  readonly write: (extraction: Extraction) => Effect.Effect<void>
  /** Removes the entries of other versions of the extraction code. */
  readonly prune: Effect.Effect<void>
}

/** The cache under `root` for the current extraction code. */
export const openCache = (root: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const version = yield* codeVersion
    const base = path.join(root, "extract")
    const dir = path.join(base, version)
    const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`)
    let written = 0
    return {
      version,
      read: (sourceId, rawSha256) =>
        fs.readFileString(fileOf(entryKey(version, sourceId, rawSha256))).pipe(
          Effect.map((text) => decodeEntry(text, { version, sourceId, sha256: rawSha256 })),
          Effect.orElseSucceed(() => null)
        ),
      write: (extraction) => {
        const file = fileOf(entryKey(version, extraction.source.sourceId, extraction.source.sha256))
        // Written beside and renamed, so a reader never sees half an entry (the digest would refuse it anyway).
        const temp = `${file}.${process.pid}-${written++}.tmp`
        return fs.makeDirectory(path.dirname(file), { recursive: true }).pipe(
          Effect.zipRight(fs.writeFileString(temp, encodeEntry(version, extraction))),
          Effect.zipRight(fs.rename(temp, file)),
          Effect.catchAll(() => fs.remove(temp).pipe(Effect.ignore))
        )
      },
      prune: fs.readDirectory(base).pipe(
        Effect.flatMap((names) =>
          Effect.forEach(names.filter((n) => n !== version), (n) => fs.remove(path.join(base, n), { recursive: true }), { discard: true })
        ),
        Effect.ignore
      )
    } satisfies ExtractionCache
  })
