/** Acceptance: bad lines are rejected, each problem naming the field and the rule. */
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Contribution, type ContributionJson } from "../../src/contributions/Contribution.ts"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { rules, type ValidationContext, validate } from "../../src/contributions/validation.ts"
import { demoUnits, laoCai2022Contributions } from "../../src/demo/index.ts"
import { formatPath } from "../../src/shared/Problem.ts"

const ctx: ValidationContext = { catalogue: standardCatalogue, units: demoUnits, rounding: "half-up" }
const good: ContributionJson = Schema.encodeSync(Contribution)(laoCai2022Contributions[10]!) // 50 t cement, confirmed

const problemsOf = (json: unknown) => {
  const r = validate(json, ctx)
  return r.ok ? [] : r.problems.map((p) => `${formatPath(p.path)} ${p.rule}`)
}

describe("validate", () => {
  it("accepts a good line", () => {
    const r = validate(good, ctx)
    expect(r.ok).toBe(true)
  })

  it("rejects a negative quantity", () => {
    expect(
      problemsOf({ ...good, quantity: "-5", value: "0", valuation: { basis: "invoice", unitValue: "0" } }),
    ).toEqual([`quantity ${rules.negativeQuantity}`])
  })

  it("rejects an unknown unit and a unit the item is not counted in", () => {
    expect(problemsOf({ ...good, unit: "bao" })).toEqual([`unit ${rules.unknownUnit}`])
    expect(problemsOf({ ...good, unit: "set" })).toEqual([`unit ${rules.unitNotAllowed}`])
  })

  it("rejects a value without a basis", () => {
    const { valuation: _, ...noBasis } = good
    expect(problemsOf(noBasis)).toEqual([`valuation.basis ${rules.valueWithoutBasis}`])
  })

  it("rejects a commune that did not exist on the line's date", () => {
    // Tà Chải (02872) was merged into TT Bắc Hà on 1 Nov 2024
    const tachai = {
      ...good,
      commune: "02872",
      date: "2024-12-01",
      history: [
        { status: "delivered", date: "2024-12-01", by: { kind: "provider", id: "sbv-lao-cai" } },
        { status: "confirmed", date: "2024-12-02", by: { kind: "commune", id: "02872" } },
      ],
    }
    expect(problemsOf(tachai)).toEqual([`commune ${rules.communeNotExisting}`])
    expect(
      problemsOf({ ...tachai, date: "2024-10-01", history: tachai.history.map((h) => ({ ...h, date: "2024-10-01" })) }),
    ).toEqual([])
  })

  it("rejects a jump from confirmed back to pledged", () => {
    const back = {
      ...good,
      status: "pledged",
      history: [
        ...good.history,
        { status: "pledged", date: "2022-04-09", by: { kind: "provider", id: "sbv-lao-cai" } },
      ],
    }
    const r = validate(back, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toHaveLength(1)
    expect(formatPath(r.problems[0]!.path)).toBe("history[2].status")
    expect(r.problems[0]!.rule).toBe("lifecycle.illegal-transition")
    expect(r.problems[0]!.message).toContain("confirmed → pledged is not allowed")
  })

  it("reports every problem of a line at once", () => {
    const bad = {
      ...good,
      quantity: "-1",
      unit: "bao",
      commune: "02872",
      date: "2025-01-15",
      category: "goods",
      workKind: "x",
    }
    const { valuation: _, ...noBasis } = bad
    expect(problemsOf(noBasis).sort()).toEqual(
      [
        `quantity ${rules.negativeQuantity}`,
        `unit ${rules.unknownUnit}`,
        `category ${rules.categoryMismatch}`,
        `valuation.basis ${rules.valueWithoutBasis}`,
        `commune ${rules.communeNotExisting}`,
        "history[1].by lifecycle.confirmer-not-receiving-commune",
      ].sort(),
    )
  })

  it("reports Schema problems with their paths: floats, exponents, bad codes", () => {
    expect(problemsOf({ ...good, quantity: 2.5, value: "1e9", commune: "2794" })).toEqual([
      "commune schema",
      "quantity schema",
      "value schema",
    ])
  })

  it("checks value = quantity × unit value, and that labour names its kind of work", () => {
    expect(problemsOf({ ...good, value: "75000001" })).toEqual(["value valuation.value-mismatch"])
    const workday = Schema.encodeSync(Contribution)(laoCai2022Contributions[4]!)
    const { workKind: _, ...noKind } = workday
    expect(problemsOf(noKind)).toEqual([`workKind ${rules.workKindMissing}`])
  })
})
