/** The tier ladder (bậc công nhận): NTM → advanced (NTM + advanced set) → model (advanced + 319/QĐ-TTg conditions). */
import { Schema } from "effect"
import { type Evaluation, Outcome } from "./Evaluation.ts"
import { evaluate } from "./evaluate.ts"
import type { EvaluationInput } from "./Measured.ts"
import { Tier, type ValidPack } from "./Pack.ts"
import type { Evaluable } from "./prepare.ts"

/** One step of the tier ladder (bậc công nhận): the standard of that tier's pack, or `not-evaluated` when no evaluation was given. */
export const LadderStep = Schema.Struct({
  tier: Tier,
  standard: Schema.Union([Outcome, Schema.Literal("not-evaluated")]),
  packId: Schema.optionalKey(Schema.String),
})
export type LadderStep = typeof LadderStep.Type

/**
 * Tier ladder (bậc công nhận) result: the highest tier reached (every lower tier's standard passed too), the steps, and the next
 * tier with why it is not reached (`fail`, `indeterminate` or `not-evaluated`).
 */
export const TierLadder = Schema.Struct({
  reached: Schema.Union([Tier, Schema.Literal("none")]),
  steps: Schema.Array(LadderStep),
  next: Schema.optionalKey(LadderStep),
})
export type TierLadder = typeof TierLadder.Type

const order: ReadonlyArray<Tier> = ["ntm", "advanced", "model"]

/**
 * Climbs the ladder: a tier is reached when its pack's standard passes and every lower tier is reached. Model needs
 * the advanced set in full (condition 1 of 319) plus the 319 conditions. An evaluation whose tier does not match
 * its rung is ignored (treated as not evaluated).
 *
 * @example
 * ```ts
 * import { tierLadder } from "@ntm/core/criteria"
 * import { evaluateLaoCaiDemo } from "@ntm/core/demo"
 * const { evaluations } = evaluateLaoCaiDemo().assessments[0]!
 * tierLadder(evaluations).reached // => "advanced"
 * tierLadder({ advanced: evaluations.advanced! }).reached // => "none"
 * ```
 */
export const tierLadder = (evaluations: Partial<Record<Tier, Evaluation>>): TierLadder => {
  const steps: Array<LadderStep> = order.map((tier) => {
    const ev = evaluations[tier]
    return ev === undefined || ev.tier !== tier
      ? { tier, standard: "not-evaluated" }
      : { tier, standard: ev.summary.standard, packId: ev.packId }
  })
  let reached: Tier | "none" = "none"
  for (const step of steps) {
    if (step.standard !== "pass") {
      return { reached, steps, next: step }
    }
    reached = step.tier
  }
  return { reached, steps }
}

/**
 * Evaluates one commune against the packs of each tier and climbs the ladder in one call.
 *
 * @example
 * ```ts
 * import { evaluateTiers, Packs } from "@ntm/core/criteria"
 * import { demoInput, laoCaiDemoMeasurements } from "@ntm/core/demo"
 * // Over the shipped national sets alone, the absent thresholds leave every tier unreached
 * const { ladder } = evaluateTiers({ ntm: Packs.qd318PhuLucI, advanced: Packs.qd318PhuLucII, model: Packs.qd319 }, demoInput(laoCaiDemoMeasurements[0]!))
 * ladder.reached // => "none"
 * ```
 */
export const evaluateTiers = (
  packs: Partial<Record<Tier, ValidPack | Evaluable>>,
  input: EvaluationInput,
): { readonly evaluations: Partial<Record<Tier, Evaluation>>; readonly ladder: TierLadder } => {
  const evaluations: Partial<Record<Tier, Evaluation>> = {}
  for (const tier of order) {
    const pack = packs[tier]
    if (pack !== undefined) evaluations[tier] = evaluate(pack, input)
  }
  return { evaluations, ladder: tierLadder(evaluations) }
}
