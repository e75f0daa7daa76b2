/** Adapts a criteria evaluation (kết quả đánh giá) to the plans module's commune status, the shape the status report reads. */
import type { Evaluation } from "../../criteria/Evaluation.ts"
import { criterionKey } from "../../criteria/Evaluation.ts"
import type { CommuneStatus, Tier } from "../../plans/Inputs.ts"
import { unitCode } from "../../shared/UnitCode.ts"

/**
 * The commune status of one evaluation: criteria met, total and indeterminate from its summary; per-criterion
 * results keyed `family:criterion` (stable across packs of one family, as `criterionKey` defines). The tier is the
 * caller's when given (a recognised tier, or the top of `evaluateTiers`' ladder); otherwise the pack's tier when
 * the evaluation meets the standard, else `"none"` — which is right for an NTM-tier pack and conservative for
 * higher tiers (a commune failing the advanced pack may still be NTM: pass the tier then).
 *
 * @example
 * statusFromEvaluation(evaluate(pack, input)) // { unit, year, tier: "ntm", criteriaMet: 19, … }
 */
export const statusFromEvaluation = (ev: Evaluation, tier?: Tier): CommuneStatus => ({
  unit: unitCode(ev.commune),
  year: ev.year,
  packId: ev.packId,
  tier: tier ?? (ev.summary.standard === "pass" ? ev.tier : "none"),
  criteriaMet: ev.summary.met,
  criteriaTotal: ev.summary.total,
  indeterminate: ev.summary.indeterminate,
  criteria: ev.criteria.map((c) => ({ key: criterionKey(ev.family, c.criterion), result: c.outcome })),
})
