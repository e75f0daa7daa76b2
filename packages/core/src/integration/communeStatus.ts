/** Seam adapter: a commune's evaluation (and its tier ladder) → the plans module's `CommuneStatus`. */
import { criterionKey, type Evaluation } from "../criteria/Evaluation.ts"
import type { Measured } from "../criteria/Measured.ts"
import { type TierLadder, tierLadder } from "../criteria/tierLadder.ts"
import type { CommuneStatus } from "../plans/Inputs.ts"
import { unitCode } from "../shared/UnitCode.ts"

/** Options of {@link communeStatus}. */
export interface CommuneStatusOptions {
  /**
   * The pack id the status is filed under; default the evaluation's own `packId`. A caller whose pack was
   * resolved with a fill-in may file the status under the provincial set it assesses (the fill-in supplies
   * values, not criteria), and must then say elsewhere that the result rests on filled-in values.
   */
  readonly packId?: string
  /** Also copy each indicator's result and numeric value (percent, score points, đồng when safe). Default true. */
  readonly indicators?: boolean
}

/** A measured value as the plain number plans compare against targets; booleans have none. */
const numeric = (m: Measured | undefined): number | undefined => {
  if (m === undefined) return undefined
  switch (m.kind) {
    case "percent":
      return m.value
    case "score":
      return m.points
    case "amount":
      return m.dong <= BigInt(Number.MAX_SAFE_INTEGER) && m.dong >= -BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(m.dong)
        : undefined
    case "boolean":
      return undefined
  }
}

/**
 * Adapts an evaluation to a `CommuneStatus` (kết quả rà soát): `criteriaMet`, `indeterminate` and `criteriaTotal`
 * are the evaluation's summary counts; each criterion is keyed `family:code` (`criterionKey`), so statuses of one
 * family compare across years and packs; `tier` is the ladder's highest tier reached — the *assessed* tier, not a
 * recognition (công nhận). Without a ladder, the ladder of this evaluation alone is climbed (an NTM evaluation
 * that passes gives `ntm`; an advanced evaluation alone gives `none`, since NTM was not evaluated).
 *
 * @example
 * const { evaluations, ladder } = evaluateTiers({ ntm, advanced }, input)
 * communeStatus(evaluations.ntm!, ladder).tier // "advanced"
 */
export const communeStatus = (
  evaluation: Evaluation,
  ladder?: TierLadder,
  options: CommuneStatusOptions = {},
): CommuneStatus => {
  const reached = (ladder ?? tierLadder({ [evaluation.tier]: evaluation })).reached
  const criteria = evaluation.criteria.map((c) => ({
    key: criterionKey(evaluation.family, c.criterion),
    result: c.outcome,
  }))
  const withIndicators = options.indicators ?? true
  return {
    unit: unitCode(evaluation.commune),
    year: evaluation.year,
    packId: options.packId ?? evaluation.packId,
    tier: reached,
    criteriaMet: evaluation.summary.met,
    criteriaTotal: evaluation.summary.total,
    indeterminate: evaluation.summary.indeterminate,
    criteria,
    ...(withIndicators
      ? {
          indicators: evaluation.indicators.map((i) => {
            const value = numeric(i.value)
            return value === undefined
              ? { code: i.indicator, result: i.outcome }
              : { code: i.indicator, value, result: i.outcome }
          }),
        }
      : {}),
  }
}
