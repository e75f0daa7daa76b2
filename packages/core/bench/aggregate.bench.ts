/** Aggregating 1,000,000 contribution lines by provider × commune × category: exact bigint monoid vs a plain Map + number loop. */
import { BigDecimal } from "effect"
import { bench, describe } from "vitest"
import { size, smoke } from "../../../scripts/bench/options.ts"
import { aggregate, dimensions } from "../src/contributions/aggregate.ts"
import type { Contribution, Provider } from "../src/contributions/Contribution.ts"
import { standardCatalogue } from "../src/contributions/catalogue.ts"
import type { Vnd } from "../src/money/Vnd.ts"
import type { IsoDate } from "../src/shared/IsoDate.ts"
import { unitCode } from "../src/shared/UnitCode.ts"

const N = size(1_000_000, 1_000)
// Deterministic generator (a linear congruential one), so every run aggregates the same lines.
let seed = 42
const next = (n: number): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed % n
}

// Sizes from peers-and-practice.md §7: ≤ 300 providers and ≤ 170 communes per province.
const providers: Array<Provider> = Array.from({ length: 300 }, (_, i) => ({
  kind: "agency",
  id: `p${i}`,
  name: `Provider ${i}`,
}))
const communes = Array.from({ length: 170 }, (_, i) => unitCode(String(2_600 + i * 3).padStart(5, "0")))
const items = standardCatalogue.items
const quantities = Array.from({ length: 100 }, (_, i) => BigDecimal.make(BigInt(i + 1), i % 2))
const values = Array.from({ length: 1_000 }, (_, i) => BigInt(1_000 * (i + 1) * (i + 7)) as Vnd)
const date = "2022-06-15" as IsoDate
const history: Contribution["history"] = [{ status: "confirmed", date, by: { kind: "commune", id: "x" } }]

const lines: Array<Contribution> = new Array(N)
const numbers = new Float64Array(N)
for (let i = 0; i < N; i++) {
  const item = items[next(items.length)]!
  const value = values[next(values.length)]!
  lines[i] = {
    id: "l",
    provider: providers[next(providers.length)]!,
    commune: communes[next(communes.length)]!,
    date,
    programme: "ntm",
    category: item.category,
    item: item.code,
    quantity: quantities[next(quantities.length)]!,
    unit: item.baseUnit,
    value,
    evidence: [],
    status: "confirmed",
    history,
  }
  numbers[i] = Number(value)
}

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
