/**
 * Roll-ups and target actuals at national scale: 63 provinces × 11 district-level units × 15 communes
 * (10,395 communes, about the 10,035 commune-level units before 1 July 2025, peers-and-practice.md §7),
 * 19 criteria each, over a Map-backed hierarchy like the one the units module will supply.
 */
import { bench, describe } from "vitest"
import { benchOptions } from "../../../scripts/bench/options.ts"
import { type ActualInputs, tallyTree } from "../src/plans/FactsRollUp.ts"
import type { CommuneStatus, Hierarchy, Tier } from "../src/plans/Inputs.ts"
import { yearPeriod } from "../src/plans/Period.ts"
import { findRegressions } from "../src/plans/Regression.ts"
import type { Target } from "../src/plans/Target.ts"
import { targetActuals } from "../src/plans/TargetActual.ts"
import { type UnitCode, unitCode } from "../src/shared/UnitCode.ts"

const children = new Map<UnitCode, Array<UnitCode>>()
const statuses: Array<CommuneStatus> = []
const tiers: ReadonlyArray<Tier> = ["none", "ntm", "advanced", "model"]
const nation = unitCode("00")
for (let p = 0; p < 63; p++) {
  const prov = unitCode(String(10 + p).padStart(2, "0"))
  children.set(nation, [...(children.get(nation) ?? []), prov])
  for (let d = 0; d < 11; d++) {
    const dist = unitCode(String(100 + p * 11 + d).padStart(3, "0"))
    children.set(prov, [...(children.get(prov) ?? []), dist])
    for (let c = 0; c < 15; c++) {
      const n = (p * 11 + d) * 15 + c
      const commune = unitCode(String(10_000 + n))
      children.set(dist, [...(children.get(dist) ?? []), commune])
      for (const year of [2023, 2024]) {
        const criteria = Array.from({ length: 19 }, (_, i) => ({
          key: `c${i + 1}`,
          result: (n + i + year) % 7 === 0 ? ("fail" as const) : ("pass" as const),
        }))
        const met = criteria.filter((x) => x.result === "pass").length
        statuses.push({
          unit: commune,
          year,
          packId: "bench",
          tier: tiers[(n + year) % 4]!,
          criteriaMet: met,
          criteriaTotal: 19,
          indeterminate: 0,
          criteria,
        })
      }
    }
  }
}
const hierarchy: Hierarchy = { childrenAt: (u) => children.get(u) ?? [] }
const inputs: ActualInputs = {
  hierarchy,
  statuses,
  villages: [],
  money: (u) => BigInt(u.length) * 1_000_000n,
  statusPolicy: "same-year",
}
const target: Target = {
  id: "bench",
  title: { vi: "x", en: "x" },
  scope: nation,
  indicator: { _tag: "CommunesAtTier", tier: "ntm", match: "at-least" },
  cumulative: false,
  baseline: { year: 2022, value: 5000, source: "bench" },
  periods: [2023, 2024].map((y) => ({ period: yearPeriod(y), values: [{ value: 8000, source: "bench" }] })),
}
const byUnit2023 = statuses.filter((s) => s.year === 2023)
const byUnit2024 = statuses.filter((s) => s.year === 2024)

describe("plans at national scale (10,395 communes)", () => {
  bench(
    "tallyTree: roll up one year to the nation",
    () => {
      tallyTree(inputs, nation, yearPeriod(2024))
    },
    benchOptions,
  )
  bench(
    "targetActuals: one target, two periods",
    () => {
      targetActuals(target, inputs)
    },
    benchOptions,
  )
  bench(
    "findRegressions: every commune 2023 → 2024",
    () => {
      for (let i = 0; i < byUnit2024.length; i++) findRegressions(byUnit2023[i]!, byUnit2024[i]!)
    },
    benchOptions,
  )
  bench(
    "baseline: one pass summing criteriaMet over 2024 statuses",
    () => {
      let s = 0
      for (const x of byUnit2024) s += x.criteriaMet
      if (s < 0) throw new Error("unreachable")
    },
    benchOptions,
  )
})
