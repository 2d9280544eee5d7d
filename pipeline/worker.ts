// worker: the thread side of workers.ts. Takes batches of raw files, gives their outcomes (runJob).
import { WorkerRunner } from "@effect/platform"
import { NodeRuntime, NodeWorkerRunner } from "@effect/platform-node"
import { Effect, Layer } from "effect"
import { type RawFile, runJob } from "./workers.ts"

WorkerRunner.launch(
  WorkerRunner.layer((files: ReadonlyArray<RawFile>) => Effect.sync(() => runJob(files))).pipe(Layer.provide(NodeWorkerRunner.layer))
).pipe(NodeRuntime.runMain)
