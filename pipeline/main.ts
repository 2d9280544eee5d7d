// The command line: assembles the layers and runs the commands.
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer } from "effect"
import pkg from "../package.json" with { type: "json" }
import { build } from "./build.ts"
import * as Progress from "./progress.ts"

const raw = Options.directory("raw").pipe(
  Options.withDefault("raw"),
  Options.withDescription("folder of raw sources (<source_id>.md files)")
)
const out = Options.directory("out").pipe(
  Options.withDefault("dist"),
  Options.withDescription("output folder; replaced atomically, left untouched when the build fails")
)

const buildCommand = Command.make("build", { raw, out }, ({ out, raw }) =>
  Effect.gen(function*() {
    const { dataset, files } = yield* build({ rawDir: raw, outDir: out })
    yield* Console.log(`built ${out}: ${dataset.sources.length} sources, ${dataset.events.length} events, ${files.length} files`)
  })
).pipe(Command.withDescription("Build the dataset from the raw sources into the output folder."))

const command = Command.make("border-events").pipe(
  Command.withDescription("Build, review and publish the border-events dataset."),
  Command.withSubcommands([buildCommand])
)

const cli = Command.run(command, { name: "border-events", version: pkg.version })

cli(process.argv).pipe(
  Effect.provide(Layer.mergeAll(NodeContext.layer, Progress.layer)),
  NodeRuntime.runMain({ disableErrorReporting: false })
)
