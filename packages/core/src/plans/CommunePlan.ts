/** A commune's yearly plan (kế hoạch xây dựng NTM của xã): criteria and indicators to reach or keep, and resources. */
import { Schema } from "effect"
import { error, type Problem } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { Dong, TargetTier } from "./Inputs.ts"
import { validator } from "./Validated.ts"

/** What the plan intends for a criterion or indicator: reach it (đạt mới) or keep it (duy trì, giữ vững). */
export const PlanIntent = Schema.Literals(["reach", "maintain"])
export type PlanIntent = typeof PlanIntent.Type

/** A criterion (tiêu chí) in the plan, by the pack's criterion key, to reach (đạt mới) or keep (duy trì). */
export const PlanCriterion = Schema.Struct({ key: Schema.NonEmptyString, intent: PlanIntent })
export type PlanCriterion = typeof PlanCriterion.Type

/** An indicator (chỉ tiêu) in the plan, optionally with the value aimed at and which direction is better. */
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

/**
 * The year the plan's goal is due.
 *
 * @example
 * ```ts
 * import { CommunePlan } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // ILLUSTRATIVE plan of xã Tả Thàng (02794) for 2024, aiming at NTM in 2025
 * const plan = LaoCaiPlans.demoPlans.find((p) => p.id === "demo-plan-02794-2024")!
 * CommunePlan.dueYear(plan) // => 2025
 * ```
 */
export const dueYear = (plan: CommunePlan): number => plan.targetYear ?? plan.year

/**
 * Total planned resources in đồng.
 *
 * @example
 * ```ts
 * import { CommunePlan } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const plan = LaoCaiPlans.demoPlans.find((p) => p.id === "demo-plan-03037-2024")!
 * CommunePlan.plannedTotal(plan) // => 2950000000n
 * ```
 */
export const plannedTotal = (plan: CommunePlan): bigint => plan.resources.reduce((s, r) => s + r.amount, 0n)

/**
 * Rules a decoded plan must also meet.
 *
 * @example
 * ```ts
 * import { CommunePlan } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const plan = LaoCaiPlans.demoPlans[0]!
 * CommunePlan.planProblems(plan) // => []
 * CommunePlan.planProblems({ ...plan, targetYear: plan.year - 1 }).map((p) => p.rule) // => ["plan.target-year"]
 * ```
 */
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
 * ```ts
 * import { CommunePlan } from "@ntm/core/plans"
 * const r = CommunePlan.validateCommunePlan({ id: "p1", unit: "083", year: 2024, packId: "lc-2022", criteria: [], resources: [] })
 * r.problems.map((p) => p.rule) // => ["plan.unit-commune"]
 * ```
 */
export const validateCommunePlan = validator(CommunePlan, planProblems)
