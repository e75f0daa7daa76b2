/** The Lào Cai demo assessments: the designed mix, the demo flag on every evaluation, targets and regressions. */
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Evaluation } from "../../src/criteria/Evaluation.ts"
import { builtOnDemoFillIn, DEMO_NOTICE } from "../../src/demo/demoMarking.ts"
import { laoCai2022Article } from "../../src/demo/laoCai2022Article.ts"
import { laoCai2022Contributions } from "../../src/demo/laoCai2022Contributions.ts"
import {
  evaluateLaoCaiDemo,
  laoCaiDemoCommunes,
  laoCaiDemoMeasurements,
  renderDemoAssessment,
} from "../../src/demo/laoCaiAssessments.ts"
import { laoCaiDemoNtmPack } from "../../src/demo/laoCaiDemoFillIn.ts"
import { demoStatuses } from "../../src/demo/laoCaiPlans.ts"
import { advancedCommunes, averageCriteria, minimumCriteria, ntmCommunes } from "../../src/demo/laoCaiTargets.ts"
import { mobilisedMoney } from "../../src/integration/mobilisedMoney.ts"
import { programmeHierarchy } from "../../src/integration/programmeHierarchy.ts"
import type { ActualInputs } from "../../src/plans/FactsRollUp.ts"
import { validateStatuses } from "../../src/plans/InputChecks.ts"
import type { CommuneStatus } from "../../src/plans/Inputs.ts"
import { findRegressions } from "../../src/plans/Regression.ts"
import { targetActuals } from "../../src/plans/TargetActual.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { laoCaiRegistry } from "../../src/units/data/laoCai.ts"
import { unitAt } from "../../src/units/Registry.ts"

const { assessments, statuses } = evaluateLaoCaiDemo()
const n = (key: string) => key.split(":")[1]
const ofYear = (year: number) => statuses.filter((s) => s.year === year)
const band = (s: CommuneStatus) =>
  s.criteriaMet === 19 ? "19" : s.criteriaMet >= 15 ? "15-18" : s.criteriaMet >= 10 ? "10-14" : "<10"
const countBy = <A>(xs: ReadonlyArray<A>, f: (a: A) => string): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const x of xs) out[f(x)] = (out[f(x)] ?? 0) + 1
  return out
}

describe("Lào Cai demo assessments", () => {
  it("are 20 real xã of old Lào Cai, each assessed for 2022, 2023 and 2024", () => {
    expect(laoCaiDemoCommunes).toHaveLength(20)
    for (const code of laoCaiDemoCommunes)
      for (const date of [isoDate("2022-12-31"), isoDate("2024-12-31")]) {
        const unit = unitAt(laoCaiRegistry, code, date)
        expect(unit?.type).toBe("commune")
        expect(unit?.parent === undefined ? undefined : unitAt(laoCaiRegistry, unit.parent, date)?.parent).toBe("10")
      }
    expect(laoCaiDemoMeasurements).toHaveLength(60)
    expect(statuses).toHaveLength(60)
    expect(validateStatuses(JSON.parse(JSON.stringify(Schema.encodeSync(Schema.Array(Schema.Any))(statuses)))).ok).toBe(
      true,
    )
  })

  it("give the designed mix of tiers and criteria bands each year", () => {
    expect(countBy(ofYear(2022), (s) => s.tier)).toEqual({ advanced: 1, ntm: 5, none: 14 })
    expect(countBy(ofYear(2023), (s) => s.tier)).toEqual({ advanced: 1, ntm: 9, none: 10 })
    expect(countBy(ofYear(2024), (s) => s.tier)).toEqual({ advanced: 2, ntm: 6, none: 12 })
    expect(countBy(ofYear(2022), band)).toEqual({ "19": 6, "15-18": 7, "10-14": 6, "<10": 1 })
    expect(countBy(ofYear(2023), band)).toEqual({ "19": 10, "15-18": 5, "10-14": 5 })
    expect(countBy(ofYear(2024), band)).toEqual({ "19": 8, "15-18": 7, "10-14": 5 })
    // Sơn Hải (02929) advanced for 2022, as recognised (QĐ 2216/QĐ-UBND, S17) — the values themselves are invented
    expect(ofYear(2022).find((s) => s.unit === "02929")?.tier).toBe("advanced")
    // indeterminate (missing values) in each year
    expect(statuses.filter((s) => s.indeterminate > 0).map((s) => `${s.unit}/${s.year}`)).toEqual([
      "03040/2024",
      "02794/2024",
      "02953/2024",
      "03097/2023",
      "02842/2022",
    ])
  })

  it("every evaluation is built on the demo fill-in, says so, and its demo-based results are provisional", () => {
    for (const a of assessments)
      for (const ev of [a.evaluations.ntm, a.evaluations.advanced]) {
        expect(ev).toBeDefined()
        if (ev === undefined) continue
        expect(builtOnDemoFillIn(ev)).toBe(true)
        expect(ev.packId.startsWith("demo:")).toBe(true)
        const demo = ev.indicators.filter((i) => i.applied?.status === "demo-fill-in")
        expect(demo.length).toBeGreaterThan(0)
        for (const i of demo) expect(i.provisional).toBe(true)
        for (const c of ev.criteria) if (c.outcome === "pass") expect(c.provisional).toBe(true)
        expect(Schema.decodeUnknownSync(Evaluation)(Schema.encodeSync(Evaluation)(ev))).toEqual(ev)
      }
    for (const a of assessments) expect(a.notice).toBe(DEMO_NOTICE)
    for (const s of statuses) expect(s.packId).toBe(laoCaiDemoNtmPack.id)
    const first = assessments[0]
    expect(first && renderDemoAssessment(first, "vi")).toMatch(/^> MINH HỌA: .*\n\n## Xã 02929 — demo:/u)
    expect(first && renderDemoAssessment(first, "en")).toContain("ILLUSTRATIVE")
  })

  it("finds exactly the designed regressions (rớt chuẩn) from 2023 to 2024", () => {
    const by = (unit: string, year: number) => statuses.find((s) => s.unit === unit && s.year === year)!
    const found = laoCaiDemoCommunes.map((c) => findRegressions(by(c, 2023), by(c, 2024)))
    const lost = Object.fromEntries(found.filter((r) => r.criteria.length > 0).map((r) => [r.unit, r.criteria.map(n)]))
    expect(lost).toEqual({ "03040": ["10", "17"], "02917": ["13"], "02866": ["11"] })
    const unclear = Object.fromEntries(found.filter((r) => r.unclear.length > 0).map((r) => [r.unit, r.unclear.map(n)]))
    expect(unclear).toEqual({ "03040": ["15"], "02953": ["8"] })
    expect(found.filter((r) => r.tierLost !== undefined).map((r) => r.unit)).toEqual([
      "03040",
      "02917",
      "02866",
      "02953",
    ])
    for (const r of found) expect(r.samePack).toBe(true)
  })

  it("agree with the plans module's hand-written demo statuses for the communes and years they share", () => {
    for (const fixture of demoStatuses) {
      const mine = statuses.find((s) => s.unit === fixture.unit && s.year === fixture.year)
      expect(mine, `${fixture.unit}/${fixture.year}`).toBeDefined()
      expect(mine?.tier).toBe(fixture.tier)
      expect(mine?.criteria).toEqual(fixture.criteria)
    }
  })

  it("drive Lào Cai's real targets through the plans module over the programme base (127, then 126 xã)", () => {
    const inputs: ActualInputs = {
      hierarchy: programmeHierarchy(laoCaiRegistry),
      statuses,
      villages: [],
      money: mobilisedMoney(laoCai2022Contributions),
      statusPolicy: "same-year",
    }
    const [ntm2024] = targetActuals(ntmCommunes, inputs)
    expect(ntm2024?.actual).toBe(8) // a lower bound: 20 of 126 xã assessed
    expect(ntm2024?.coverage).toEqual({ communes: 126, assessed: 20, complete: false })
    expect(ntm2024?.achieved).toBe(false) // target 72
    expect(targetActuals(advancedCommunes, inputs)[0]?.actual).toBe(2)
    expect(targetActuals(averageCriteria, inputs)[0]?.actual).toBeCloseTo(328 / 20, 9)
    expect(targetActuals(minimumCriteria, inputs)[0]?.actual).toBe(11)
    expect(
      targetActuals(
        {
          ...ntmCommunes,
          id: "t",
          indicator: { _tag: "MoneyMobilised" },
          baseline: undefined as never,
          periods: [
            {
              period: { start: isoDate("2022-01-01"), end: isoDate("2022-12-31") },
              values: [{ value: 1n, source: "test" }],
            },
          ],
        },
        inputs,
      )[0]?.actual,
    ).toBe(laoCai2022Article.totalValue)
  })
})
