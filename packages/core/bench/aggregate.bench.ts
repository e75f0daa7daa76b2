/** Aggregating 1,000,000 contribution lines by provider × commune × category: exact bigint monoid vs a plain Map + number loop. */
import { bench, describe } from "vitest"
import { size, smoke } from "../../../scripts/bench/options.ts"
import { aggregate, dimensions } from "../src/contributions/aggregate.ts"
import { contributionLines } from "./fixtures/contributionLines.ts"

const N = size(1_000_000, 1_000)
const { lines, numbers } = contributionLines(N)

/** One million lines take seconds per pass: a few iterations suffice for a stable ratio. */
const heavy = smoke
  ? { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 }
  : { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 }

describe("P2 aggregate contribution lines by provider × commune × category", () => {
  bench(
    "baseline: plain Map<string, number> loop (floats, VND only)",
    () => {
      const totals = new Map<string, number>()
      for (let i = 0; i < N; i++) {
        const l = lines[i]!
        const key = `${l.provider.id}\u001f${l.commune}\u001f${l.category}`
        totals.set(key, (totals.get(key) ?? 0) + numbers[i]!)
      }
    },
    heavy,
  )
  bench(
    "reference: the same Map loop with bigint sums (VND only)",
    () => {
      const totals = new Map<string, bigint>()
      for (let i = 0; i < N; i++) {
        const l = lines[i]!
        const key = `${l.provider.id}\u001f${l.commune}\u001f${l.category}`
        totals.set(key, (totals.get(key) ?? 0n) + l.value!)
      }
    },
    heavy,
  )
  bench(
    "aggregate(): exact bigint VND, cash / in-kind, quantities per item and unit",
    () => {
      aggregate(lines, [dimensions.provider, dimensions.commune, dimensions.category])
    },
    heavy,
  )
})
