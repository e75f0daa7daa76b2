/** Stored assessments → the plans module's commune statuses, through core's `Integration.communeStatus` (keys `family:code`). */
import type { Evaluation, Tier } from "@ntm/core/criteria"
import { tierLadder } from "@ntm/core/criteria"
import { communeStatus } from "@ntm/core/integration"
import type { Inputs } from "@ntm/core/plans"

/** What a status is built from: the fields of a stored assessment it reads. */
export interface AssessedRecord {
  readonly commune: string
  readonly year: number
  readonly tier: Tier
  readonly evaluation: Evaluation
}

/** One commune-year: the assessments that stand (the latest of each tier) and the status they give. */
export interface Standing<A extends AssessedRecord> {
  readonly status: Inputs.CommuneStatus
  /** The latest assessment of each tier that year, lowest tier first. */
  readonly assessments: ReadonlyArray<A>
}

const ORDER: ReadonlyArray<Tier> = ["ntm", "advanced", "model"]

/**
 * One status per commune and year from stored assessments given newest first. Per commune-year the latest
 * assessment of each tier stands; their evaluations climb core's tier ladder (NTM → advanced → model), and the
 * lowest tier's evaluation gives the criteria, adapted by core's `Integration.communeStatus`: criteria are keyed
 * `family:code` (`criterionKey`), `tier` is the highest tier reached — the ASSESSED tier, not a recognition. An
 * advanced assessment without an NTM one that year reaches no tier (NTM was not assessed), as in core.
 *
 * @example
 * const statuses = standingStatuses(newestFirst).map((s) => s.status)
 */
export const standingStatuses = <A extends AssessedRecord>(newestFirst: ReadonlyArray<A>): Array<Standing<A>> => {
  const groups = new Map<string, Map<Tier, A>>()
  for (const a of newestFirst) {
    const k = `${a.commune}/${a.year}`
    let byTier = groups.get(k)
    if (byTier === undefined) {
      byTier = new Map()
      groups.set(k, byTier)
    }
    if (!byTier.has(a.tier)) byTier.set(a.tier, a)
  }
  return [...groups.values()].map((byTier) => {
    const standing = ORDER.flatMap((t) => {
      const a = byTier.get(t)
      return a === undefined ? [] : [a]
    })
    const ladder = tierLadder(Object.fromEntries(standing.map((a) => [a.tier, a.evaluation])))
    const base = standing[0] as A
    return { status: communeStatus(base.evaluation, ladder), assessments: standing }
  })
}
