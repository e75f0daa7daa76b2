/** Shared primitives: dates, bilingual labels and problem reports. */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { endOfYear, IsoDate, isoDate, isWithin, yearOf } from "../src/shared/IsoDate.ts"
import { localize } from "../src/shared/LocalizedText.ts"
import { decodeAll, formatPath, formatProblem } from "../src/shared/Problem.ts"

const calendarDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe("IsoDate", () => {
  it("accepts every real calendar date and round-trips it", () => {
    fc.assert(
      fc.property(calendarDate, (s) => {
        const d = Schema.decodeUnknownSync(IsoDate)(s)
        expect(d).toBe(s)
        expect(Schema.encodeSync(IsoDate)(d)).toBe(s)
      }),
    )
  })

  it("rejects impossible dates with the rule in the message", () => {
    for (const bad of ["2023-02-29", "2022-13-01", "2022-04-31", "22-01-01", "2022-1-1", ""]) {
      const r = decodeAll(IsoDate)(bad)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.problems[0]?.message).toContain("YYYY-MM-DD")
    }
    expect(decodeAll(IsoDate)("2024-02-29").ok).toBe(true)
  })

  it("string order is date order", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        expect(a < b).toBe(new Date(a).getTime() < new Date(b).getTime())
      }),
    )
  })

  it("validity ranges are half-open", () => {
    const from = isoDate("2021-01-01")
    const to = isoDate("2025-07-01")
    expect(isWithin(isoDate("2021-01-01"), from, to)).toBe(true)
    expect(isWithin(isoDate("2025-06-30"), from, to)).toBe(true)
    expect(isWithin(isoDate("2025-07-01"), from, to)).toBe(false)
    expect(isWithin(isoDate("2030-01-01"), from, undefined)).toBe(true)
    expect(yearOf(endOfYear(2022))).toBe(2022)
    expect(() => isoDate("2022-02-30")).toThrow(RangeError)
  })
})

describe("Problem", () => {
  it("reports every failing field with its path", () => {
    const S = Schema.Struct({ name: Schema.NonEmptyString, items: Schema.Array(Schema.Struct({ qty: Schema.Int })) })
    const r = decodeAll(S)({ name: "", items: [{ qty: 1 }, { qty: 1.5 }, {}] })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => formatPath(p.path))).toEqual(["name", "items[1].qty", "items[2].qty"])
    expect(formatProblem(r.problems[2]!)).toBe("error items[2].qty: schema — Missing key")
  })

  it("localizes labels", () => {
    expect(localize({ vi: "Thủy lợi", en: "Irrigation" }, "vi")).toBe("Thủy lợi")
  })
})
