/** Commune plans: validation, progress against the latest assessment, regressions and at-risk flags. */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { demoAtRiskThresholds, demoPlans, demoStatuses, k } from "../../src/demo/laoCaiPlans.ts"
import { AtRisk, assessRisk } from "../../src/plans/AtRisk.ts"
import { CommunePlan, plannedTotal, validateCommunePlan } from "../../src/plans/CommunePlan.ts"
import { planProgress } from "../../src/plans/PlanProgress.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { statusPairArb } from "./arbitraries.ts"

const plan = (id: string) => demoPlans.find((p) => p.id === id)!

describe("CommunePlan", () => {
  it("demo plans validate and round-trip through JSON with money as decimal strings", () => {
    for (const p of demoPlans) {
      const json = JSON.parse(JSON.stringify(Schema.encodeSync(CommunePlan)(p)))
      expect(typeof json.resources[0].amount).toBe("string")
      const r = validateCommunePlan(json)
      expect(r.problems).toEqual([])
      expect(r.ok && r.value).toEqual(p)
    }
    expect(plannedTotal(plan("demo-plan-03037-2024"))).toBe(2_950_000_000n)
  })

  it("reports every problem with its path", () => {
    const r = validateCommunePlan({
      id: "x",
      unit: "083",
      year: 2024,
      packId: "p",
      targetYear: 2023,
      criteria: [
        { key: "c1", intent: "reach" },
        { key: "c1", intent: "maintain" },
      ],
      indicators: [
        { code: "10.1", intent: "reach", better: "higher" },
        { code: "10.1", intent: "reach", better: "higher" },
      ],
      resources: [{ source: "credit", amount: "12" }],
    })
    expect(r.problems.map((p) => `${p.path.join(".")} ${p.rule}`)).toEqual([
      "unit plan.unit-commune",
      "targetYear plan.target-year",
      "criteria.1.key plan.duplicate-criterion",
      "indicators.1.code plan.duplicate-indicator",
    ])
    const schema = validateCommunePlan({
      id: "x",
      unit: "02794",
      year: 2024,
      packId: "p",
      criteria: [],
      resources: [
        { source: "credit", amount: "-5" },
        { source: "x", amount: 5 },
      ],
    })
    expect(schema.problems.map((p) => p.path.join("."))).toEqual([
      "resources.0.amount",
      "resources.1.source",
      "resources.1.amount",
    ])
  })
})

describe("planProgress", () => {
  it("measures a plan against the latest assessment", () => {
    const p = planProgress(plan("demo-plan-03037-2024"), demoStatuses)
    expect(p.assessmentYear).toBe(2024)
    expect(p.percentMet).toBe(100)
    expect(p.tierReached).toBe(true)
    const t = planProgress(plan("demo-plan-02794-2024"), demoStatuses)
    expect(t.met).toBe(1) // c9 passes; c14 is indeterminate, so unknown, not met
    expect(t.criteria.find((c) => c.key === k(14))?.state).toBe("unknown")
    expect(t.criteria.find((c) => c.key === k(9))?.state).toBe("met")
  })

  it("shows lost criteria (rớt chuẩn) and flags the plan at risk", () => {
    const r = assessRisk(plan("demo-plan-03040-2024"), demoStatuses, 2024, demoAtRiskThresholds)
    expect(r.progress.lost).toEqual([k(10), k(17)])
    expect(r.reasons).toContain("criteria-lost")
    expect(r.progress.criteria.find((c) => c.key === k(15))?.state).toBe("unknown")
  })

  it("flags a near deadline with a large gap, and an overdue plan, using the caller's thresholds", () => {
    const taThang = plan("demo-plan-02794-2024") // due 2025, 8 of 9 planned criteria not met in 2024
    expect(assessRisk(taThang, demoStatuses, 2024, { maxYearsLeft: 1, minGap: 3 }).reasons).toEqual([
      "deadline-near-gap-large",
    ])
    expect(assessRisk(taThang, demoStatuses, 2024, { maxYearsLeft: 0, minGap: 3 }).atRisk).toBe(false)
    expect(assessRisk(taThang, demoStatuses, 2024, { maxYearsLeft: 1, minGap: 9 }).atRisk).toBe(false)
    expect(assessRisk(taThang, demoStatuses, 2026, { maxYearsLeft: 1, minGap: 3 }).reasons).toEqual([
      "overdue-with-gap",
    ])
    expect(assessRisk({ ...taThang, unit: unitCode("02797") }, [], 2024, demoAtRiskThresholds).reasons).toContain(
      "not-assessed",
    )
  })

  it("counts as met exactly the planned criteria that pass in the latest assessment", () => {
    fc.assert(
      fc.property(statusPairArb, ([before, after]) => {
        const p = planProgress(
          {
            id: "p",
            unit: after.unit,
            year: after.year,
            packId: "pack",
            criteria: before.criteria.map((c) => ({ key: c.key, intent: "maintain" })),
            resources: [],
          },
          [before, after],
        )
        const passing = new Set(after.criteria.filter((c) => c.result === "pass").map((c) => c.key))
        expect(p.met).toBe(before.criteria.filter((c) => passing.has(c.key)).length)
        const was = new Map(before.criteria.map((c) => [c.key, c.result]))
        expect(p.lost).toEqual(
          after.criteria.filter((c) => was.get(c.key) === "pass" && c.result === "fail").map((c) => c.key),
        )
      }),
    )
  })
})

describe("outputs as JSON", () => {
  it("at-risk flags (with their plan progress) round-trip through JSON", () => {
    for (const p of demoPlans) {
      for (const year of [2023, 2024, 2026]) {
        const r = assessRisk(p, demoStatuses, year, demoAtRiskThresholds)
        const json = JSON.parse(JSON.stringify(Schema.encodeSync(AtRisk)(r)))
        expect(Schema.decodeUnknownSync(AtRisk)(json)).toEqual(r)
      }
    }
  })
})
