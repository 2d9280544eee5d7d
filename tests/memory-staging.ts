// A test double of the release's staging folder: files kept in memory and read back in small chunks (a real
// folder reads 64 KiB at a time), so the zip's independence from how its inputs are read is exercised too.
import { Effect, Sink, Stream } from "effect"
import type { Dataset, Table } from "../pipeline/project.ts"
import { release, type ReleaseOptions } from "../pipeline/release.ts"
import type { Staging } from "../pipeline/write.ts"

export interface StagedFile {
  readonly path: string
  readonly content: Uint8Array
  readonly rows: number | null
}

export const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** The bytes in pieces of `size`. */
export const pieces = (bytes: Uint8Array, size: number): Array<Uint8Array> =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size))

export const memoryStaging = (readSize = 5000) => {
  const files = new Map<string, Uint8Array>()
  const staging: Staging = {
    sink: (path) =>
      Sink.foldLeftChunks<Array<Uint8Array>, Uint8Array>([], (parts, chunk) => (parts.push(...chunk), parts)).pipe(
        Sink.map((parts) => void files.set(path, concat(parts)))
      ),
    read: (path) => Stream.suspend(() => Stream.fromIterable(pieces(files.get(path)!, readSize)))
  }
  return { staging, files }
}

/** A release written into memory: what `release` reports, with each file's bytes. */
export const releaseInMemory = (dataset: Dataset, tables: ReadonlyArray<Table>, options: ReleaseOptions) => {
  const { files, staging } = memoryStaging()
  const r = Effect.runSync(release(dataset, tables, options, staging))
  return { ...r, files: r.files.map((f): StagedFile => ({ path: f.path, rows: f.rows, content: files.get(f.path)! })) }
}
