/** A commune's yearly plan (kế hoạch xây dựng NTM của xã): criteria and indicators to reach or keep, and resources. */
import { Schema } from "effect"
import { error, type Problem } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { Dong, TargetTier } from "./Inputs.ts"
import { validator } from "./Validated.ts"

/** What the plan intends for a criterion or indicator: reach it (đạt mới) or keep it (duy trì, giữ vững). */
export const PlanIntent = Schema.Literals(["reach", "maintain"])
export type PlanIntent = typeof PlanIntent.Type

/** A criterion in the plan, by the pack's criterion key. */
export const PlanCriterion = Schema.Struct({ key: Schema.NonEmptyString, intent: PlanIntent })
export type PlanCriterion = typeof PlanCriterion.Type

/** An indicator in the plan, optionally with the value aimed at and which direction is better. */
export const PlanIndicator = Schema.Struct({
  code: Schema.NonEmptyString,
  intent: PlanIntent,
  target: Schema.optionalKey(Schema.Finite),
  better: Schema.Literals(["higher", "lower"]),
})
export type PlanIndicator = typeof PlanIndicator.Type

/**
 * Sources of money as official NTM reports list them (peers-and-practice.md §5): central budget, local budget,
 * funds integrated from other programmes (lồng ghép), credit, enterprises, community / people, other.
 */
export const ResourceSource = Schema.Literals([
  "central-budget",
  "local-budget",
  "integrated-programmes",
  "credit",
  "enterprises",
  "community",
  "other",
])
export type ResourceSource = typeof ResourceSource.Type

/** Planned resources (nguồn lực dự kiến): đồng by source, a decimal string in JSON. */
export const PlannedResource = Schema.Struct({
  source: ResourceSource,
  amount: Dong,
  note: Schema.optionalKey(Schema.String),
})
export type PlannedResource = typeof PlannedResource.Type

/**
 * A commune plan for one year under one pack. `targetTier`/`targetYear` record a registration such as
 * "đăng ký đạt chuẩn NTM năm 2024"; `targetYear` defaults to `year`.
 */
export const CommunePlan = Schema.Struct({
  id: Schema.NonEmptyString,
  unit: UnitCode,
  year: Schema.Int,
  packId: Schema.NonEmptyString,
  targetTier: Schema.optionalKey(TargetTier),
  targetYear: Schema.optionalKey(Schema.Int),
  criteria: Schema.Array(PlanCriterion),
  indicators: Schema.optionalKey(Schema.Array(PlanIndicator)),
  resources: Schema.Array(PlannedResource),
  source: Schema.optionalKey(Schema.NonEmptyString),
  note: Schema.optionalKey(Schema.String),
})
export type CommunePlan = typeof CommunePlan.Type

/** The year the plan's goal is due. */
export const dueYear = (plan: CommunePlan): number => plan.targetYear ?? plan.year

/** Total planned resources in đồng. */
export const plannedTotal = (plan: CommunePlan): bigint => plan.resources.reduce((s, r) => s + r.amount, 0n)

/** Rules a decoded plan must also meet. */
export const planProblems = (plan: CommunePlan): Array<Problem> => {
  const problems: Array<Problem> = []
  if (!/^\d{5}$/u.test(plan.unit)) {
    problems.push(error(["unit"], "plan.unit-commune", "a commune plan belongs to a commune (5-digit code)"))
  }
  if (plan.targetYear !== undefined && plan.targetYear < plan.year) {
    problems.push(error(["targetYear"], "plan.target-year", "the target year is before the plan year"))
  }
  const seen = new Set<string>()
  plan.criteria.forEach((c, i) => {
    if (seen.has(c.key))
      problems.push(error(["criteria", i, "key"], "plan.duplicate-criterion", `${c.key} is listed twice`))
    seen.add(c.key)
  })
  const codes = new Set<string>()
  plan.indicators?.forEach((x, i) => {
    if (codes.has(x.code)) {
      problems.push(error(["indicators", i, "code"], "plan.duplicate-indicator", `${x.code} is listed twice`))
    }
    codes.add(x.code)
  })
  return problems
}

/**
 * Decodes and checks a commune plan from JSON-shaped input, reporting every problem.
 *
 * @example
 * validateCommunePlan({ id: "p1", unit: "02794", year: 2024, packId: "lc-2022", criteria: [], resources: [] })
 */
export const validateCommunePlan = validator(CommunePlan, planProblems)
