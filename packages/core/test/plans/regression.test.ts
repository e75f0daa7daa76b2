/** Regression detection (rớt chuẩn): exactly the criteria that went pass → fail; indeterminate is never a regression. */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { CommuneStatus } from "../../src/plans/Inputs.ts"
import { findRegressions, hasRegressed, Regression, regressionHistory } from "../../src/plans/Regression.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { statusPairArb } from "./arbitraries.ts"

const status = (
  year: number,
  tier: CommuneStatus["tier"],
  results: Record<string, CommuneStatus["criteria"][number]["result"]>,
  packId = "p",
): CommuneStatus => {
  const criteria = Object.entries(results).map(([key, result]) => ({ key, result }))
  return {
    unit: unitCode("02929"),
    year,
    packId,
    tier,
    criteriaMet: criteria.filter((c) => c.result === "pass").length,
    criteriaTotal: criteria.length,
    indeterminate: criteria.filter((c) => c.result === "indeterminate").length,
    criteria,
  }
}

describe("findRegressions", () => {
  it("finds exactly the criteria that went pass → fail, for any pair of assessments", () => {
    fc.assert(
      fc.property(statusPairArb, ([before, after]) => {
        const r = findRegressions(before, after)
        const was = new Map(before.criteria.map((c) => [c.key, c.result]))
        const expected = after.criteria
          .filter((c) => was.get(c.key) === "pass" && c.result === "fail")
          .map((c) => c.key)
        expect(r.criteria).toEqual(expected)
        expect(r.unclear).toEqual(
          after.criteria.filter((c) => was.get(c.key) === "pass" && c.result === "indeterminate").map((c) => c.key),
        )
        for (const k of r.criteria) expect(after.criteria.find((c) => c.key === k)?.result).toBe("fail")
        const json = JSON.parse(JSON.stringify(Schema.encodeSync(Regression)(r)))
        expect(Schema.decodeUnknownSync(Regression)(json)).toEqual(r)
      }),
    )
  })

  it("never calls indeterminate a regression, in either direction", () => {
    const r = findRegressions(
      status(2022, "ntm", { income: "pass", environment: "indeterminate", health: "pass" }),
      status(2023, "ntm", { income: "indeterminate", environment: "fail", health: "fail" }),
    )
    expect(r.criteria).toEqual(["health"])
    expect(r.unclear).toEqual(["income"])
    expect(r.tierLost).toBeUndefined()
  })

  it("reports a lost tier and a pack change", () => {
    const r = findRegressions(
      status(2021, "ntm", { income: "pass" }, "qd1980"),
      status(2022, "none", { income: "fail" }, "lc-2022"),
    )
    expect(r.tierLost).toEqual({ from: "ntm", to: "none" })
    expect(r.samePack).toBe(false)
    expect(hasRegressed(r)).toBe(true)
  })

  it("walks consecutive assessments oldest first", () => {
    const h = regressionHistory(
      [status(2023, "ntm", { a: "fail" }), status(2021, "ntm", { a: "pass" }), status(2022, "ntm", { a: "pass" })],
      unitCode("02929"),
    )
    expect(h.map((r) => [r.fromYear, r.toYear, r.criteria])).toEqual([
      [2021, 2022, []],
      [2022, 2023, ["a"]],
    ])
  })
})
