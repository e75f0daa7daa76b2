/** Communes that lost the standard: met a tier at the end of one year and a lower one (or none) the next. */
import type { CommuneRow, TierStatus } from "./communeRow.ts"

/** Rank of the tiers that meet a standard; absent for statuses that are not a judged tier. */
const rank: Partial<Record<TierStatus, number>> = { none: 0, ntm: 1, advanced: 2, model: 3 }

/** A commune whose tier went down between two years. */
export interface LostStandard {
  readonly code: string
  readonly name: string
  readonly before: TierStatus
  readonly after: TierStatus
  /** Criteria met before and after, when counted. */
  readonly metBefore?: number
  readonly metAfter?: number
  /** The assessments behind each side, for "why" (`GET /v1/assessments/{after}/compare?with={before}`). */
  readonly assessmentBefore?: string
  readonly assessmentAfter?: string
}

/**
 * The communes that met a tier in the `before` rows and stand lower in the `after` rows (a lower tier, or the
 * standard not met). Indeterminate, unassessed or unreadable communes are never counted as lost: their status
 * is unknown, not lower. Rows are matched by code; the result follows the `after` rows' order.
 *
 * @example
 * lostStandard(rows2023, rows2024).map((l) => l.code) // ["02746"]
 */
export const lostStandard = (
  before: ReadonlyArray<CommuneRow>,
  after: ReadonlyArray<CommuneRow>,
): Array<LostStandard> => {
  const earlier = new Map(before.map((r) => [r.code, r]))
  const out: Array<LostStandard> = []
  for (const a of after) {
    const b = earlier.get(a.code)
    if (b === undefined) continue
    const rb = rank[b.tier]
    const ra = rank[a.tier]
    if (rb === undefined || ra === undefined || rb === 0 || ra >= rb) continue
    out.push({
      code: a.code,
      name: a.name,
      before: b.tier,
      after: a.tier,
      ...(b.met === undefined ? {} : { metBefore: b.met }),
      ...(a.met === undefined ? {} : { metAfter: a.met }),
      ...(b.assessmentId === undefined ? {} : { assessmentBefore: b.assessmentId }),
      ...(a.assessmentId === undefined ? {} : { assessmentAfter: a.assessmentId }),
    })
  }
  return out
}
