/** What a benchmark item is: a named measurement that runs once per `pnpm bench` and answers table rows. */

/** How the runner calls an item: a full run, or CI's one-iteration smoke run on small inputs. */
export interface RunOptions {
  readonly smoke: boolean
}

/** One measured value with its unit (e.g. 35.2 "ms", 812 "KiB"). */
export interface Measure {
  readonly value: number
  readonly unit: string
}

/**
 * One row of docs/benchmarks.md: a candidate measured against a baseline in the same run. The ratio is
 * candidate ÷ baseline; `target` (an upper bound on the ratio) comes from the item's id (P1…P5) unless given;
 * `null` means the row has none (shown for information).
 */
export interface Row {
  readonly group: string
  readonly baseline?: { readonly name: string; readonly measure: Measure } | undefined
  readonly candidate: { readonly name: string; readonly measure: Measure }
  readonly target?: number | null | undefined
}

/** A benchmark item. Register it in `items.ts`. */
export interface BenchItem {
  /** Short name for the runner's log, e.g. "P3 API latency". */
  readonly name: string
  readonly run: (options: RunOptions) => Promise<ReadonlyArray<Row>>
}

/** Median of a non-empty sample. */
export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
