// GitHub releases behind a small service, so that the publisher's logic is tested without the network. The
// octokit layer retries 5xx answers with backoff and waits out secondary rate limits (Retry-After) through
// octokit's bundled retry and throttling plugins. The token never appears in an error or a log line.
import { Context, Effect, Layer, Option, Redacted, Schema } from "effect"
import { Octokit } from "octokit"

export interface Release {
  readonly id: number
  readonly tag: string
  readonly name: string | null
  /** A draft is invisible to users and to `latest`; the publisher fills one before publishing it. */
  readonly draft: boolean
  /** Where assets are uploaded; GitHub names it per release (and per host, on GitHub Enterprise). */
  readonly uploadUrl: string
  readonly htmlUrl: string
}

export interface Asset {
  readonly id: number
  readonly name: string
  readonly size: number
  /** "uploaded" when complete; anything else is an upload that was cut off. */
  readonly state: string
  /** `sha256:<hex>` of the content; null on hosts or assets that predate digests. */
  readonly digest: string | null
}

export interface NewRelease {
  readonly tag: string
  /** The commit the tag is created on when the release is published. */
  readonly target: string | null
  readonly name: string
  readonly body: string
}

export interface Upload {
  readonly name: string
  readonly content: Uint8Array
  readonly contentType: string
}

/** A GitHub request failed after the retries; `status` is null when no answer came. */
export class GitHubFailed extends Schema.TaggedError<GitHubFailed>()("GitHubFailed", {
  operation: Schema.String,
  status: Schema.NullOr(Schema.Number),
  message: Schema.String
}) {}

export interface ReleasesShape {
  /** `owner/name` of the repository. */
  readonly repository: string
  /** The release users get as "latest"; none before the first release. */
  readonly latest: Effect.Effect<Option.Option<Release>, GitHubFailed>
  /** The release with this tag, published or draft. */
  readonly byTag: (tag: string) => Effect.Effect<Option.Option<Release>, GitHubFailed>
  /** Creates a draft release; the tag is made when it is published. */
  readonly createDraft: (release: NewRelease) => Effect.Effect<Release, GitHubFailed>
  /**
   * Publishes a draft with this title and body, and marks it latest. The target is set again: a draft left by
   * an earlier run was created on that run's commit.
   */
  readonly publish: (release: Release, final: Omit<NewRelease, "tag">) => Effect.Effect<Release, GitHubFailed>
  readonly assets: (release: Release) => Effect.Effect<ReadonlyArray<Asset>, GitHubFailed>
  readonly deleteAsset: (asset: Asset) => Effect.Effect<void, GitHubFailed>
  readonly upload: (release: Release, file: Upload) => Effect.Effect<Asset, GitHubFailed>
  readonly download: (asset: Asset) => Effect.Effect<Uint8Array, GitHubFailed>
}

export class Releases extends Context.Tag("border-events/Releases")<Releases, ReleasesShape>() {}

export interface GitHubConfig {
  /** Null reads public repositories only. */
  readonly token: Redacted.Redacted<string> | null
  /** `owner/name`. */
  readonly repository: string
  /** REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  readonly apiUrl: string
  /** Octokit options merged over ours (`retry` and `throttle` key by key); tests use it to shorten waits. */
  readonly octokit?: NonNullable<ConstructorParameters<typeof Octokit>[0]>
}

/** Fails unless `repository` reads `owner/name`. */
export const parseRepository = (repository: string): Option.Option<{ owner: string; repo: string }> => {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository)
  return m ? Option.some({ owner: m[1]!, repo: m[2]! }) : Option.none()
}

/** The HTTP status GitHub answered with; null when no answer came (octokit reports those as 500). */
const statusOf = (e: unknown): number | null => {
  const { response, status } = (e ?? {}) as { response?: unknown; status?: unknown }
  return typeof status === "number" && response !== undefined ? status : null
}

type RawRelease = { id: number; tag_name: string; name: string | null; draft: boolean; upload_url: string; html_url: string }
type RawAsset = { id: number; name: string; size: number; state: string; digest?: string | null }

const toRelease = (r: RawRelease): Release => ({
  id: r.id,
  tag: r.tag_name,
  name: r.name,
  draft: r.draft,
  uploadUrl: r.upload_url,
  htmlUrl: r.html_url
})
const toAsset = (a: RawAsset): Asset => ({ id: a.id, name: a.name, size: a.size, state: a.state, digest: a.digest ?? null })

/** Bytes of a downloaded asset, whichever way octokit decoded the answer. */
const toBytes = (data: unknown): Uint8Array => {
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (data instanceof Uint8Array) return data
  if (typeof data === "string") return new TextEncoder().encode(data)
  return new TextEncoder().encode(JSON.stringify(data))
}

const MAX_RATE_LIMIT_WAIT_S = 15 * 60

/** What the throttling plugin tells a limit handler about the request. */
type Limited = { readonly method: string; readonly url: string }

/** The service over octokit. */
export const make = (config: GitHubConfig): ReleasesShape => {
  const { owner, repo } = Option.getOrThrowWith(parseRepository(config.repository), () =>
    new Error(`GITHUB_REPOSITORY must read owner/name, not ${JSON.stringify(config.repository)}`)
  )
  const token = config.token === null ? null : Redacted.value(config.token)
  const log = {
    debug: () => undefined,
    info: (m: string) => console.error(m),
    warn: (m: string) => console.error(m),
    error: (m: string) => console.error(m)
  }
  const { retry, throttle, ...options } = config.octokit ?? {}
  const octokit = new Octokit({
    ...options,
    ...(token === null ? {} : { auth: token }),
    baseUrl: config.apiUrl.replace(/\/+$/, ""),
    userAgent: "border-events-publisher",
    log,
    // 5xx and other transient answers: 3 retries after 1, 4 and 9 seconds.
    retry: { retries: 3, ...retry },
    throttle: {
      // Secondary rate limits: wait what Retry-After says (60 s when absent), up to 3 times.
      onSecondaryRateLimit: (retryAfter: number, options: Limited, _octokit: unknown, retryCount: number) => {
        log.warn(`secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`)
        return retryCount < 3
      },
      // The hourly quota: wait for its reset when that is near, else fail rather than hang the job.
      onRateLimit: (retryAfter: number, options: Limited, _octokit: unknown, retryCount: number) => {
        log.warn(`rate limit reached on ${options.method} ${options.url}; resets in ${retryAfter} s`)
        return retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S
      },
      ...throttle
    }
  })
  const call = <A>(operation: string, run: () => Promise<A>): Effect.Effect<A, GitHubFailed> =>
    Effect.tryPromise({
      try: run,
      catch: (e) => {
        const detail = e instanceof Error ? e.message : String(e)
        // octokit already redacts the Authorization header; this guards the message text itself.
        const safe = token === null ? detail : detail.split(token).join("***")
        const status = statusOf(e)
        return new GitHubFailed({
          operation,
          status,
          message: `GitHub ${operation} failed${status === null ? "" : ` (HTTP ${status})`}: ${safe}`
        })
      }
    })
  const orNone = <A>(effect: Effect.Effect<A, GitHubFailed>) =>
    effect.pipe(
      Effect.map(Option.some),
      Effect.catchIf((e) => e.status === 404, () => Effect.succeed(Option.none<A>()))
    )

  return {
    repository: `${owner}/${repo}`,
    latest: orNone(call("get latest release", () => octokit.rest.repos.getLatestRelease({ owner, repo }))).pipe(
      Effect.map(Option.map((r) => toRelease(r.data)))
    ),
    byTag: (tag) =>
      orNone(call(`get release ${tag}`, () => octokit.rest.repos.getReleaseByTag({ owner, repo, tag }))).pipe(
        Effect.map(Option.map((r) => toRelease(r.data))),
        // Drafts have no tag yet, so only the list of releases shows them.
        Effect.flatMap((found) =>
          Option.isSome(found)
            ? Effect.succeed(found)
            : call("list releases", () => octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 100 })).pipe(
              Effect.map((all) => Option.fromNullable(all.find((r) => r.draft && r.tag_name === tag)).pipe(Option.map(toRelease)))
            )
        )
      ),
    createDraft: (release) =>
      call(`create release ${release.tag}`, () =>
        octokit.rest.repos.createRelease({
          owner,
          repo,
          tag_name: release.tag,
          ...(release.target === null ? {} : { target_commitish: release.target }),
          name: release.name,
          body: release.body,
          draft: true,
          prerelease: false
        })).pipe(Effect.map((r) => toRelease(r.data))),
    publish: (release, final) =>
      call(`publish release ${release.tag}`, () =>
        octokit.rest.repos.updateRelease({
          owner,
          repo,
          release_id: release.id,
          name: final.name,
          body: final.body,
          ...(final.target === null ? {} : { target_commitish: final.target }),
          draft: false,
          make_latest: "true"
        })).pipe(
          Effect.map((r) => toRelease(r.data))
        ),
    assets: (release) =>
      call(`list assets of ${release.tag}`, () =>
        octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100 })).pipe(
          Effect.map((all) => all.map(toAsset))
        ),
    deleteAsset: (asset) =>
      call(`delete asset ${asset.name}`, () => octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id })).pipe(
        Effect.asVoid
      ),
    upload: (release, file) =>
      call(`upload ${file.name}`, () =>
        octokit.rest.repos.uploadReleaseAsset({
          owner,
          repo,
          release_id: release.id,
          name: file.name,
          // The release's own upload URL: the default host is wrong on GitHub Enterprise and in tests.
          url: release.uploadUrl,
          // octokit types the body as a string; bytes are sent as they are.
          data: file.content as unknown as string,
          // No content-length: fetch sets it from the bytes. A hand-set one is refused when Node's built-in fetch
          // meets the undici 7 dispatcher that @effect/platform-node installs globally.
          headers: { "content-type": file.contentType }
        })).pipe(Effect.map((r) => toAsset(r.data))),
    download: (asset) =>
      call(`download ${asset.name}`, () =>
        octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id, headers: { accept: "application/octet-stream" } })).pipe(
          Effect.map((r) => toBytes(r.data as unknown))
        )
  }
}

export const layer = (config: GitHubConfig) => Layer.sync(Releases, () => make(config))
