/** The demo fill-in: every value is demo-fill-in and says so; sourced values stay; it validates without loosening. */
import { describe, expect, it } from "vitest"
import { missingInPack } from "../../src/criteria/missingInPack.ts"
import { encodeOverlay, type Overlay } from "../../src/criteria/Overlay.ts"
import type { Pack, ValidPack } from "../../src/criteria/Pack.ts"
import { validateOverlay } from "../../src/criteria/validateOverlay.ts"
import { DEMO_SOURCE_TEXT } from "../../src/demo/demoMarking.ts"
import {
  laoCaiAdvancedBase,
  laoCaiDemoAdvancedFillIn,
  laoCaiDemoAdvancedPack,
  laoCaiDemoNtmFillIn,
  laoCaiDemoNtmPack,
  laoCaiNtmBase,
} from "../../src/demo/laoCaiDemoFillIn.ts"

const cells = (pack: Pack, code: string) =>
  pack.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)?.thresholds ?? []

const fillIns: ReadonlyArray<readonly [Overlay, ValidPack]> = [
  [laoCaiDemoNtmFillIn, laoCaiNtmBase],
  [laoCaiDemoAdvancedFillIn, laoCaiAdvancedBase],
]

describe("Lào Cai demo fill-in", () => {
  it("applies to the real 894 sets and validates with no error and no warning", () => {
    expect(laoCaiDemoNtmFillIn.base).toBe("lao-cai-894-2022/commune-ntm")
    expect(laoCaiDemoAdvancedFillIn.base).toBe("lao-cai-894-2022/commune-advanced")
    for (const [overlay, base] of fillIns) {
      const r = validateOverlay(encodeOverlay(overlay), base)
      expect(r.ok ? r.warnings : r.problems).toEqual([])
    }
  })

  it("marks every value, added indicator and completed list demo-fill-in, citing the illustrative source text", () => {
    for (const [overlay] of fillIns) {
      expect(overlay.kind).toBe("fill-in")
      expect(overlay.sources).toEqual([{ id: "DEMO", description: DEMO_SOURCE_TEXT }])
      const all = [
        ...overlay.thresholds,
        ...overlay.addIndicators.flatMap((a) => [a.indicator.provenance, ...a.indicator.thresholds]),
        ...overlay.completeCriteria,
      ]
      expect(all.length).toBeGreaterThan(20)
      for (const v of all) {
        expect(v.status).toBe("demo-fill-in")
        expect(v.source?.ids).toEqual(["DEMO"])
        expect(v.source?.note).toBe(DEMO_SOURCE_TEXT)
      }
      for (const a of overlay.addIndicators) expect(a.indicator.name.en).toContain("illustrative demo indicator")
    }
    expect(DEMO_SOURCE_TEXT).toContain("ILLUSTRATIVE DEMO VALUE — not a legal threshold")
  })

  it("does not override the sourced values: 3.1 ≥ 80%, the 3.2 band, TDMNPB stunting 24%, e-health 50% before 211", () => {
    const overridden = new Set(laoCaiDemoNtmFillIn.thresholds.map((t) => t.indicator))
    for (const code of ["3.1", "3.2", "15.stunting"]) expect(overridden.has(code)).toBe(false)
    expect(cells(laoCaiDemoNtmPack, "3.1")).toEqual(cells(laoCaiNtmBase, "3.1"))
    expect(cells(laoCaiDemoNtmPack, "3.2")).toEqual(cells(laoCaiNtmBase, "3.2"))
    expect(cells(laoCaiDemoNtmPack, "15.stunting")).toEqual(cells(laoCaiNtmBase, "15.stunting"))
    const eHealth = cells(laoCaiDemoNtmPack, "15.e-health-record")
    for (const sourced of cells(laoCaiNtmBase, "15.e-health-record")) expect(eHealth).toContainEqual(sourced)
    // the demo cell only starts where the sourced cells end (211/QĐ-TTg, 2024-03-01)
    expect(eHealth.filter((t) => t.status === "demo-fill-in")).toEqual([
      expect.objectContaining({ column: "TDMNPB", effectiveFrom: "2024-03-01" }),
    ])
  })

  it("leaves nothing missing for a Lào Cai commune (TDMNPB column), so the demo can show pass and fail", () => {
    const forLaoCai = (p: Pack) =>
      missingInPack(p).filter((m) => m.kind !== "threshold" || m.columns.includes("TDMNPB"))
    expect(forLaoCai(laoCaiDemoNtmPack)).toEqual([])
    expect(forLaoCai(laoCaiDemoAdvancedPack)).toEqual([])
    // other regions' e-health record after 211/QĐ-TTg stay absent: the demo fills only what Lào Cai needs
    expect(missingInPack(laoCaiDemoNtmPack)).toEqual([
      {
        kind: "threshold",
        criterion: "15",
        indicator: "15.e-health-record",
        columns: ["BTB", "DHNTB", "TN", "DNB", "DBSCL"],
      },
    ])
    expect(laoCaiDemoNtmPack.composedOf).toEqual([
      "qd318-2022/phu-luc-1",
      "lao-cai-894-2022/commune-ntm",
      "demo:lao-cai-894-2022/commune-ntm/fill-in",
    ])
  })
})
