/** A progress bar for long runs (cli-progress), shown on stderr only when it is a terminal. */
import cliProgress from "cli-progress"
import type { Io } from "./Io.ts"

/** A started progress bar: advance it, then stop it. A no-op when stderr is not a terminal. */
export interface Progress {
  readonly tick: () => void
  readonly stop: () => void
}

/** Starts a progress bar of `total` steps labelled `label`, or a silent one when not on a TTY. */
export const startProgress = (io: Io, label: string, total: number): Progress => {
  if (!io.isTTY || total === 0) return { tick: () => {}, stop: () => {} }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total}`,
      ...(io.progressStream === undefined ? {} : { stream: io.progressStream }),
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0)
  return { tick: () => bar.increment(), stop: () => bar.stop() }
}
