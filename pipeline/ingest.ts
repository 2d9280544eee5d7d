// ingest: raw/*.md → Source (front matter decoded, body normalised to LF and NFC, sha256 of the raw bytes).
// Takes: a folder of raw documents. Produces: sources in source_id order, or every problem of every file.
import { FileSystem, Path } from "@effect/platform"
import { createHash } from "node:crypto"
import { Effect, Either, ParseResult, Schema } from "effect"
import { isMap, LineCounter, parseDocument } from "yaml"
import { FrontMatter, SourceId } from "../schemas/source.ts"
import {
  at,
  EmptyBody,
  InvalidFrontMatter,
  InvalidSourceId,
  InvalidSources,
  InvalidUtf8,
  InvalidYaml,
  MissingFrontMatter,
  NotMarkdown,
  RawDirNotFound,
  type SourceProblem,
  UnterminatedFrontMatter
} from "./errors.ts"
import { type Body, makeBody } from "./offsets.ts"

export interface Source {
  readonly sourceId: string
  readonly path: string
  readonly meta: FrontMatter
  readonly body: Body
  /** Line of the file on which the body starts (1-based). */
  readonly bodyLine: number
  readonly sha256: string
  readonly bytes: number
}

export const sha256 = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex")

const decodeFrontMatter = Schema.decodeUnknownEither(FrontMatter, { errors: "all", onExcessProperty: "error" })
const isSourceId = Schema.is(SourceId)

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** Decodes UTF-8, or says on which line the first invalid byte sequence is. */
const decodeUtf8 = (path: string, bytes: Uint8Array): Either.Either<string, InvalidUtf8> => {
  try {
    return Either.right(utf8.decode(bytes))
  } catch {
    let line = 1
    let start = 0
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, i))
        } catch {
          break
        }
        line++
        start = i + 1
      }
    }
    return Either.left(new InvalidUtf8(at(path, line, "is not valid UTF-8; save the file as UTF-8")))
  }
}

/** Parses one raw file. Pure: the caller reads the bytes. */
export const parseSource = (path: string, bytes: Uint8Array): Either.Either<Source, ReadonlyArray<SourceProblem>> => {
  const file = path.split("/").pop() ?? path
  if (!file.endsWith(".md")) {
    return Either.left([new NotMarkdown(at(path, null, "is not a .md file; raw sources are Markdown files named <source_id>.md"))])
  }
  const sourceId = file.slice(0, -3)
  const problems: Array<SourceProblem> = []
  if (!isSourceId(sourceId)) {
    problems.push(
      new InvalidSourceId(
        at(path, null, `"${sourceId}" is not a valid source_id: use lowercase letters, digits and single hyphens, at most 80 characters`)
      )
    )
  }
  const decoded = decodeUtf8(path, bytes)
  if (Either.isLeft(decoded)) return Either.left([...problems, decoded.left])
  const text = decoded.right.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")
  if (!text.startsWith("---\n")) {
    return Either.left([...problems, new MissingFrontMatter(at(path, 1, "does not start with a front matter block (a line '---')"))])
  }
  const close = text.indexOf("\n---\n", 3)
  const closeAtEnd = close < 0 && text.endsWith("\n---") ? text.length - 4 : close
  if (closeAtEnd < 0) {
    return Either.left([
      ...problems,
      new UnterminatedFrontMatter(at(path, 1, "the front matter opened on line 1 is never closed by a line '---'"))
    ])
  }
  const yamlText = text.slice(4, closeAtEnd + 1)
  const bodyLine = yamlText.split("\n").length + 2
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      // +1 for the opening '---'; an error found at the end of the block is reported on its last line.
      const line = Math.min(lineCounter.linePos(e.pos[0]).line + 1, bodyLine - 2)
      problems.push(new InvalidYaml(at(path, line, `invalid YAML in the front matter: ${e.message.split("\n")[0]}`)))
    }
    return Either.left(problems)
  }
  if (!isMap(doc.contents)) {
    return Either.left([...problems, new InvalidYaml(at(path, 2, "the front matter must be a mapping of keys to values"))])
  }
  const lineOfKey = (key: string): number => {
    const item = isMap(doc.contents) ? doc.contents.items.find((p) => String((p.key as { value?: unknown })?.value) === key) : undefined
    const offset = (item?.key as { range?: [number, number, number] } | undefined)?.range?.[0]
    return offset === undefined ? bodyLine - 1 : lineCounter.linePos(offset).line + 1
  }
  const meta = decodeFrontMatter(doc.toJS())
  if (Either.isLeft(meta)) {
    for (const issue of ParseResult.ArrayFormatter.formatErrorSync(meta.left)) {
      const field = String(issue.path[0] ?? "")
      const problem =
        issue._tag === "Missing"
          ? `the front matter has no \`${field}\`, which is required`
          : issue.message.startsWith("is unexpected")
          ? `unknown front matter key \`${field}\` (allowed: title, url, publisher, published, language, license, retrieved)`
          : `\`${field}\`: ${issue.message}`
      problems.push(new InvalidFrontMatter({ ...at(path, lineOfKey(field), problem), field }))
    }
  }
  const body = text.slice(closeAtEnd + 5).normalize("NFC")
  if (body.trim() === "") {
    problems.push(new EmptyBody(at(path, bodyLine, "the body after the front matter is empty")))
  }
  if (problems.length > 0 || Either.isLeft(meta)) return Either.left(problems)
  return Either.right({
    sourceId,
    path,
    meta: meta.right,
    body: makeBody(body),
    bodyLine,
    sha256: sha256(bytes),
    bytes: bytes.length
  })
}

/** The raw files of a folder, in source_id order: `.md` files and anything else that is not a folder or hidden. */
export const listRaw = (rawDir: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const exists = yield* fs.exists(rawDir).pipe(Effect.orElseSucceed(() => false))
    if (!exists) return yield* new RawDirNotFound(at(rawDir, null, "no such folder of raw sources"))
    const names = yield* fs.readDirectory(rawDir).pipe(Effect.orDie)
    const files: Array<string> = []
    const byId = (n: string) => n.replace(/\.md$/, "")
    const sorted = names.filter((n) => !n.startsWith(".")).sort((a, b) => (byId(a) < byId(b) ? -1 : byId(a) > byId(b) ? 1 : 0))
    for (const name of sorted) {
      const full = path.join(rawDir, name)
      const info = yield* fs.stat(full).pipe(Effect.orDie)
      if (info.type === "File") files.push(full)
    }
    return files
  })

/** Reads and parses one raw file. */
export const readSource = (file: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const bytes = yield* fs.readFile(file).pipe(Effect.orDie)
    return parseSource(file, bytes)
  })

/** Every source of a folder, or every problem of every file in one error. */
export const ingest = (rawDir: string) =>
  Effect.gen(function*() {
    const files = yield* listRaw(rawDir)
    const results = yield* Effect.forEach(files, readSource, { concurrency: 4 })
    const problems = results.flatMap((r) => (Either.isLeft(r) ? r.left : []))
    if (problems.length > 0) return yield* new InvalidSources({ problems })
    return results.flatMap((r) => (Either.isRight(r) ? [r.right] : []))
  })
