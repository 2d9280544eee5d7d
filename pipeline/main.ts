// The command line: assembles the layers and runs the commands.
import { Args, Command, Options, ValidationError } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { FileSystem } from "@effect/platform"
import { Cause, Config, Console, Effect, Layer, Option } from "effect"
import pkg from "../package.json" with { type: "json" }
import { evaluate, formatDetails, formatReport, jsonReport } from "./eval.ts"
import * as GitHub from "./github.ts"
import * as Progress from "./progress.ts"
import { githubSettings, publish } from "./publish.ts"
import { reviewCommand } from "./review-log.ts"
import { showCommand } from "./show.ts"
import { buildUnlessUpToDate } from "./up-to-date.ts"

const raw = Options.directory("raw").pipe(
  Options.withDefault("raw"),
  Options.withDescription("folder of raw sources (<source_id>.md files)")
)
const out = Options.directory("out").pipe(
  Options.withDefault("dist"),
  Options.withDescription("output folder; replaced atomically, left untouched when the build fails")
)

const previous = Options.file("previous").pipe(
  Options.optional,
  Options.withDescription("manifest.json of the previous release: the version is computed against it (none: 1.0.0)")
)

const workers = Options.integer("workers").pipe(
  Options.optional,
  Options.withDescription("worker threads for extraction besides the main thread (default: one per core but one; 0: main thread only)")
)
const noCache = Options.boolean("no-cache").pipe(
  Options.withDescription("extract every source again and rebuild even if nothing changed (the cache is .cache/ beside the output)")
)

const buildCommand = Command.make("build", { raw, out, previous, workers, noCache }, ({ noCache, out, previous, raw, workers }) =>
  Effect.gen(function*() {
    const outcome = yield* buildUnlessUpToDate({
      rawDir: raw,
      outDir: out,
      previous: Option.getOrNull(previous),
      workers: Option.getOrUndefined(workers),
      cache: !noCache
    })
    const { events, files, sources, version } = outcome.summary
    const what = outcome._tag === "UpToDate" ? "up to date, nothing changed since the last build" : "built"
    yield* Console.log(`${out} ${what}: release ${version}, ${sources} sources, ${events} events, ${files} files`)
    for (const line of outcome.summary.kept) yield* Console.log(line)
  })
).pipe(Command.withDescription("Build the dataset from the raw sources into the output folder."))

const evalCommand = Command.make(
  "eval",
  {
    dir: Args.directory({ name: "DIR" }).pipe(Args.withDescription("corpus folder with raw/ and gold/")),
    json: Options.file("json").pipe(Options.optional, Options.withDescription("also write the report as JSON to this file")),
    details: Options.boolean("details").pipe(Options.withDescription("list missed and spurious events and wrong columns"))
  },
  ({ details, dir, json }) =>
    Effect.gen(function*() {
      const { report, sources } = yield* evaluate(dir)
      yield* Console.log(formatReport(report))
      if (details) yield* Console.log(formatDetails(report, sources))
      if (Option.isSome(json)) {
        const fs = yield* FileSystem.FileSystem
        yield* fs.writeFileString(json.value, `${JSON.stringify(jsonReport(report), null, 2)}\n`)
      }
    })
).pipe(Command.withDescription("Score the extraction of DIR/raw against the gold events of DIR/gold."))

const publishCommand = Command.make(
  "publish",
  {
    raw,
    out,
    dryRun: Options.boolean("dry-run").pipe(Options.withDescription("print the plan; change nothing on GitHub or on disk")),
    repository: Options.text("repository").pipe(Options.optional, Options.withDescription("owner/name (default: GITHUB_REPOSITORY)")),
    apiUrl: Options.text("api-url").pipe(Options.optional, Options.withDescription("REST API root (default: GITHUB_API_URL, else https://api.github.com)"))
  },
  ({ apiUrl, dryRun, out, raw, repository }) =>
    Effect.gen(function*() {
      // The token comes from GITHUB_TOKEN only: a flag would leave it in shell histories and process lists.
      const settings = yield* githubSettings({ repository, apiUrl, dryRun })
      const target = yield* Config.option(Config.string("GITHUB_SHA"))
      yield* publish({ rawDir: raw, outDir: out, dryRun, target: Option.getOrNull(target) }).pipe(Effect.provide(GitHub.layer(settings)))
    })
).pipe(Command.withDescription("Build a release against the latest GitHub release and publish it when the dataset changed."))

const command = Command.make("border-events").pipe(
  Command.withDescription("Build, review and publish the border-events dataset."),
  Command.withSubcommands([buildCommand, evalCommand, publishCommand, reviewCommand, showCommand])
)

const cli = Command.run(command, { name: "border-events", version: pkg.version })

/** A failure prints its message (file, line, problem) on stderr, without a stack trace; a defect prints in full. */
const reportFailure = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  self.pipe(
    Effect.tapErrorCause((cause) => {
      const failure = Cause.failureOption(cause)
      if (Option.isSome(failure) && ValidationError.isValidationError(failure.value)) return Effect.void
      const error = Option.getOrUndefined(failure)
      return Console.error(error instanceof Error ? `error: ${error.message}` : Cause.pretty(cause))
    })
  )

cli(process.argv).pipe(
  reportFailure,
  Effect.provide(Layer.mergeAll(NodeContext.layer, Progress.layer)),
  NodeRuntime.runMain({ disableErrorReporting: true })
)
