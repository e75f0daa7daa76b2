/** The made-up province's criteria: its overlay on the national pack, and one commune evaluated under both. */
import { Problem } from "@ntm/core"
import * as Criteria from "@ntm/core/criteria"
import { describe, expect, it } from "vitest"
import assessmentJson from "../data/assessment-2024.json" with { type: "json" }
import overlayJson from "../data/criteria-overlay.json" with { type: "json" }
import { evaluateCommune, loadCriteria, loadUnits, nationalPack } from "../src/index.ts"

const units = loadUnits()
const criteria = loadCriteria()
if (!units.ok) throw new Error(units.problems.map(Problem.formatProblem).join("\n"))
if (!criteria.ok) throw new Error(criteria.problems.map(Problem.formatProblem).join("\n"))
const registry = units.value
const pack = criteria.value

const evaluated = (under: Criteria.ValidPack, assessment: unknown = assessmentJson): Criteria.Evaluation => {
  const r = evaluateCommune(registry, under, assessment)
  if (!r.ok) throw new Error(r.problems.map(Problem.formatProblem).join("\n"))
  return r.value
}

describe("Tỉnh Ví Dụ: criteria overlay", () => {
  it("validates against 318/QĐ-TTg Phụ lục I with no warning and resolves into the province's pack", () => {
    expect(criteria.warnings).toEqual([])
    expect(pack.id).toBe("vidu-2024/commune-ntm")
    expect(pack.family).toBe(nationalPack.family)
  })

  it("marks every value it sets as an illustration", () => {
    expect(overlayJson.thresholds.map((t) => t.status)).toEqual(["demo-fill-in", "demo-fill-in"])
  })

  it("warns when an overlay loosens a national value (here 3.1 below the national 80 %)", () => {
    const loose = structuredClone(overlayJson)
    loose.thresholds[0]!.value.min = 70
    const r = loadCriteria(loose)
    expect(r.ok && r.warnings.map((w) => w.rule)).toEqual(["overlay.loosens-national"])
  })

  it("refuses a broken overlay with every problem", () => {
    const broken = structuredClone(overlayJson) as Record<string, unknown> & typeof overlayJson
    broken.thresholds = broken.thresholds.map((t) => ({ ...t, indicator: "99.unknown" }))
    const r = loadCriteria(broken)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.filter((p) => p.rule === "overlay.unknown-indicator")).toHaveLength(2)
  })
})

describe("Tỉnh Ví Dụ: evaluating Xã Đồi Mẫu for 2024", () => {
  it("takes the commune's region from the province's units (TDMNPB, inherited from the province)", () => {
    const ev = evaluated(pack)
    expect(ev.commune).toBe("99901")
    expect(ev.column.id).toBe("TDMNPB")
    expect(Criteria.renderEvaluation(ev, "en")).toContain("TDMNPB (province's region)")
  })

  it("meets criterion 3 under the national pack but not under the province's stricter 3.1", () => {
    const national = evaluated(nationalPack)
    const provincial = evaluated(pack)
    const c3 = (ev: Criteria.Evaluation) => ev.criteria.find((c) => c.criterion === "3")?.outcome
    expect(c3(national)).toBe("pass")
    expect(c3(provincial)).toBe("fail")
    const comparison = Criteria.compareEvaluations(national, provincial)
    expect(comparison.criteria.find((c) => c.criterion === "3")).toMatchObject({
      dropped: true,
      changedIndicators: ["3.1"],
    })
    expect(Criteria.renderEvaluation(provincial, "en")).toContain("needs +5 percentage points")
  })

  it("never guesses: criteria whose indicators the sources do not complete stay indeterminate", () => {
    const ev = evaluated(pack)
    expect(ev.summary.met).toBe(0)
    expect(ev.summary.indeterminate).toBe(18)
    expect(ev.criteria.find((c) => c.criterion === "10")?.outcome).toBe("indeterminate")
  })

  it("refuses an assessment of a commune that no longer exists on its date (Đồi Mẫu merged on 2025-07-01)", () => {
    const r = evaluateCommune(registry, pack, { ...assessmentJson, year: 2025, date: "2025-12-15" })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.rule)).toEqual(["assessment.commune-not-existing"])
  })
})
