/** Tier ladder, recognition eligibility (18/2022 as amended by 03/2024) and the revocation failure-share rule. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { applyOverlays } from "../../src/criteria/applyOverlays.ts"
import type { Evaluation, Outcome } from "../../src/criteria/Evaluation.ts"
import { evaluate } from "../../src/criteria/evaluate.ts"
import { encodeOverlay } from "../../src/criteria/Overlay.ts"
import type { Tier } from "../../src/criteria/Pack.ts"
import { modelIncomeOverlay, qd318PhuLucI, qd318PhuLucII, qd319 } from "../../src/criteria/packs/index.ts"
import { recognitionEligibility } from "../../src/criteria/recognitionQd18.ts"
import { renderLadder, renderRecognition, renderRevocation } from "../../src/criteria/render.ts"
import { revocationRisk } from "../../src/criteria/revocationFailureShare.ts"
import { evaluateTiers, tierLadder } from "../../src/criteria/tierLadder.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

/** A synthetic evaluation with the given criterion outcomes (and critical flags). */
const evaluation = (
  tier: Tier,
  outcomes: ReadonlyArray<Outcome>,
  critical: ReadonlyArray<boolean> = [],
): Evaluation => {
  const met = outcomes.filter((o) => o === "pass").length
  const failed = outcomes.filter((o) => o === "fail").length
  return {
    packId: `test/${tier}`,
    family: `test-${tier}`,
    level: "commune",
    tier,
    commune: "02662",
    year: 2024,
    date: isoDate("2024-12-31"),
    strict: false,
    column: { id: "TDMNPB", reason: "province-region" },
    indicators: [],
    criteria: outcomes.map((outcome, k) => ({
      criterion: String(k + 1),
      name: { vi: `Tiêu chí ${k + 1}`, en: `Criterion ${k + 1}` },
      outcome,
      provisional: false,
      critical: critical[k] === true,
      deciding: [],
      incomplete: false,
    })),
    summary: {
      total: outcomes.length,
      met,
      failed,
      indeterminate: outcomes.length - met - failed,
      provisional: 0,
      standard: outcomes.length > 0 && met === outcomes.length ? "pass" : failed > 0 ? "fail" : "indeterminate",
    },
    missing: [],
  }
}
const all = (n: number, o: Outcome): Array<Outcome> => Array.from({ length: n }, () => o)

describe("tierLadder", () => {
  it("climbs NTM → advanced → model only while every lower rung passes", () => {
    expect(tierLadder({}).reached).toBe("none")
    expect(tierLadder({ ntm: evaluation("ntm", all(19, "pass")) }).reached).toBe("ntm")
    const adv = tierLadder({
      ntm: evaluation("ntm", all(19, "pass")),
      advanced: evaluation("advanced", [...all(18, "pass"), "indeterminate"]),
    })
    expect(adv.reached).toBe("ntm")
    expect(adv.next).toMatchObject({ tier: "advanced", standard: "indeterminate" })
    const model = tierLadder({
      ntm: evaluation("ntm", all(19, "pass")),
      advanced: evaluation("advanced", all(19, "pass")),
      model: evaluation("model", all(3, "pass")),
    })
    expect(model.reached).toBe("model")
    expect(model.next).toBeUndefined()
    // the model conditions alone do not make a model commune
    expect(
      tierLadder({
        ntm: evaluation("ntm", ["fail"]),
        advanced: evaluation("advanced", all(19, "pass")),
        model: evaluation("model", all(3, "pass")),
      }).reached,
    ).toBe("none")
    // an evaluation on the wrong rung is ignored
    expect(tierLadder({ ntm: evaluation("advanced", all(19, "pass")) }).steps[0]?.standard).toBe("not-evaluated")
  })

  it("reached never exceeds a rung that did not pass (property)", () => {
    const outcome = fc.constantFrom<Outcome>("pass", "fail", "indeterminate")
    fc.assert(
      fc.property(
        fc.array(outcome, { minLength: 1, maxLength: 5 }),
        fc.array(outcome, { minLength: 1, maxLength: 5 }),
        (a, b) => {
          const l = tierLadder({ ntm: evaluation("ntm", a), advanced: evaluation("advanced", b) })
          const ntmPass = a.every((o) => o === "pass")
          const advPass = b.every((o) => o === "pass")
          expect(l.reached).toBe(ntmPass ? (advPass ? "advanced" : "ntm") : "none")
        },
      ),
    )
  })
})

describe("recognitionEligibility", () => {
  const ladder = tierLadder({ ntm: evaluation("ntm", all(19, "pass")) })
  it("needs all four conditions; unknown satisfaction threshold stays indeterminate", () => {
    expect(
      recognitionEligibility("ntm", ladder, {
        capitalConstructionDebt: false,
        securityOrderStandard: true,
        satisfaction: { meetsRequirement: true },
      }).outcome,
    ).toBe("pass")
    const pct = recognitionEligibility("ntm", ladder, {
      capitalConstructionDebt: false,
      securityOrderStandard: true,
      satisfaction: { percent: 95 },
    })
    expect(pct.outcome).toBe("indeterminate")
    expect(pct.conditions.find((c) => c.code === "satisfaction")?.note).toContain("not sourced")
    expect(
      recognitionEligibility("ntm", ladder, {
        capitalConstructionDebt: true,
        securityOrderStandard: true,
        satisfaction: { meetsRequirement: true },
      }).outcome,
    ).toBe("fail")
    expect(
      recognitionEligibility("advanced", ladder, {
        capitalConstructionDebt: false,
        securityOrderStandard: true,
        satisfaction: { meetsRequirement: true },
      }).outcome,
    ).toBe("indeterminate")
    const failing = tierLadder({ ntm: evaluation("ntm", ["fail", ...all(18, "pass")]) })
    expect(recognitionEligibility("ntm", failing, {}).conditions[0]?.outcome).toBe("fail")
  })
})

describe("revocationRisk (18/2022/QĐ-TTg failure-share rule)", () => {
  it("bands: ≥ 50% failing revokes; 30% to under 50% revokes only with a critical criterion", () => {
    expect(revocationRisk(evaluation("ntm", [...all(10, "fail"), ...all(9, "pass")])).risk).toBe("revoke")
    expect(revocationRisk(evaluation("ntm", [...all(6, "fail"), ...all(13, "pass")])).risk).toBe("none")
    expect(revocationRisk(evaluation("ntm", [...all(6, "fail"), ...all(13, "pass")], [true])).risk).toBe("revoke")
    expect(revocationRisk(evaluation("ntm", [...all(5, "fail"), ...all(14, "pass")], [true])).risk).toBe("none") // 5/19 < 30%
    expect(
      revocationRisk(evaluation("ntm", [...all(5, "fail"), "indeterminate", ...all(13, "pass")], [true])).risk,
    ).toBe("possible")
  })

  it("matches the rule for every outcome mix, and more failures never lower the risk (property)", () => {
    const crit = fc.record({
      outcome: fc.constantFrom<Outcome>("pass", "fail", "indeterminate"),
      critical: fc.boolean(),
    })
    const rank = { none: 0, possible: 1, revoke: 2 } as const
    fc.assert(
      fc.property(fc.array(crit, { minLength: 1, maxLength: 25 }), fc.nat(), (cs, k) => {
        const ev = evaluation(
          "ntm",
          cs.map((c) => c.outcome),
          cs.map((c) => c.critical),
        )
        const r = revocationRisk(ev)
        const failed = cs.filter((c) => c.outcome === "fail")
        const share = failed.length / cs.length
        const expected = share >= 0.5 || (share >= 0.3 && failed.some((c) => c.critical))
        expect(r.risk === "revoke").toBe(expected)
        const worse = cs.map((c, j) => (j === k % cs.length ? { ...c, outcome: "fail" as const } : c))
        const r2 = revocationRisk(
          evaluation(
            "ntm",
            worse.map((c) => c.outcome),
            worse.map((c) => c.critical),
          ),
        )
        expect(rank[r2.risk]).toBeGreaterThanOrEqual(rank[r.risk])
      }),
    )
  })
})

describe("evaluateTiers and rendering", () => {
  it("the shipped national packs cannot yet reach any tier: thresholds are absent, never guessed", () => {
    const input = {
      commune: { code: unitCode("02662"), region: "TDMNPB" as const, classifications: [] },
      year: 2024,
      date: isoDate("2024-12-31"),
      values: {},
    }
    const { evaluations, ladder } = evaluateTiers({ ntm: qd318PhuLucI, advanced: qd318PhuLucII, model: qd319 }, input)
    expect(Object.keys(evaluations)).toEqual(["ntm", "advanced", "model"])
    expect(ladder.reached).toBe("none")
    expect(ladder.next).toMatchObject({ tier: "ntm", standard: "indeterminate" })
    expect(renderLadder(ladder, "en")).toBe("Tier reached: no tier; next: NTM commune (indeterminate)")
    expect(renderLadder(ladder, "vi")).toContain("Bậc đạt được: chưa đạt bậc nào")
  })

  it("renders recognition and revocation in both languages", () => {
    const ladder = tierLadder({ ntm: evaluation("ntm", all(19, "pass")) })
    const r = recognitionEligibility("ntm", ladder, { capitalConstructionDebt: false, securityOrderStandard: true })
    expect(renderRecognition(r, "en")).toContain("Eligible for recognition (NTM commune): Indeterminate")
    expect(renderRecognition(r, "vi")).toContain("Không có nợ đọng xây dựng cơ bản: Đạt")
    const risk = revocationRisk(evaluation("ntm", [...all(6, "fail"), ...all(13, "pass")], [true]))
    expect(renderRevocation(risk, "en")).toBe(
      "recognition would be revoked — 6/19 not met; critical criteria failing: 1",
    )
    expect(renderRevocation(risk, "vi")).toContain("không đạt 6/19")
  })
})

describe("319 condition 2 — model income derived from the advanced income", () => {
  it("is empty while the advanced income is absent, and 110% (rounded up) once a fill-in supplies it", () => {
    expect(modelIncomeOverlay(qd318PhuLucII).thresholds).toEqual([])
    const fill = validateOverlay(
      encodeOverlay({
        format: "ntm-overlay/1",
        id: "demo/advanced-income",
        kind: "fill-in",
        base: qd318PhuLucII.id,
        title: { vi: "Minh họa", en: "Illustrative" },
        legalBasis: [],
        sources: [{ id: "DEMO", description: "illustrative values, not real" }],
        notes: [],
        thresholds: [
          {
            indicator: "10.income",
            column: "TDMNPB",
            year: 2024,
            value: { kind: "min-amount", min: 10_000_001n },
            status: "demo-fill-in",
            source: { ids: ["DEMO"] },
          },
        ],
        addIndicators: [],
        completeCriteria: [],
      }),
      qd318PhuLucII,
    )
    if (!fill.ok) throw new Error("fill-in should validate")
    const advanced = applyOverlays(qd318PhuLucII, [fill.overlay])
    const derived = validateOverlay(encodeOverlay(modelIncomeOverlay(advanced)), qd319)
    if (!derived.ok) throw new Error(JSON.stringify(derived.problems))
    expect(derived.overlay.thresholds).toMatchObject([
      {
        indicator: "2.income-above-advanced",
        column: "TDMNPB",
        year: 2024,
        value: { min: 11_000_002n },
        status: "demo-fill-in",
      },
    ])
    const model = applyOverlays(qd319, [derived.overlay])
    const ev = evaluate(model, {
      commune: { code: unitCode("02662"), region: "TDMNPB", classifications: [] },
      year: 2024,
      date: isoDate("2024-12-31"),
      values: {
        "2.income-above-advanced": { kind: "amount", dong: 11_000_001n },
        "3.smart-village": { kind: "boolean", value: true },
        "4.outstanding-field": { kind: "boolean", value: true },
      },
    })
    expect(ev.criteria.map((c) => c.outcome)).toEqual(["fail", "pass", "pass"])
    expect(ev.indicators[0]?.gap).toEqual({ kind: "amount", dong: 1n })
  })
})
