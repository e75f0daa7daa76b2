/** The seam between criteria and plans: a stored assessment's evaluation as the plans module's `CommuneStatus`. */
import type { Evaluation } from "@ntm/core/criteria"
import type { Inputs } from "@ntm/core/plans"

/**
 * Adapts an evaluation: criteria keyed by the pack's criterion code, `tier` = the pack's tier when its standard
 * passes, else `none` (an ASSESSED tier, not a recognition). Indicator values are kept for percent and score
 * measurements only: a boolean has no number, and a đồng amount is not turned into a float.
 */
export const communeStatusOf = (ev: Evaluation): Inputs.CommuneStatus => ({
  unit: ev.commune as Inputs.CommuneStatus["unit"],
  year: ev.year,
  packId: ev.packId,
  tier: ev.summary.standard === "pass" ? ev.tier : "none",
  criteriaMet: ev.summary.met,
  criteriaTotal: ev.summary.total,
  indeterminate: ev.summary.indeterminate,
  criteria: ev.criteria.map((c) => ({ key: c.criterion, result: c.outcome })),
  indicators: ev.indicators.map((i) => {
    const v = i.value
    const value = v?.kind === "percent" ? v.value : v?.kind === "score" ? v.points : undefined
    return { code: i.indicator, result: i.outcome, ...(value === undefined ? {} : { value }) }
  }),
})

/** One status per commune and year: the latest submitted assessment of that year stands (input newest first). */
export const latestPerYear = <A extends { readonly commune: string; readonly year: number }>(
  newestFirst: ReadonlyArray<A>,
): Array<A> => {
  const seen = new Set<string>()
  return newestFirst.filter((a) => {
    const k = `${a.commune}/${a.year}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
