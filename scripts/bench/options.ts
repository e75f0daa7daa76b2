/** Benchmark options shared by every `*.bench.ts`: full runs for `pnpm bench`, one iteration for CI's smoke run. */
import type { BenchOptions } from "vitest"

/** True in CI's smoke run (`pnpm bench:smoke`): each benchmark runs once on small inputs, so it cannot rot. */
export const smoke = process.env.NTM_BENCH_SMOKE === "1"

/** Options for `bench(name, fn, options)`. */
export const benchOptions: BenchOptions = smoke
  ? { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 }
  : { iterations: 10, time: 2_000, warmupIterations: 2, warmupTime: 200 }

/** Picks the full-size or the smoke-size input. */
export const size = (full: number, smokeSize: number): number => (smoke ? smokeSize : full)
