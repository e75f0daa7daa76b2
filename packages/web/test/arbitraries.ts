/** fast-check arbitraries of the dashboard's view models (hand-built assessments and commune rows). */
import type { Outcome, Tier } from "@ntm/core/criteria"
import fc from "fast-check"
import type { AssessmentView, CommuneRow, TierStatus } from "../src/model/communeRow.ts"
import { tierStatuses } from "../src/model/communeRow.ts"

export const outcome: fc.Arbitrary<Outcome> = fc.constantFrom("pass", "fail", "indeterminate")
export const tier: fc.Arbitrary<Tier> = fc.constantFrom("ntm", "advanced", "model")

const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0"))

/** An assessment of commune `02746` in 2022–2024 with 1–19 criteria. */
export const assessment: fc.Arbitrary<AssessmentView> = fc
  .record({
    id: fc.uuid(),
    year: fc.integer({ min: 2022, max: 2024 }),
    day,
    tier,
    submittedAt: fc.integer({ min: 0, max: 10_000 }).map((n) => `2025-01-01T00:00:${String(n).padStart(5, "0")}Z`),
    provisional: fc.boolean(),
    restsOnFillIn: fc.boolean(),
    outcomes: fc.array(outcome, { minLength: 1, maxLength: 19 }),
    standard: outcome,
  })
  .map((r) => ({
    id: r.id,
    commune: "02746",
    year: r.year,
    date: `${r.year}-12-${r.day}`,
    tier: r.tier,
    packId: "p",
    submittedAt: r.submittedAt,
    provisional: r.provisional,
    restsOnFillIn: r.restsOnFillIn,
    evaluation: {
      summary: {
        total: r.outcomes.length,
        met: r.outcomes.filter((o) => o === "pass").length,
        failed: r.outcomes.filter((o) => o === "fail").length,
        indeterminate: r.outcomes.filter((o) => o === "indeterminate").length,
        provisional: 0,
        standard: r.standard,
      },
      criteria: r.outcomes.map((o, i) => ({
        criterion: String(i + 1),
        name: { vi: `Tiêu chí ${i + 1}`, en: `Criterion ${i + 1}` },
        outcome: o,
        provisional: false,
        critical: false,
        deciding: [],
        incomplete: false,
      })),
      indicators: [],
    },
  }))

/** A commune row, assessed (with criteria) or not. */
export const row: fc.Arbitrary<CommuneRow> = fc
  .record({
    code: fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, "0")),
    name: fc.constantFrom("Xã Cốc San", "Xã Tả Van", "Xã Đồng Tuyển", "Xã Hợp Thành", "Xã Sơn Hải", "Xã Bản Xèo"),
    district: fc.option(fc.constantFrom("Huyện Bát Xát", "Thành phố Lào Cai"), { nil: undefined }),
    tier: fc.constantFrom<TierStatus>(...tierStatuses),
    outcomes: fc.array(outcome, { minLength: 1, maxLength: 19 }),
  })
  .map((r): CommuneRow => {
    const head = { code: r.code, name: r.name, ...(r.district === undefined ? {} : { district: r.district }) }
    if (r.tier === "unassessed" || r.tier === "unreadable")
      return { ...head, tier: r.tier, provisional: false, restsOnFillIn: false, criteria: [] }
    return {
      ...head,
      tier: r.tier,
      year: 2024,
      met: r.outcomes.filter((o) => o === "pass").length,
      total: r.outcomes.length,
      indeterminate: r.outcomes.filter((o) => o === "indeterminate").length,
      provisional: false,
      restsOnFillIn: false,
      criteria: r.outcomes.map((o, i) => ({
        criterion: String(i + 1),
        name: { vi: `Tiêu chí ${i + 1}`, en: `Criterion ${i + 1}` },
        outcome: o,
      })),
    }
  })
