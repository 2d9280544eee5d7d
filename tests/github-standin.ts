// A local stand-in of the GitHub REST API's release endpoints on 127.0.0.1, for testing the publisher with the
// real octokit client. It keeps releases and assets in memory, records every request, and can inject failures:
// an HTTP error (502, a secondary rate limit), or a crash (a cut-off upload, then no answer at all).
import { createHash } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export interface StandinAsset {
  readonly id: number
  readonly name: string
  readonly content_type: string
  /** "open" while an upload is unfinished, as GitHub reports a cut-off upload. */
  state: "uploaded" | "open"
  bytes: Uint8Array
}

export interface StandinRelease {
  readonly id: number
  tag_name: string
  target_commitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  readonly assets: Array<StandinAsset>
}

export interface RecordedRequest {
  readonly method: string
  /** Path without the query. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly authorized: boolean
  /** Parsed JSON body, or the byte count of a binary body. */
  readonly body: unknown
  /** performance.now() on arrival. */
  readonly at: number
}

export interface Failure {
  readonly status: number
  readonly message: string
  readonly headers?: Readonly<Record<string, string>>
  /** Only requests matching this are failed; all when absent. */
  readonly match?: (method: string, path: string) => boolean
  /** Carry the request out, then answer with the failure: the answer is lost, not the request. */
  readonly afterHandling?: boolean
}

export interface Standin {
  readonly url: string
  readonly token: string
  readonly owner: string
  readonly repo: string
  readonly releases: Array<StandinRelease>
  readonly requests: Array<RecordedRequest>
  /** The published release marked latest, if any. */
  latestId: number | null
  /** Whether assets report their sha256 digest (older assets and GitHub Enterprise hosts may not). */
  digests: boolean
  /** Fail the next matching request with this status (once per call). */
  failNext(failure: Failure): void
  /** Let `n` uploads through, cut the next one off half-way (kept as an "open" asset), then answer nothing. */
  crashAfterUploads(n: number): void
  /** Answer again after a crash. */
  recover(): void
  /** A published release made outside the publisher, with its assets. */
  seedRelease(tag: string, assets: Readonly<Record<string, Uint8Array>>, options?: { latest?: boolean; draft?: boolean }): StandinRelease
  /** Requests that change something (POST, PATCH, PUT, DELETE). */
  writes(): Array<RecordedRequest>
  close(): Promise<void>
}

interface Incoming extends Omit<RecordedRequest, "at"> {
  readonly req: IncomingMessage
  readonly raw: Uint8Array
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex")

const readBody = (req: IncomingMessage) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))))
    req.on("error", reject)
  })

/** Starts the stand-in for repository `owner/repo`, accepting only `token`. */
export const startStandin = async (owner = "acme", repo = "border-events", token = "ghs_standinSecretToken123"): Promise<Standin> => {
  let nextId = 1
  let failures: Array<Failure> = []
  let uploadsBeforeCrash: number | null = null
  let down = false

  const releaseJson = (r: StandinRelease) => ({
    id: r.id,
    url: `${state.url}/repos/${owner}/${repo}/releases/${r.id}`,
    html_url: `https://github.test/${owner}/${repo}/releases/tag/${r.tag_name}`,
    assets_url: `${state.url}/repos/${owner}/${repo}/releases/${r.id}/assets`,
    upload_url: `${state.url}/uploads/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    assets: r.assets.map(assetJson)
  })
  const assetJson = (a: StandinAsset) => ({
    id: a.id,
    url: `${state.url}/repos/${owner}/${repo}/releases/assets/${a.id}`,
    browser_download_url: `${state.url}/download/${a.id}`,
    name: a.name,
    label: null,
    state: a.state,
    content_type: a.content_type,
    size: a.bytes.length,
    digest: a.state === "uploaded" && state.digests ? `sha256:${sha256(a.bytes)}` : null
  })

  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    if (body === undefined) {
      res.writeHead(status, headers).end()
      return
    }
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body))
  }
  const notFound = (res: ServerResponse) => send(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" })
  const invalid = (res: ServerResponse, resource: string, field: string) =>
    send(res, 422, { message: "Validation Failed", errors: [{ resource, code: "already_exists", field }] })

  /** Pages as GitHub does: `per_page`/`page` and a Link header to the next page. */
  const paged = <T>(res: ServerResponse, path: string, query: Record<string, string>, items: ReadonlyArray<T>) => {
    const perPage = Number(query.per_page ?? 30)
    const page = Number(query.page ?? 1)
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const more = page * perPage < items.length
    send(res, 200, slice, more ? { link: `<${state.url}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"` } : {})
  }

  const findAsset = (id: number) => {
    for (const r of state.releases) {
      const a = r.assets.find((x) => x.id === id)
      if (a) return { release: r, asset: a }
    }
    return null
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (down) {
      req.socket.destroy()
      return
    }
    const url = new URL(req.url ?? "/", state.url)
    const path = url.pathname
    const query = Object.fromEntries(url.searchParams)
    const method = req.method ?? "GET"
    const raw = await readBody(req)
    const isJson = (req.headers["content-type"] ?? "").includes("json") && raw.length > 0
    const body: unknown = isJson ? JSON.parse(new TextDecoder().decode(raw)) : raw.length
    const authorized = req.headers.authorization === `token ${token}` || req.headers.authorization === `bearer ${token}`
    state.requests.push({ method, path, query, authorized, body, at: performance.now() })
    const incoming: Incoming = { req, method, path, query, authorized, body, raw }

    const failure = failures.find((f) => !f.match || f.match(method, path))
    if (failure) {
      failures = failures.filter((f) => f !== failure)
      if (failure.afterHandling) route(incoming, { writeHead: () => ({ end: () => undefined }) } as unknown as ServerResponse)
      send(res, failure.status, { message: failure.message, documentation_url: "https://docs.github.com/rest" }, { ...failure.headers })
      return
    }
    route(incoming, res)
  }

  /** Carries out a request and answers it on `res`. */
  const route = ({ authorized, body, method, path, query, raw, req }: Incoming, res: ServerResponse): void => {
    if (path.startsWith("/download/")) {
      const found = findAsset(Number(path.slice("/download/".length)))
      if (!found) return notFound(res)
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from(found.asset.bytes))
      return
    }
    if (!authorized) return send(res, 401, { message: "Bad credentials" })

    const base = `/repos/${owner}/${repo}/releases`
    const upload = path.match(new RegExp(`^/uploads${base}/(\\d+)/assets$`))
    if (upload && method === "POST") {
      const release = state.releases.find((r) => r.id === Number(upload[1]))
      if (!release) return notFound(res)
      const name = query.name ?? ""
      if (release.assets.some((a) => a.name === name)) return invalid(res, "ReleaseAsset", "name")
      if (uploadsBeforeCrash === 0) {
        // The connection drops half-way: GitHub keeps an unfinished asset, and then nothing answers.
        release.assets.push({ id: nextId++, name, content_type: String(req.headers["content-type"]), state: "open", bytes: raw.slice(0, raw.length >> 1) })
        down = true
        req.socket.destroy()
        return
      }
      if (uploadsBeforeCrash !== null) uploadsBeforeCrash--
      const asset: StandinAsset = { id: nextId++, name, content_type: String(req.headers["content-type"]), state: "uploaded", bytes: raw }
      release.assets.push(asset)
      return send(res, 201, assetJson(asset))
    }
    if (path === `${base}/latest` && method === "GET") {
      const latest = state.releases.find((r) => r.id === state.latestId)
      return latest ? send(res, 200, releaseJson(latest)) : notFound(res)
    }
    const byTag = path.match(new RegExp(`^${base}/tags/(.+)$`))
    if (byTag && method === "GET") {
      const tag = decodeURIComponent(byTag[1]!)
      const release = state.releases.find((r) => r.tag_name === tag && !r.draft)
      return release ? send(res, 200, releaseJson(release)) : notFound(res)
    }
    if (path === base && method === "GET") return paged(res, path, query, [...state.releases].reverse().map(releaseJson))
    if (path === base && method === "POST") {
      const input = body as { tag_name: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; make_latest?: string }
      if (state.releases.some((r) => r.tag_name === input.tag_name && !r.draft)) return invalid(res, "Release", "tag_name")
      const release: StandinRelease = {
        id: nextId++,
        tag_name: input.tag_name,
        target_commitish: input.target_commitish ?? "main",
        name: input.name ?? null,
        body: input.body ?? null,
        draft: input.draft ?? false,
        prerelease: input.prerelease ?? false,
        assets: []
      }
      state.releases.push(release)
      if (!release.draft && input.make_latest !== "false") state.latestId = release.id
      return send(res, 201, releaseJson(release))
    }
    const one = path.match(new RegExp(`^${base}/(\\d+)$`))
    if (one && method === "PATCH") {
      const release = state.releases.find((r) => r.id === Number(one[1]))
      if (!release) return notFound(res)
      const input = body as Partial<{ tag_name: string; target_commitish: string; name: string; body: string; draft: boolean; make_latest: string }>
      if (input.draft === false && state.releases.some((r) => r !== release && r.tag_name === release.tag_name && !r.draft)) {
        return invalid(res, "Release", "tag_name")
      }
      if (input.target_commitish !== undefined) release.target_commitish = input.target_commitish
      if (input.name !== undefined) release.name = input.name
      if (input.body !== undefined) release.body = input.body
      if (input.draft !== undefined) release.draft = input.draft
      if (!release.draft && input.make_latest !== "false") state.latestId = release.id
      return send(res, 200, releaseJson(release))
    }
    const assets = path.match(new RegExp(`^${base}/(\\d+)/assets$`))
    if (assets && method === "GET") {
      const release = state.releases.find((r) => r.id === Number(assets[1]))
      return release ? paged(res, path, query, release.assets.map(assetJson)) : notFound(res)
    }
    const asset = path.match(new RegExp(`^${base}/assets/(\\d+)$`))
    if (asset) {
      const found = findAsset(Number(asset[1]))
      if (!found) return notFound(res)
      if (method === "DELETE") {
        found.release.assets.splice(found.release.assets.indexOf(found.asset), 1)
        return send(res, 204)
      }
      if (method === "GET") {
        // The binary is served from elsewhere, as GitHub redirects to its storage.
        if (req.headers.accept === "application/octet-stream") return send(res, 302, undefined, { location: `${state.url}/download/${found.asset.id}` })
        return send(res, 200, assetJson(found.asset))
      }
    }
    return notFound(res)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, { message: String(e) }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  const state: Standin = {
    url: `http://127.0.0.1:${port}`,
    token,
    owner,
    repo,
    releases: [],
    requests: [],
    latestId: null,
    digests: true,
    failNext: (failure) => {
      failures.push(failure)
    },
    crashAfterUploads: (n) => {
      uploadsBeforeCrash = n
    },
    recover: () => {
      down = false
      uploadsBeforeCrash = null
    },
    seedRelease: (tag, files, options = {}) => {
      const release: StandinRelease = {
        id: nextId++,
        tag_name: tag,
        target_commitish: "main",
        name: tag,
        body: "",
        draft: options.draft ?? false,
        prerelease: false,
        assets: Object.entries(files).map(([name, bytes]) => ({ id: nextId++, name, content_type: "application/octet-stream", state: "uploaded" as const, bytes }))
      }
      state.releases.push(release)
      if (!release.draft && (options.latest ?? true)) state.latestId = release.id
      return release
    },
    writes: () => state.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD"),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      })
  }
  return state
}
