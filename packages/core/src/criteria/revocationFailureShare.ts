/**
 * The revocation rule of 18/2022/QĐ-TTg (criteria.md §6.4): a commune loses recognition when 50% or more of its
 * criteria fail, or 30% to under 50% fail including a critical criterion.
 */
import { Schema } from "effect"
import type { Evaluation } from "./Evaluation.ts"

/**
 * Revocation (thu hồi) risk: `revoke` (the rule is met on the known failures), `possible` (it would be met if some
 * indeterminate criteria fail), `none` (it cannot be met whatever the indeterminate ones turn out to be).
 */
export const RevocationRisk = Schema.Struct({
  risk: Schema.Literals(["revoke", "possible", "none"]),
  failed: Schema.Int,
  indeterminate: Schema.Int,
  total: Schema.Int,
  criticalFailed: Schema.Array(Schema.String),
  basis: Schema.String,
})
export type RevocationRisk = typeof RevocationRisk.Type

/** True when `failed` of `total` criteria (with or without a critical one) meets the revocation bands. */
const triggers = (failed: number, total: number, critical: boolean): boolean =>
  total > 0 && (failed * 2 >= total || (failed * 10 >= total * 3 && critical))

/**
 * Applies the failure-share rule to an evaluation of the set the commune was recognised under (the NTM set for an
 * NTM commune; the advanced set for advanced and model communes [S34]). Critical criteria are those the pack marks
 * `critical`. Integer arithmetic: 30% means failed × 10 ≥ total × 3.
 *
 * @example
 * ```ts
 * import { revocationRisk } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const ntm = evaluateLaoCaiDemo().assessments[0]!.evaluations.ntm!
 * revocationRisk(ntm).risk // => "none"
 * ```
 */
export const revocationRisk = (evaluation: Evaluation): RevocationRisk => {
  const total = evaluation.criteria.length
  const failedCriteria = evaluation.criteria.filter((c) => c.outcome === "fail")
  const open = evaluation.criteria.filter((c) => c.outcome === "indeterminate")
  const criticalFailed = failedCriteria.filter((c) => c.critical).map((c) => c.criterion)
  const failed = failedCriteria.length
  const now = triggers(failed, total, criticalFailed.length > 0)
  const worst = triggers(failed + open.length, total, criticalFailed.length > 0 || open.some((c) => c.critical))
  return {
    risk: now ? "revoke" : worst ? "possible" : "none",
    failed,
    indeterminate: open.length,
    total,
    criticalFailed,
    basis: "18/2022/QĐ-TTg, revocation of commune recognition [S11][S34]",
  }
}
