/**
 * Progress of a commune plan: the plan against the latest assessment up to a year.
 *
 * Rules:
 * - The assessment used is the commune's latest with `year <= asOfYear` (default: the plan year); its year is
 *   returned so a stale assessment is visible. No assessment → every item is `not-assessed`.
 * - A planned criterion is `met` when its latest result is pass, `not-met` when fail, `unknown` when
 *   indeterminate or absent from the assessment (e.g. another pack: see `samePack`).
 * - `percentMet` = met ÷ planned criteria × 100; absent for a plan with no criteria.
 * - A planned indicator with a target value is met when the value is at or better than the target; without a
 *   target value it follows the indicator's result.
 * - `lost` lists the plan's criteria that went pass → fail since the assessment before (see Regression.ts).
 */

import { Schema } from "effect"
import { type CommunePlan, PlanIntent } from "./CommunePlan.ts"
import { atLeastTier, type CommuneStatus, type CriterionResult, latestStatus } from "./Inputs.ts"
import { findRegressions } from "./Regression.ts"

/** State of one planned item against the assessment. */
export const ItemState = Schema.Literals(["met", "not-met", "unknown", "not-assessed"])
export type ItemState = typeof ItemState.Type

/** One planned criterion or indicator and where it stands. */
export const ItemProgress = Schema.Struct({ key: Schema.String, intent: PlanIntent, state: ItemState })
export type ItemProgress = typeof ItemProgress.Type

/**
 * Where a plan stands (tiến độ). `assessmentYear` is absent when there is no assessment; `samePack` is false when the
 * assessment is under another pack than the plan's (keys may not match); `tierReached` is present when the plan
 * names a target tier and there is an assessment; `lost` lists planned criteria that went pass → fail since the
 * assessment before the one used.
 */
export const PlanProgress = Schema.Struct({
  planId: Schema.String,
  assessmentYear: Schema.optionalKey(Schema.Int),
  samePack: Schema.optionalKey(Schema.Boolean),
  criteria: Schema.Array(ItemProgress),
  indicators: Schema.Array(ItemProgress),
  met: Schema.Int,
  planned: Schema.Int,
  percentMet: Schema.optionalKey(Schema.Finite),
  tierReached: Schema.optionalKey(Schema.Boolean),
  lost: Schema.Array(Schema.String),
})
export type PlanProgress = typeof PlanProgress.Type

const stateOf = (result: CriterionResult | undefined): ItemState =>
  result === "pass" ? "met" : result === "fail" ? "not-met" : "unknown"

/**
 * Measures a plan against the commune's assessments.
 *
 * @example
 * ```ts
 * import { PlanProgress } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const plan = LaoCaiPlans.demoPlans.find((p) => p.id === "demo-plan-03037-2024")!
 * PlanProgress.planProgress(plan, LaoCaiPlans.demoStatuses).percentMet // => 100
 * ```
 */
export const planProgress = (
  plan: CommunePlan,
  statuses: ReadonlyArray<CommuneStatus>,
  asOfYear: number = plan.year,
): PlanProgress => {
  const latest = latestStatus(statuses, plan.unit, asOfYear)
  const previous = latest === undefined ? undefined : latestStatus(statuses, plan.unit, latest.year - 1)
  const results = new Map(latest?.criteria.map((c) => [c.key, c.result]))
  const criteria = plan.criteria.map((c) => ({
    key: c.key,
    intent: c.intent,
    state: latest === undefined ? ("not-assessed" as const) : stateOf(results.get(c.key)),
  }))
  const indicators = (plan.indicators ?? []).map((x): ItemProgress => {
    if (latest === undefined) return { key: x.code, intent: x.intent, state: "not-assessed" }
    const found = latest.indicators?.find((i) => i.code === x.code)
    if (found === undefined) return { key: x.code, intent: x.intent, state: "unknown" }
    if (x.target === undefined || found.value === undefined) {
      return { key: x.code, intent: x.intent, state: x.target === undefined ? stateOf(found.result) : "unknown" }
    }
    const ok = x.better === "higher" ? found.value >= x.target : found.value <= x.target
    return { key: x.code, intent: x.intent, state: ok ? "met" : "not-met" }
  })
  const met = criteria.filter((c) => c.state === "met").length
  const planned = new Set(plan.criteria.map((c) => c.key))
  const lost =
    latest !== undefined && previous !== undefined
      ? findRegressions(previous, latest).criteria.filter((k) => planned.has(k))
      : []
  return {
    planId: plan.id,
    ...(latest === undefined ? {} : { assessmentYear: latest.year, samePack: latest.packId === plan.packId }),
    criteria,
    indicators,
    met,
    planned: criteria.length,
    ...(criteria.length === 0 ? {} : { percentMet: (met / criteria.length) * 100 }),
    ...(plan.targetTier === undefined || latest === undefined
      ? {}
      : { tierReached: atLeastTier(latest.tier, plan.targetTier) }),
    lost,
  }
}
