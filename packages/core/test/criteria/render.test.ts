/** Rendering results in Vietnamese and English. */
import { describe, expect, it } from "vitest"
import { evaluate } from "../../src/criteria/evaluate.ts"
import { formatMillions } from "../../src/criteria/formatThreshold.ts"
import { judge } from "../../src/criteria/judge.ts"
import { qd318PhuLucI } from "../../src/criteria/packs/qd318PhuLucI.ts"
import { renderEvaluation, renderGap } from "../../src/criteria/render.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

describe("render", () => {
  it("writes gaps as people say them", () => {
    expect(renderGap({ kind: "percentage-points", direction: "raise", points: 4.5 }, "en")).toBe(
      "needs +4.5 percentage points",
    )
    expect(renderGap({ kind: "percentage-points", direction: "raise", points: 4.5 }, "vi")).toBe(
      "cần tăng thêm 4,5 điểm phần trăm",
    )
    expect(renderGap({ kind: "percentage-points", direction: "lower", points: 2 }, "en")).toBe(
      "needs −2 percentage points",
    )
    expect(renderGap({ kind: "amount", dong: 3_200_000n }, "en")).toBe("needs 3.2 million VND more")
    expect(renderGap({ kind: "amount", dong: 3_200_000n }, "vi")).toBe("cần thêm 3,2 triệu đồng")
    expect(renderGap({ kind: "must-be-met" }, "vi")).toBe("cần đạt")
  })

  it("rounds percentage gaps up to hundredths, never to zero", () => {
    const gap = (min: number, value: number) => judge({ kind: "min-percent", min }, { kind: "percent", value })?.gap
    expect(gap(80, 75.5)).toEqual({ kind: "percentage-points", direction: "raise", points: 4.5 })
    expect(gap(80, 75.4)).toEqual({ kind: "percentage-points", direction: "raise", points: 4.6 })
    expect(gap(80, 79.996)).toEqual({ kind: "percentage-points", direction: "raise", points: 0.01 })
  })

  it("rounds money gaps up so they are never understated", () => {
    expect(formatMillions(3_200_001n, "en")).toBe("3.21")
    expect(formatMillions(45_000_000n, "en")).toBe("45")
    expect(formatMillions(1n, "vi")).toBe("0,01")
  })

  it("renders an evaluation in both languages with the summary, the deciding indicators and what is missing", () => {
    const ev = evaluate(qd318PhuLucI, {
      commune: { code: unitCode("02662"), region: "TDMNPB", classifications: [] },
      year: 2024,
      date: isoDate("2024-12-31"),
      values: { "3.1": { kind: "percent", value: 75.5 } },
    })
    const en = renderEvaluation(ev, "en")
    expect(en).toContain("Criteria met 0/19; not met 1; indeterminate 18")
    expect(en).toContain("3.1 Share of agricultural production land with active irrigation and drainage: Not met")
    expect(en).toContain("needs +4.5 percentage points")
    expect(en).toContain("threshold of 10.income (column TDMNPB)")
    const vi = renderEvaluation(ev, "vi")
    expect(vi).toContain("Đạt 0/19 tiêu chí; không đạt 1; chưa xác định 18")
    expect(vi).toContain("cần tăng thêm 4,5 điểm phần trăm")
    expect(vi).toContain("Còn thiếu:")
    expect(vi).toContain("Cột ngưỡng: TDMNPB (vùng của tỉnh)")
    expect(vi).toContain("ngưỡng ≥ 80% (all; nguồn thứ cấp; S5, S18, S19)")
    expect(en).toContain("threshold ≥ 80% (all; secondary source; S5, S18, S19)")
  })
})
