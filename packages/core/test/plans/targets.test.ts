/** Targets: Lào Cai's sourced fixtures validate and round-trip through JSON; actuals are computed from inputs. */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  demoHierarchyLinks,
  demoNewHierarchyLinks,
  demoStatuses,
  demoSuccessors,
  demoVillages,
} from "../../src/demo/laoCaiPlans.ts"
import { averageCriteria, laoCaiTargets, ntmCommunes, ntmVillagesYearly } from "../../src/demo/laoCaiTargets.ts"
import { type ActualInputs, rebasedTallyTree } from "../../src/plans/FactsRollUp.ts"
import { validateStatuses, validateVillageRecognitions } from "../../src/plans/InputChecks.ts"
import { hierarchyFromLinks } from "../../src/plans/Inputs.ts"
import { yearPeriod } from "../../src/plans/Period.ts"
import { findNode } from "../../src/plans/RollUp.ts"
import { atLeast, combineAll } from "../../src/plans/Tally.ts"
import { currentValue, Target, validateTarget } from "../../src/plans/Target.ts"
import { PeriodActual, targetActuals } from "../../src/plans/TargetActual.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { formatProblem } from "../../src/shared/Problem.ts"
import { type UnitCode, unitCode } from "../../src/shared/UnitCode.ts"

const hierarchy = hierarchyFromLinks(demoHierarchyLinks)
const inputs: ActualInputs = {
  hierarchy,
  statuses: demoStatuses,
  villages: demoVillages,
  money: () => 0n,
  statusPolicy: "same-year",
}

const jsonRoundTrip = (t: Target): unknown => JSON.parse(JSON.stringify(Schema.encodeSync(Target)(t)))

describe("Lào Cai targets (sourced)", () => {
  it("every target validates and survives a JSON round trip", () => {
    for (const t of laoCaiTargets) {
      const r = validateTarget(jsonRoundTrip(t))
      expect(r.problems.map(formatProblem)).toEqual([])
      expect(r.ok && r.value).toEqual(t)
    }
  })

  it("keeps the revision history: 94 (KH 301) then 84 (KH 104) in force for 2025", () => {
    const p2025 = ntmCommunes.periods[1]!
    expect(p2025.values.map((v) => v.value)).toEqual([94, 84])
    expect(currentValue(p2025)).toBe(84)
    expect(p2025.values[1]!.source).toContain("KH 104/KH-BCĐ")
  })
})

describe("targetActuals", () => {
  it("counts NTM communes (at least NTM) over the demo slice of the hierarchy, with coverage", () => {
    const [y2024] = targetActuals(ntmCommunes, inputs)
    // demo 2024: ntm 02788, 03037; advanced 02929, 02944 → 4 at NTM or above; 11 communes, all assessed in 2024
    expect(y2024!.actual).toBe(4)
    expect(y2024!.coverage).toEqual({ communes: 11, assessed: 11, complete: true })
    expect(y2024!.achieved).toBe(false)
    expect(y2024!.progress!.rule).toBe("distance")
  })

  it("computes the average criteria weighted by communes, and coverage under another status policy", () => {
    const rows = targetActuals(averageCriteria, inputs)
    const statuses2024 = demoStatuses.filter((s) => s.year === 2024)
    expect(rows[0]!.actual).toBeCloseTo(statuses2024.reduce((s, x) => s + x.criteriaMet, 0) / statuses2024.length, 9)
    // 2025: no assessments → no actual, coverage shows 0 assessed
    expect(rows[1]!.actual).toBeUndefined()
    expect(rows[1]!.progress).toBeUndefined()
    const latest = targetActuals(averageCriteria, { ...inputs, statusPolicy: "latest" })
    expect(latest[1]!.coverage.assessed).toBe(11)
  })

  it("counts village recognitions inside each period", () => {
    const rows = targetActuals(ntmVillagesYearly, inputs)
    expect(rows.map((r) => r.actual)).toEqual([0, 2])
  })

  it("sums money inside the period, or from the first period when cumulative; money progress is exact", () => {
    const perYear = new Map<number, bigint>([
      [2021, 5n],
      [2022, 7n],
      [2023, 11n],
    ])
    const money = (unit: UnitCode, start: string, end: string) =>
      unit === unitCode("02794")
        ? [...perYear]
            .filter(([y]) => `${y}` >= start.slice(0, 4) && `${y}` <= end.slice(0, 4))
            .reduce((s, [, v]) => s + v, 0n)
        : 0n
    const base: Target = {
      id: "m",
      title: { vi: "Huy động", en: "Mobilised" },
      scope: unitCode("10"),
      indicator: { _tag: "MoneyMobilised" },
      cumulative: false,
      periods: [2021, 2022, 2023].map((y) => ({ period: yearPeriod(y), values: [{ value: 10n, source: "test" }] })),
    }
    expect(targetActuals(base, { ...inputs, money }).map((r) => r.actual)).toEqual([5n, 7n, 11n])
    const cumulative = targetActuals({ ...base, cumulative: true }, { ...inputs, money })
    expect(cumulative.map((r) => r.actual)).toEqual([5n, 12n, 23n])
    expect(cumulative.map((r) => r.progress?.percent)).toEqual([50, 120, 230])
  })

  it("reads a commune indicator from the commune's own status", () => {
    const t: Target = {
      id: "income",
      title: { vi: "Thu nhập", en: "Income" },
      scope: unitCode("02794"),
      indicator: { _tag: "CommuneIndicator", code: "10.1", better: "higher" },
      cumulative: false,
      baseline: { year: 2023, value: 30, source: "test" },
      periods: [{ period: yearPeriod(2024), values: [{ value: 40, source: "test" }] }],
    }
    const statuses = [{ ...demoStatuses[1]!, indicators: [{ code: "10.1", value: 35, result: "fail" as const }] }]
    const [row] = targetActuals(t, { ...inputs, statuses })
    expect(row!.actual).toBe(35)
    expect(row!.progress!.percent).toBe(50)
  })

  it("actual counts never exceed the communes in scope, for any assessed subset", () => {
    fc.assert(
      fc.property(fc.subarray([...demoStatuses]), (statuses) => {
        const [row] = targetActuals(ntmCommunes, { ...inputs, statuses })
        expect(row!.actual as number).toBeLessThanOrEqual(row!.coverage.assessed)
        expect(row!.coverage.assessed).toBeLessThanOrEqual(row!.coverage.communes)
      }),
    )
  })
})

describe("validateTarget", () => {
  it("reports every rule broken, with paths", () => {
    const r = validateTarget({
      id: "bad",
      title: { vi: "x", en: "x" },
      scope: "10",
      indicator: { _tag: "CommunesAtTier", tier: "ntm", match: "at-least" },
      cumulative: true,
      baseline: { year: 2030, value: "5", source: "s" },
      periods: [
        { period: { start: "2025-01-01", end: "2025-12-31" }, values: [{ value: 94.5, source: "s" }] },
        { period: { start: "2025-06-01", end: "2025-05-31" }, values: [{ value: 1, source: "s" }] },
      ],
    })
    expect(r.ok).toBe(false)
    expect(r.problems.map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "cumulative target.cumulative-level",
      "baseline.value target.value-type",
      "baseline.year target.baseline-after-period",
      "periods.0.values.0.value target.value-count",
      "periods.1.period target.period-order",
      "periods.1.period target.period-overlap",
    ])
  })

  it("reports schema problems with paths", () => {
    const r = validateTarget({
      id: "",
      title: { vi: "x" },
      scope: "1",
      indicator: { _tag: "Nope" },
      cumulative: 1,
      periods: [],
    })
    expect(r.ok).toBe(false)
    expect(r.problems.map((p) => p.path.join("."))).toEqual(["id", "title.en", "scope", "indicator", "cumulative"])
  })

  it("accepts money as a decimal string and rejects a money number", () => {
    const money = {
      id: "m",
      title: { vi: "x", en: "x" },
      scope: "10",
      indicator: { _tag: "MoneyMobilised" },
      cumulative: true,
      periods: [
        { period: { start: "2021-01-01", end: "2025-12-31" }, values: [{ value: "9200000000000000", source: "s" }] },
      ],
    }
    const ok = validateTarget(money)
    expect(ok.ok && currentValue(ok.value.periods[0]!)).toBe(9_200_000_000_000_000n)
    const encoded = JSON.parse(JSON.stringify(Schema.encodeSync(Target)(ok.ok ? ok.value : (undefined as never))))
    expect(encoded.periods[0].values[0].value).toBe("9200000000000000")
    const bad = validateTarget({ ...money, periods: [{ ...money.periods[0]!, values: [{ value: 1, source: "s" }] }] })
    expect(bad.problems.map((p) => p.rule)).toEqual(["target.value-type"])
  })
})

describe("outputs as JSON", () => {
  it("period actuals round-trip through JSON (money as decimal strings, absent values as absent keys)", () => {
    const Rows = Schema.Array(PeriodActual)
    for (const t of laoCaiTargets) {
      const rows = targetActuals(t, inputs)
      const json = JSON.parse(JSON.stringify(Schema.encodeSync(Rows)(rows)))
      expect(Schema.decodeUnknownSync(Rows)(json)).toEqual(rows)
    }
  })
})

describe("re-basing onto the units in force from 1 July 2025", () => {
  it("sums the old communes into their successors and rolls up through the new province", () => {
    const { tree, unmapped } = rebasedTallyTree(inputs, unitCode("10"), yearPeriod(2024), {
      hierarchy: hierarchyFromLinks(demoNewHierarchyLinks),
      root: unitCode("15"),
      date: isoDate("2025-07-01"),
      successor: (old) => demoSuccessors.get(old),
    })
    expect(unmapped).toEqual([])
    const before = rebasedTallyTree(inputs, unitCode("10"), yearPeriod(2024), {
      hierarchy,
      root: unitCode("10"),
      date: isoDate("2024-12-31"),
      successor: (old) => old,
    }).tree.tally
    expect(tree.tally).toEqual(before) // totals preserved
    expect(findNode(tree, unitCode("02782"))!.tally.communes).toBe(4) // Cao Sơn ← Lùng Khấu Nhin, Cao Sơn, La Pan Tẩn, Tả Thàng
    expect(atLeast(findNode(tree, unitCode("02788"))!.tally, "ntm")).toBe(1) // Bản Lầu ← Bản Lầu (ntm) + Bản Sen (none)
    expect(tree.children.map((c) => c.tally)).toHaveLength(5)
    expect(combineAll(tree.children.map((c) => c.tally))).toEqual(tree.tally)
  })

  it("leaves an old commune without successor out, and says so", () => {
    const { unmapped, tree } = rebasedTallyTree(inputs, unitCode("10"), yearPeriod(2024), {
      hierarchy: hierarchyFromLinks(demoNewHierarchyLinks),
      root: unitCode("15"),
      date: isoDate("2025-07-01"),
      successor: (old) => (old === "02794" ? undefined : demoSuccessors.get(old)),
    })
    expect(unmapped).toEqual(["02794"])
    expect(tree.tally.communes).toBe(10)
  })
})

describe("seam inputs", () => {
  it("the demo statuses and villages are consistent and round-trip through JSON", () => {
    expect(validateStatuses(JSON.parse(JSON.stringify(demoStatuses))).problems).toEqual([])
    expect(validateVillageRecognitions(JSON.parse(JSON.stringify(demoVillages))).problems).toEqual([])
  })

  it("reports inconsistent counts with paths", () => {
    const s = demoStatuses[0]!
    const r = validateStatuses([
      { ...s, criteriaMet: 19, indeterminate: 1, criteria: [...s.criteria, s.criteria[0]!] },
      s,
    ])
    expect(r.problems.map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "0.criteriaTotal status.count-total",
      "0.criteria.19.key status.duplicate-criterion",
      "0.criteriaMet status.count-mismatch",
      "0.indeterminate status.count-mismatch",
      "0.criteriaTotal status.count-mismatch",
      "1 status.duplicate",
    ])
    const v = validateVillageRecognitions([
      { village: "02794", commune: "02794-1", tier: "ntm", recognisedOn: "2024-01-01", revokedOn: "2023-01-01" },
    ])
    expect(v.problems.map((p) => p.rule)).toEqual([
      "village.revoked-before-recognised",
      "village.code",
      "village.commune-code",
    ])
  })

  it("progress toward a commune-count target never drops when communes move up a tier", () => {
    const order = ["none", "ntm", "advanced", "model"] as const
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: demoStatuses.length, maxLength: demoStatuses.length }), (ups) => {
        const upgraded = demoStatuses.map((s, i) => ({
          ...s,
          tier: order[Math.min(3, order.indexOf(s.tier) + ups[i]!)]!,
        }))
        const before = targetActuals(ntmCommunes, inputs)
        const after = targetActuals(ntmCommunes, { ...inputs, statuses: upgraded })
        before.forEach((row, k) => {
          const b = row.progress?.percent
          const a = after[k]!.progress?.percent
          if (b !== undefined && a !== undefined) expect(a).toBeGreaterThanOrEqual(b)
        })
      }),
    )
  })
})
