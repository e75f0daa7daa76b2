/**
 * The seam adapters on Lào Cai: the whole demo evaluated and adapted; a province roll-up over the registry's programme
 * hierarchy (filtered on the fly) against the same tree pre-built as a Map; and ledger money for every commune of a
 * year through the indexed `mobilisedMoney` against one `aggregate` per commune.
 */
import { bench, describe } from "vitest"
import { benchOptions, size } from "../../../scripts/bench/options.ts"
import { aggregate } from "../src/contributions/aggregate.ts"
import type { Contribution } from "../src/contributions/Contribution.ts"
import { laoCai2022Contributions } from "../src/demo/laoCai2022Contributions.ts"
import { evaluateLaoCaiDemo } from "../src/demo/laoCaiAssessments.ts"
import { mobilisedMoney } from "../src/integration/mobilisedMoney.ts"
import { programmeHierarchy } from "../src/integration/programmeHierarchy.ts"
import { type ActualInputs, tallyTree } from "../src/plans/FactsRollUp.ts"
import type { Hierarchy } from "../src/plans/Inputs.ts"
import { yearPeriod } from "../src/plans/Period.ts"
import { leavesAt } from "../src/plans/RollUp.ts"
import { isoDate } from "../src/shared/IsoDate.ts"
import { type UnitCode, unitCode } from "../src/shared/UnitCode.ts"
import { laoCaiRegistry } from "../src/units/data/laoCai.ts"

const { statuses } = evaluateLaoCaiDemo()
const date = isoDate("2024-12-31")
const live = programmeHierarchy(laoCaiRegistry)
const root = unitCode("10")

// The same tree pre-built as a Map for one date: the baseline a cached programme hierarchy would reach.
const built = new Map<UnitCode, ReadonlyArray<UnitCode>>()
const fill = (u: UnitCode): void => {
  const kids = live.childrenAt(u, date)
  built.set(u, kids)
  kids.forEach(fill)
}
fill(root)
const cached: Hierarchy = { childrenAt: (u) => built.get(u) ?? [] }

const inputs = (hierarchy: Hierarchy): ActualInputs => ({
  hierarchy,
  statuses,
  villages: [],
  money: () => 0n,
  statusPolicy: "same-year",
})

describe("Lào Cai demo: 20 xã × 3 years, NTM + advanced evaluations adapted to CommuneStatus", () => {
  bench(
    "evaluateLaoCaiDemo",
    () => {
      evaluateLaoCaiDemo()
    },
    benchOptions,
  )
})

describe("Province roll-up of the 2024 demo statuses over 126 xã", () => {
  bench(
    "baseline: Map-backed hierarchy",
    () => {
      tallyTree(inputs(cached), root, yearPeriod(2024))
    },
    benchOptions,
  )
  bench(
    "programmeHierarchy(laoCaiRegistry)",
    () => {
      tallyTree(inputs(live), root, yearPeriod(2024))
    },
    benchOptions,
  )
})

// A year of ledger lines over the 126 xã: the demo lines' shapes, re-addressed round-robin.
const communes = leavesAt(live, root, date)
const N = size(100_000, 500)
const lines: Array<Contribution> = Array.from({ length: N }, (_, i) => {
  const l = laoCai2022Contributions[i % laoCai2022Contributions.length] as Contribution
  return { ...l, commune: communes[i % communes.length] as UnitCode }
})
const start = isoDate("2022-01-01")
const end = isoDate("2022-12-31")

describe(`Money for each of 126 xã in 2022 from ${N} lines`, () => {
  bench(
    "baseline: aggregate once per commune",
    () => {
      for (const c of communes)
        aggregate(
          lines.filter((l) => l.commune === c && l.date >= start && l.date <= end),
          [],
        )
    },
    benchOptions,
  )
  bench(
    "mobilisedMoney: index once, range-sum per commune",
    () => {
      const money = mobilisedMoney(lines)
      for (const c of communes) money(c, start, end)
    },
    benchOptions,
  )
})
