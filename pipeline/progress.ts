// Progress of long work: one line rewritten in place on a terminal; silent when not a TTY or under CI.
import { Context, Effect, Layer } from "effect"

export interface ProgressShape {
  /** `done` of `total` units of `stage` are finished. */
  readonly update: (stage: string, done: number, total: number) => Effect.Effect<void>
  readonly done: Effect.Effect<void>
}

export class Progress extends Context.Tag("border-events/Progress")<Progress, ProgressShape>() {}

const quiet: ProgressShape = { update: () => Effect.void, done: Effect.void }

export const silent = Layer.succeed(Progress, quiet)

const terminal = (stream: NodeJS.WriteStream) => {
  let last = 0
  let shown = false
  return Progress.of({
    update: (stage, done, total) =>
      Effect.sync(() => {
        // At most ~10 redraws a second, and always the last one.
        const now = performance.now()
        if (done < total && now - last < 100) return
        last = now
        shown = true
        const pct = total === 0 ? 100 : Math.floor((done / total) * 100)
        stream.write(`\r\x1b[2K${stage} ${done}/${total} (${pct}%)`)
      }),
    done: Effect.sync(() => {
      if (shown) stream.write("\r\x1b[2K")
      shown = false
    })
  })
}

/** A terminal line on stderr when it is a TTY and not under CI; silent otherwise. */
export const layer = Layer.sync(Progress, () =>
  process.stderr.isTTY && !process.env.CI ? terminal(process.stderr) : quiet
)
