/** The benchmark items `pnpm bench` runs, in order. Add an item: one import and one line in the list. */
import { cpuTime } from "../../packages/core/bench/cpu/cpuTime.ts"
import { aggregateMemory } from "../../packages/core/bench/memory/aggregateMemory.ts"
import { apiLatency } from "../../packages/functions/bench/api/latency.ts"
import { lambdaBundle } from "../../packages/functions/bench/coldStart.ts"
import { storedHelpReport } from "../../packages/functions/bench/reports/storedHelpReport.ts"
import type { BenchItem } from "./item.ts"
import { vitestBenches } from "./vitestBenches.ts"

/** Every registered item. */
export const items: ReadonlyArray<BenchItem> = [
  vitestBenches,
  cpuTime,
  aggregateMemory,
  apiLatency,
  lambdaBundle,
  storedHelpReport,
]
