// publish: the latest GitHub release's manifest.json → a release build of raw/ → the GitHub release of that build
// (issue 6). Nothing is published when the dataset files equal the latest release's. A release is filled as a
// draft and published last, so users never see half of one, and a re-run after a crash finds the draft and
// completes it: complete assets with the right size and checksum are kept, unfinished or different ones replaced.
import { FileSystem, Path } from "@effect/platform"
import { Config, Console, Effect, Option, Redacted, Schema } from "effect"
import { parse as parseYaml } from "yaml"
import { build } from "./build.ts"
import { citationLine } from "./citation.ts"
import { type Asset, type GitHubConfig, parseRepository, type Release, Releases } from "./github.ts"
import { sha256 } from "./ingest.ts"

export interface PublishOptions {
  readonly rawDir: string
  readonly outDir: string
  /** Print the plan; build in a temporary folder and change nothing on GitHub or on disk. */
  readonly dryRun: boolean
  /** The commit the tag is made on (GITHUB_SHA in Actions); null lets GitHub take the default branch. */
  readonly target: string | null
}

/** A file of the built release, uploaded as an asset of the same name. */
export interface LocalFile {
  readonly name: string
  readonly content: Uint8Array
  readonly sha256: string
}

export type AssetAction =
  | { readonly kind: "upload"; readonly file: LocalFile }
  | { readonly kind: "skip"; readonly file: LocalFile; readonly asset: Asset }
  | { readonly kind: "replace"; readonly file: LocalFile; readonly asset: Asset; readonly reason: string }
  /** An asset of a draft that this build does not have. */
  | { readonly kind: "remove"; readonly asset: Asset }
  /** A complete asset of a published release that differs from this build: never overwritten. */
  | { readonly kind: "conflict"; readonly file: LocalFile; readonly asset: Asset; readonly reason: string }

export type Outcome =
  | { readonly _tag: "Unchanged"; readonly latest: string; readonly reason: string }
  | { readonly _tag: "Planned"; readonly tag: string; readonly actions: ReadonlyArray<AssetAction> }
  | { readonly _tag: "Published"; readonly tag: string; readonly url: string; readonly actions: ReadonlyArray<AssetAction> }

/** The latest release has no manifest.json, so the next version cannot follow from it. */
export class ReleaseWithoutManifest extends Schema.TaggedError<ReleaseWithoutManifest>()("ReleaseWithoutManifest", {
  tag: Schema.String,
  message: Schema.String
}) {}

/** A published release already has this build's tag, with different files; it is left as it is. */
export class TagConflict extends Schema.TaggedError<TagConflict>()("TagConflict", {
  tag: Schema.String,
  files: Schema.Array(Schema.String),
  message: Schema.String
}) {}

/** The build's output cannot be published as it is. */
export class InvalidRelease extends Schema.TaggedError<InvalidRelease>()("InvalidRelease", {
  path: Schema.String,
  message: Schema.String
}) {}

/** A setting the publisher needs is missing or malformed. */
export class MissingSetting extends Schema.TaggedError<MissingSetting>()("MissingSetting", {
  name: Schema.String,
  message: Schema.String
}) {}

/** What the publisher reads of a manifest: a release's version and the checksums of its files. */
const ReleaseManifest = Schema.parseJson(Schema.Struct({
  version: Schema.String,
  created: Schema.optional(Schema.String),
  files: Schema.Array(Schema.Struct({ path: Schema.String, sha256: Schema.String, rows: Schema.NullOr(Schema.Number) }))
}))
type ReleaseManifest = Schema.Schema.Type<typeof ReleaseManifest>

/** The part of changes.json the release notes summarise. */
const Changes = Schema.parseJson(Schema.Struct({
  previous_version: Schema.NullOr(Schema.String),
  level: Schema.String,
  schema: Schema.Array(Schema.Struct({ level: Schema.String, table: Schema.String, column: Schema.NullOr(Schema.String), change: Schema.String })),
  sources: Schema.Struct({ added: Schema.Array(Schema.String), changed: Schema.Array(Schema.String), removed: Schema.Array(Schema.String) }),
  events: Schema.Record({
    key: Schema.String,
    value: Schema.Struct({ count: Schema.Number, by_type: Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }) })
  })
}))
type Changes = Schema.Schema.Type<typeof Changes>

const decoder = new TextDecoder()
const MANIFEST = "manifest.json"

/**
 * The files that are the dataset: the tables (files with rows) and JSON Schemas. The others carry the release's
 * version or date (manifest, changelog, citation, data package, README, zip), so they differ between any two
 * releases and say nothing about whether the data changed.
 */
export const datasetFiles = (manifest: ReleaseManifest): ReadonlyMap<string, string> =>
  new Map(manifest.files.filter((f) => f.rows !== null || f.path.endsWith(".schema.json")).map((f) => [f.path, f.sha256]))

/** Dataset files that differ between two manifests (added, removed or changed), by name. */
export const changedDatasetFiles = (before: ReleaseManifest, after: ReleaseManifest): ReadonlyArray<string> => {
  const a = datasetFiles(before)
  const b = datasetFiles(after)
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort()
}

const checksumOf = (asset: Asset, downloaded: ReadonlyMap<number, string>): string | null =>
  asset.digest?.startsWith("sha256:") ? asset.digest.slice("sha256:".length) : (downloaded.get(asset.id) ?? null)

/**
 * What to do with each file given the release's current assets. `downloaded` holds the sha256 of the complete
 * assets GitHub gave no digest for. On a published release nothing complete is replaced or removed.
 */
export const planAssets = (
  files: ReadonlyArray<LocalFile>,
  assets: ReadonlyArray<Asset>,
  downloaded: ReadonlyMap<number, string>,
  published: boolean
): ReadonlyArray<AssetAction> => {
  const byName = new Map(assets.map((a) => [a.name, a]))
  const names = new Set(files.map((f) => f.name))
  const actions = files.map((file): AssetAction => {
    const asset = byName.get(file.name)
    if (asset === undefined) return { kind: "upload", file }
    if (asset.state !== "uploaded") return { kind: "replace", file, asset, reason: "unfinished upload" }
    if (asset.size !== file.content.length) {
      const reason = `size ${asset.size} ≠ ${file.content.length}`
      return published ? { kind: "conflict", file, asset, reason } : { kind: "replace", file, asset, reason }
    }
    if (checksumOf(asset, downloaded) === file.sha256) return { kind: "skip", file, asset }
    const reason = "checksum differs"
    return published ? { kind: "conflict", file, asset, reason } : { kind: "replace", file, asset, reason }
  })
  const stale = published ? [] : assets.filter((a) => !names.has(a.name)).map((asset): AssetAction => ({ kind: "remove", asset }))
  return [...stale, ...actions]
}

const contentTypes: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.json$/, "application/json"],
  [/\.csv$/, "text/csv; charset=utf-8"],
  [/\.md$/, "text/markdown; charset=utf-8"],
  [/\.cff$/, "application/x-yaml"],
  [/\.parquet$/, "application/vnd.apache.parquet"],
  [/\.zip$/, "application/zip"],
  [/^SHA256SUMS$/, "text/plain; charset=utf-8"]
]
export const contentType = (name: string): string => contentTypes.find(([re]) => re.test(name))?.[1] ?? "application/octet-stream"

const line = (a: AssetAction): string => {
  const bytes = (f: LocalFile) => `${f.content.length} bytes`
  switch (a.kind) {
    case "upload":
      return `  upload   ${a.file.name} (${bytes(a.file)})`
    case "skip":
      return `  keep     ${a.file.name} (already uploaded, same checksum)`
    case "replace":
      return `  replace  ${a.file.name} (${a.reason})`
    case "remove":
      return `  remove   ${a.asset.name} (not part of this release)`
    case "conflict":
      return `  CONFLICT ${a.file.name} (${a.reason})`
  }
}

/** APA-style authors: "Family, G." for people, the name for organisations. */
const authorsOf = (authors: unknown): string => {
  const names = (Array.isArray(authors) ? authors : []).map((a: Record<string, unknown>) => {
    if (typeof a.name === "string") return a.name
    const initials = String(a["given-names"] ?? "").split(/\s+/).filter(Boolean).map((g) => `${g[0]}.`).join(" ")
    return [a["family-names"], initials].filter((x) => typeof x === "string" && x !== "").join(", ")
  })
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")}, & ${names.at(-1)}`
}

const summary = (changes: Changes): Array<string> => {
  const kinds = ["added", "changed", "removed"]
  const types = [...new Set(kinds.flatMap((k) => Object.keys(changes.events[k]?.by_type ?? {})))]
  const head = changes.previous_version === null ? "First release." : `A ${changes.level} release after ${changes.previous_version}.`
  const count = (k: string, t: string) => changes.events[k]?.by_type[t]?.length ?? 0
  return [
    head,
    "",
    "| events | added | changed | removed |",
    "|---|---:|---:|---:|",
    ...types.map((t) => `| ${t} | ${kinds.map((k) => count(k, t)).join(" | ")} |`),
    `| **all** | ${kinds.map((k) => changes.events[k]?.count ?? 0).join(" | ")} |`,
    "",
    ...(["added", "changed", "removed"] as const).flatMap((k) =>
      changes.sources[k].length === 0 ? [] : [`Sources ${k}: ${changes.sources[k].map((s) => `\`${s}\``).join(", ")}.`]
    ),
    ...changes.schema.map((c) => `- schema, ${c.level}: \`${c.table}${c.column === null ? "" : `.${c.column}`}\` ${c.change}`),
    "",
    "The event ids are listed in `CHANGELOG.md` and `changes.json` below."
  ]
}

/** The release's title and notes: the changelog summary and how to cite it. */
export const releaseText = (version: string, files: ReadonlyArray<LocalFile>, changes: Changes | null) => {
  const text = (name: string) => files.find((f) => f.name === name)?.content
  const cffBytes = text("CITATION.cff")
  const cff = cffBytes === undefined ? null : (parseYaml(decoder.decode(cffBytes)) as Record<string, unknown>)
  const date = typeof cff?.["date-released"] === "string" ? cff["date-released"] : null
  const link = typeof cff?.doi === "string" ? ` https://doi.org/${cff.doi}` : typeof cff?.url === "string" ? ` ${cff.url}` : ""
  const citation = cff === null || date === null
    ? []
    : [
      "## How to cite",
      "",
      `> ${citationLine(authorsOf(cff.authors), String(cff.title), version, date)}${link}`,
      "",
      "`CITATION.cff` below has the same in Citation File Format, for reference managers."
    ]
  return {
    name: `border-events ${version}${date === null ? "" : ` (${date})`}`,
    body: [
      ...(changes === null ? [] : ["## What changed", "", ...summary(changes), ""]),
      ...citation,
      ...(citation.length === 0 ? [] : [""]),
      "Check downloaded files with `sha256sum -c SHA256SUMS`."
    ].join("\n")
  }
}

/**
 * The release build: the one call into the pipeline. `previous` is the path of the latest release's
 * manifest.json, null for the first release.
 */
const buildRelease = (rawDir: string, outDir: string, previous: string | null) => build({ rawDir, outDir, previous })

/** Every file of the built release folder, in name order. Assets have flat names, so a folder is an error. */
const readRelease = (dir: string) =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const fail = (problem: string) => new InvalidRelease({ path: dir, message: `${dir}: ${problem}` })
    const names = [...yield* fs.readDirectory(dir).pipe(Effect.mapError((e) => fail(e.message)))].sort()
    const files: Array<LocalFile> = []
    for (const name of names) {
      const file = path.join(dir, name)
      const info = yield* fs.stat(file).pipe(Effect.mapError((e) => fail(e.message)))
      if (info.type !== "File") return yield* fail(`${name} is not a file; release assets are flat files`)
      const content = yield* fs.readFile(file).pipe(Effect.mapError((e) => fail(e.message)))
      files.push({ name, content, sha256: sha256(content) })
    }
    return files
  })

const decodeIn = <A, I>(schema: Schema.Schema<A, I>, where: string, bytes: Uint8Array) =>
  Schema.decodeUnknown(schema)(decoder.decode(bytes)).pipe(
    Effect.mapError((e) => new InvalidRelease({ path: where, message: `${where}: ${e.message.split("\n")[0] ?? ""}` }))
  )

/** The latest release's manifest.json; none before the first release. */
const latestManifest = Effect.gen(function*() {
  const releases = yield* Releases
  const latest = yield* releases.latest
  if (Option.isNone(latest)) return Option.none()
  const release = latest.value
  const asset = (yield* releases.assets(release)).find((a) => a.name === MANIFEST && a.state === "uploaded")
  if (asset === undefined) {
    return yield* new ReleaseWithoutManifest({
      tag: release.tag,
      message: `the latest release ${release.tag} has no ${MANIFEST} asset, so the next version cannot be computed; ` +
        `attach the manifest.json of that release, or publish the first release by deleting it`
    })
  }
  return Option.some({ release, bytes: yield* releases.download(asset) })
})

/** The sha256 of complete assets that GitHub gave no digest for and that could match by size. */
const downloadChecksums = (files: ReadonlyArray<LocalFile>, assets: ReadonlyArray<Asset>) =>
  Effect.gen(function*() {
    const releases = yield* Releases
    const sizes = new Map(files.map((f) => [f.name, f.content.length]))
    const sums = new Map<number, string>()
    for (const a of assets) {
      if (a.digest === null && a.state === "uploaded" && sizes.get(a.name) === a.size) sums.set(a.id, sha256(yield* releases.download(a)))
    }
    return sums
  })

/** Uploads a file; an asset of that name left by an upload answered with an error (422) is replaced. */
const uploadFile = (release: Release, file: LocalFile) =>
  Effect.gen(function*() {
    const releases = yield* Releases
    const upload = { name: file.name, content: file.content, contentType: contentType(file.name) }
    return yield* releases.upload(release, upload).pipe(
      Effect.catchIf((e) => e.status === 422, () =>
        Effect.gen(function*() {
          const left = (yield* releases.assets(release)).find((a) => a.name === file.name)
          if (left !== undefined) yield* releases.deleteAsset(left)
          return yield* releases.upload(release, upload)
        }))
    )
  })

const apply = (release: Release, action: AssetAction) =>
  Effect.gen(function*() {
    const releases = yield* Releases
    switch (action.kind) {
      case "skip":
      case "conflict":
        return
      case "remove":
        return yield* releases.deleteAsset(action.asset)
      case "replace":
        yield* releases.deleteAsset(action.asset)
        yield* uploadFile(release, action.file)
        return
      case "upload":
        yield* uploadFile(release, action.file)
        return
    }
  })

/** Publishes a release build of `rawDir` as the next GitHub release; see the top of this file. */
export const publish = (options: PublishOptions) =>
  Effect.gen(function*() {
    const releases = yield* Releases
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    yield* Console.log(`${options.dryRun ? "Dry run (nothing is changed): " : ""}publishing to ${releases.repository}`)

    const latest = yield* latestManifest
    yield* Console.log(Option.match(latest, {
      onNone: () => "latest release: none, so this is the first release",
      onSome: ({ bytes, release }) => `latest release: ${release.tag} (${MANIFEST}, ${bytes.length} bytes)`
    }))

    const files = yield* Effect.scoped(Effect.gen(function*() {
      const scratch = yield* fs.makeTempDirectoryScoped({ prefix: "border-events-publish-" })
      const previous = yield* Option.match(latest, {
        onNone: () => Effect.succeed(null),
        onSome: ({ bytes }) => {
          const file = path.join(scratch, `previous-${MANIFEST}`)
          return fs.writeFile(file, bytes).pipe(Effect.as(file))
        }
      })
      const outDir = options.dryRun ? path.join(scratch, "dist") : options.outDir
      yield* buildRelease(options.rawDir, outDir, previous)
      return yield* readRelease(outDir)
    }))
    const manifestFile = files.find((f) => f.name === MANIFEST)
    if (manifestFile === undefined) return yield* new InvalidRelease({ path: options.outDir, message: `${options.outDir}: the build wrote no ${MANIFEST}` })
    const next = yield* decodeIn(ReleaseManifest, path.join(options.outDir, MANIFEST), manifestFile.content)

    if (Option.isSome(latest)) {
      const { bytes, release } = latest.value
      const before = yield* decodeIn(ReleaseManifest, `${release.tag}/${MANIFEST}`, bytes)
      const changed = changedDatasetFiles(before, next)
      if (changed.length === 0) {
        const reason = `the dataset files are byte-identical to the latest release ${release.tag}`
        yield* Console.log(`Nothing to publish: ${reason}.`)
        return { _tag: "Unchanged", latest: release.tag, reason } satisfies Outcome
      }
      if (before.version === next.version) {
        // The versioning rules see no change in the data (a change of format only): a release needs a new tag.
        const reason = `${changed.join(", ")} differ from ${release.tag} but the version stays ${next.version}`
        yield* Console.log(`Nothing to publish: ${reason}.`)
        return { _tag: "Unchanged", latest: release.tag, reason } satisfies Outcome
      }
    }

    const tag = `v${next.version}`
    const changesFile = files.find((f) => f.name === "changes.json")
    const changes = changesFile === undefined ? null : yield* decodeIn(Changes, path.join(options.outDir, "changes.json"), changesFile.content)
    const text = releaseText(next.version, files, changes)
    const existing = yield* releases.byTag(tag)
    const assets = Option.isSome(existing) ? yield* releases.assets(existing.value) : []
    const published = Option.isSome(existing) && !existing.value.draft
    const actions = planAssets(files, assets, yield* downloadChecksums(files, assets), published)

    yield* Console.log(
      Option.match(existing, {
        onNone: () => `release ${tag}: create a draft "${text.name}", upload ${files.length} files, then publish it as latest`,
        onSome: (r) =>
          r.draft
            ? `release ${tag}: complete the draft left by an earlier run, then publish it as latest`
            : `release ${tag}: already published; add what it lacks`
      })
    )
    for (const a of actions) yield* Console.log(line(a))

    const conflicts = actions.flatMap((a) => (a.kind === "conflict" ? [a.file.name] : []))
    if (conflicts.length > 0) {
      return yield* new TagConflict({
        tag,
        files: conflicts,
        message: `the published release ${tag} has other files than this build (${conflicts.join(", ")}); ` +
          `it is left as it is: delete it on GitHub to publish this build under ${tag}`
      })
    }
    const work = actions.filter((a) => a.kind !== "skip")
    if (options.dryRun) return { _tag: "Planned", tag, actions } satisfies Outcome
    if (published && work.length === 0) {
      const url = Option.getOrThrow(existing).htmlUrl
      yield* Console.log(`Nothing to do: ${tag} is already published with these files: ${url}`)
      return { _tag: "Published", tag, url, actions } satisfies Outcome
    }

    const release = Option.isSome(existing)
      ? existing.value
      : yield* releases.createDraft({ tag, target: options.target, name: text.name, body: text.body })
    for (const a of work) yield* apply(release, a)
    const done = release.draft ? yield* releases.publish(release, { ...text, target: options.target }) : release
    yield* Console.log(`Published ${tag}: ${done.htmlUrl}`)
    return { _tag: "Published", tag, url: done.htmlUrl, actions } satisfies Outcome
  })

export const DEFAULT_API_URL = "https://api.github.com"

/** An environment variable; unset and empty are the same. */
const env = (name: string) => Config.option(Config.string(name)).pipe(Effect.map(Option.filter((v) => v !== "")))

/**
 * The GitHub settings from the environment (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, as Actions sets
 * them), flags taking precedence. The token stays a secret: it is only ever handed to octokit. A dry run can
 * read a public repository without one.
 */
export const githubSettings = (flags: { readonly repository: Option.Option<string>; readonly apiUrl: Option.Option<string>; readonly dryRun: boolean }) =>
  Effect.gen(function*() {
    const token = yield* Config.option(Config.redacted("GITHUB_TOKEN")).pipe(Effect.map(Option.filter((t) => Redacted.value(t) !== "")))
    const repository = Option.getOrNull(Option.isSome(flags.repository) ? flags.repository : yield* env("GITHUB_REPOSITORY"))
    const apiUrl = Option.getOrElse(Option.isSome(flags.apiUrl) ? flags.apiUrl : yield* env("GITHUB_API_URL"), () => DEFAULT_API_URL)
    if (repository === null || Option.isNone(parseRepository(repository))) {
      return yield* new MissingSetting({
        name: "GITHUB_REPOSITORY",
        message: repository === null
          ? "GITHUB_REPOSITORY is not set: give the repository as owner/name, or --repository"
          : `GITHUB_REPOSITORY must read owner/name, not ${JSON.stringify(repository)}`
      })
    }
    if (Option.isNone(token) && !flags.dryRun) {
      return yield* new MissingSetting({
        name: "GITHUB_TOKEN",
        message: "GITHUB_TOKEN is not set: the publisher needs a token with contents: write on the repository"
      })
    }
    return { token: Option.getOrNull(token), repository, apiUrl } satisfies GitHubConfig
  })
