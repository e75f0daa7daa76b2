/** Comparing one commune under two packs: "why did this commune drop below the standard?". */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { applyOverlays } from "../../src/criteria/applyOverlays.ts"
import { Comparison, compareEvaluations } from "../../src/criteria/compare.ts"
import { evaluate } from "../../src/criteria/evaluate.ts"
import { encodeOverlay, type Overlay } from "../../src/criteria/Overlay.ts"
import { qd318PhuLucI } from "../../src/criteria/packs/qd318PhuLucI.ts"
import { renderComparison } from "../../src/criteria/render.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { input as inputFor, pack as packArb } from "./arbitraries.ts"

/** An illustrative provincial overlay that tightens 3.1 (the numbers are made up for the test). */
const stricter: Overlay = {
  format: "ntm-overlay/1",
  id: "demo/province-stricter",
  kind: "provincial",
  base: qd318PhuLucI.id,
  title: { vi: "Bộ tỉnh minh họa", en: "Illustrative provincial set" },
  province: { code: "10", name: { vi: "Lào Cai", en: "Lào Cai" }, region: "TDMNPB" },
  legalBasis: [],
  sources: [{ id: "DEMO", description: "illustrative, not a real decision" }],
  notes: [],
  thresholds: [
    {
      indicator: "3.1",
      column: "all",
      value: { kind: "min-percent", min: 90 },
      status: "demo-fill-in",
      source: { ids: ["DEMO"] },
    },
  ],
  addIndicators: [],
  completeCriteria: [],
}

describe("compareEvaluations", () => {
  const v = validateOverlay(encodeOverlay(stricter), qd318PhuLucI)
  if (!v.ok) throw new Error("overlay should validate")
  const provincial = applyOverlays(qd318PhuLucI, [v.overlay])
  const input = {
    commune: { code: unitCode("02662"), region: "TDMNPB" as const, classifications: [] },
    year: 2024,
    date: isoDate("2024-12-31"),
    values: {
      "3.1": { kind: "percent", value: 86 },
      "3.2": { kind: "score", points: 60, mandatoryItemsMet: true },
    } as const,
  }
  const before = evaluate(qd318PhuLucI, input)
  const after = evaluate(provincial, input)
  const cmp = compareEvaluations(before, after)

  it("names the criterion that dropped and the indicator whose threshold moved", () => {
    expect(cmp.sameFamily).toBe(true)
    expect(cmp.dropped).toEqual(["3"])
    expect(cmp.indicators).toHaveLength(1)
    expect(cmp.indicators[0]).toMatchObject({ indicator: "3.1", before: "pass", after: "fail", causes: ["threshold"] })
    expect(cmp.criteria.find((c) => c.criterion === "3")?.changedIndicators).toEqual(["3.1"])
  })

  it("renders the answer in both languages and round-trips through JSON", () => {
    expect(renderComparison(cmp, "en")).toContain("3.1: Met → Not met; threshold ≥ 80% → ≥ 90% (threshold changed)")
    expect(renderComparison(cmp, "vi")).toContain("3.1: Đạt → Không đạt; ngưỡng ≥ 80% → ≥ 90% (ngưỡng thay đổi)")
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(Comparison)(cmp)))
    expect(Schema.decodeUnknownSync(Comparison)(json)).toEqual(cmp)
  })

  it("an identical evaluation has no changes", () => {
    const same = compareEvaluations(before, before)
    expect(same.indicators).toEqual([])
    expect(same.dropped).toEqual([])
  })

  it("a changed value is reported as such", () => {
    const later = evaluate(qd318PhuLucI, {
      ...input,
      values: { ...input.values, "3.1": { kind: "percent", value: 70 } },
    })
    expect(compareEvaluations(before, later).indicators[0]).toMatchObject({ indicator: "3.1", causes: ["value"] })
  })
})

describe("compareEvaluations (properties)", () => {
  const twoInputs = packArb.chain((p) => fc.tuple(fc.constant(p), inputFor(p), inputFor(p)))
  it("a criterion is dropped exactly when it passed before and does not pass after; nothing changes against itself", () => {
    fc.assert(
      fc.property(twoInputs, ([p, a, b]) => {
        const before = evaluate(p, a)
        const after = evaluate(p, { ...b, strict: a.strict ?? false })
        const cmp = compareEvaluations(before, after)
        const expected = before.criteria
          .filter((c, k) => c.outcome === "pass" && after.criteria[k]?.outcome !== "pass")
          .map((c) => c.criterion)
        expect(cmp.dropped).toEqual(expected)
        for (const i of cmp.indicators) expect(i.causes.length > 0 || i.before !== i.after).toBe(true)
        const self = compareEvaluations(before, before)
        expect(self.indicators).toEqual([])
        expect(
          Schema.decodeUnknownSync(Comparison)(JSON.parse(JSON.stringify(Schema.encodeSync(Comparison)(cmp)))),
        ).toEqual(cmp)
      }),
    )
  })
})
