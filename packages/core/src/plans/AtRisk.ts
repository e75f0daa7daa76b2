/**
 * At-risk flags for commune plans: the due year is close and the gap is large, or something was lost.
 *
 * The thresholds are policy, not facts, so the caller passes them (no defaults are built in):
 * - `maxYearsLeft` — flag when the due year is at most this many years after `asOfYear` (0 = due this year);
 * - `minGap` — …and at least this many planned criteria are not yet met (not-met, unknown or not assessed).
 * Other reasons, always checked: the due year has passed with a gap; a planned criterion was lost (rớt chuẩn);
 * no assessment exists; the assessment is under another pack than the plan.
 */
import { Schema } from "effect"
import { type CommunePlan, dueYear } from "./CommunePlan.ts"
import type { CommuneStatus } from "./Inputs.ts"
import { PlanProgress, planProgress } from "./PlanProgress.ts"

/** The caller's thresholds for "close" and "large". */
export interface AtRiskThresholds {
  readonly maxYearsLeft: number
  readonly minGap: number
}

/** Why a plan is flagged (machine-readable). */
export const AtRiskReason = Schema.Literals([
  "deadline-near-gap-large",
  "overdue-with-gap",
  "criteria-lost",
  "not-assessed",
  "other-pack",
])
export type AtRiskReason = typeof AtRiskReason.Type

/** The flag for one plan: `yearsLeft` = due year − as-of year; `gap` = planned criteria not yet met. */
export const AtRisk = Schema.Struct({
  planId: Schema.String,
  atRisk: Schema.Boolean,
  reasons: Schema.Array(AtRiskReason),
  yearsLeft: Schema.Int,
  gap: Schema.Int,
  progress: PlanProgress,
})
export type AtRisk = typeof AtRisk.Type

/**
 * Flags a plan as at risk as of a year.
 *
 * @example
 * ```ts
 * import { AtRisk } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // ILLUSTRATIVE: xã Tả Thàng plans NTM by 2025 with 9 criteria to reach; at-risk thresholds are a provincial policy
 * const plan = LaoCaiPlans.demoPlans.find((p) => p.id === "demo-plan-02794-2024")!
 * AtRisk.assessRisk(plan, LaoCaiPlans.demoStatuses, 2025, LaoCaiPlans.demoAtRiskThresholds).reasons // => ["deadline-near-gap-large"]
 * ```
 */
export const assessRisk = (
  plan: CommunePlan,
  statuses: ReadonlyArray<CommuneStatus>,
  asOfYear: number,
  thresholds: AtRiskThresholds,
): AtRisk => {
  const progress = planProgress(plan, statuses, asOfYear)
  const yearsLeft = dueYear(plan) - asOfYear
  const gap = progress.planned - progress.met
  const reasons: Array<AtRiskReason> = []
  if (yearsLeft < 0 && gap > 0) reasons.push("overdue-with-gap")
  else if (yearsLeft <= thresholds.maxYearsLeft && gap >= thresholds.minGap && gap > 0) {
    reasons.push("deadline-near-gap-large")
  }
  if (progress.lost.length > 0) reasons.push("criteria-lost")
  if (progress.assessmentYear === undefined) reasons.push("not-assessed")
  else if (progress.samePack === false) reasons.push("other-pack")
  return { planId: plan.id, atRisk: reasons.length > 0, reasons, yearsLeft, gap, progress }
}
