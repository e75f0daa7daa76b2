/**
 * The annual help report over a province's year: 100,000 confirmed lines, 300 providers, every commune of old
 * Lào Cai on real codes, dates spread over 2022 — against the single aggregation pass it is built on.
 */
import { BigDecimal } from "effect"
import { bench, describe } from "vitest"
import { benchOptions, size } from "../../../scripts/bench/options.ts"
import { aggregate, dimensions } from "../src/contributions/aggregate.ts"
import type { Contribution, Provider } from "../src/contributions/Contribution.ts"
import { standardCatalogue } from "../src/contributions/catalogue.ts"
import type { Vnd } from "../src/money/Vnd.ts"
import { helpReport } from "../src/reports/help/helpReport.ts"
import { toCsvFiles } from "../src/reports/render/csv.ts"
import { isoDate } from "../src/shared/IsoDate.ts"
import { laoCaiRegistry } from "../src/units/data/laoCai.ts"
import { unitsAt } from "../src/units/Registry.ts"

const N = size(100_000, 500)
let seed = 7
const next = (n: number): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed % n
}
const providers: Array<Provider> = Array.from({ length: 300 }, (_, i) => ({
  kind: "agency",
  id: `p${i}`,
  name: `P ${i}`,
}))
const communes = unitsAt(laoCaiRegistry, isoDate("2022-06-15"), "commune").map((u) => u.code)
const dates = Array.from({ length: 365 }, (_, d) =>
  isoDate(new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
)
const items = standardCatalogue.items
const lines: Array<Contribution> = Array.from({ length: N }, (_, i) => {
  const item = items[next(items.length)]!
  const date = dates[next(dates.length)]!
  const commune = communes[next(communes.length)]!
  return {
    id: `l${i}`,
    provider: providers[next(providers.length)]!,
    commune,
    date,
    programme: "ntm",
    category: item.category,
    item: item.code,
    quantity: BigDecimal.fromBigInt(BigInt(1 + next(100))),
    unit: item.baseUnit,
    valuation: { basis: item.category === "cash" ? "face-value" : "price-list", unitValue: 1n as Vnd },
    value: BigInt(1_000 * (1 + next(100_000))) as Vnd,
    evidence: [],
    status: "confirmed",
    history: [{ status: "confirmed", date, by: { kind: "commune", id: commune } }],
  }
})

describe("help report for a province-year (100,000 lines)", () => {
  bench(
    "baseline: one aggregation pass by provider",
    () => {
      aggregate(lines, [dimensions.provider])
    },
    benchOptions,
  )
  bench(
    "help report: every sheet incl. districts as of each line's date and re-basing onto 2025 communes",
    () => {
      helpReport({
        year: 2022,
        lines,
        catalogue: standardCatalogue,
        priceLists: [],
        registry: laoCaiRegistry,
        rebaseTo: isoDate("2025-07-01"),
      })
    },
    benchOptions,
  )
  bench(
    "help report rendered to CSV (all sheets)",
    () => {
      toCsvFiles(
        helpReport({
          year: 2022,
          lines,
          catalogue: standardCatalogue,
          priceLists: [],
          registry: laoCaiRegistry,
          rebaseTo: isoDate("2025-07-01"),
        }),
        { language: "vi" },
      )
    },
    benchOptions,
  )
})
