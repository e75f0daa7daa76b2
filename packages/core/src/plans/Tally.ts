/**
 * The tally: everything a roll-up adds up for a set of communes, kept as sums and counts so that any grouping
 * gives the same totals (a commutative monoid) and averages are weighted by the number of communes.
 */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import { type CommuneStatus, type Tier, tierRank, type VillageRecognition, type VillageTier } from "./Inputs.ts"
import { inPeriod, type Period } from "./Period.ts"

/** Counts per tier (danh hiệu). */
export type TierCounts = Readonly<Record<Tier, number>>

/** Counts per village tier (thôn đạt chuẩn NTM / thôn NTM kiểu mẫu). */
export type VillageCounts = Readonly<Record<VillageTier, number>>

/**
 * What a roll-up adds up (tổng hợp). Averages are never stored, only their sums and counts:
 * the mean criteria per commune of a district is `criteriaMet / assessed` over all its communes,
 * not the mean of its sub-units' means.
 */
export interface Tally {
  /** Communes in scope (the programme base). */
  readonly communes: number
  /** Communes in scope with a status for the year. */
  readonly assessed: number
  /** Assessed communes by their tier (each commune counted once, at its own tier). */
  readonly tiers: TierCounts
  /** Sum of criteria met over assessed communes. */
  readonly criteriaMet: number
  /** Sum of indeterminate criteria over assessed communes. */
  readonly criteriaIndeterminate: number
  /** Fewest criteria met by any assessed commune; undefined when none was assessed. */
  readonly minCriteriaMet: number | undefined
  /** Villages whose highest recognition in force at the date is this tier. */
  readonly villages: VillageCounts
  /** Village recognitions of this tier dated inside the period. */
  readonly villagesRecognised: VillageCounts
  /** Money mobilised in the period, integer đồng. */
  readonly money: bigint
}

/** The tally of nothing: the identity of {@link combine}. */
export const empty: Tally = {
  communes: 0,
  assessed: 0,
  tiers: { none: 0, ntm: 0, advanced: 0, model: 0 },
  criteriaMet: 0,
  criteriaIndeterminate: 0,
  minCriteriaMet: undefined,
  villages: { ntm: 0, model: 0 },
  villagesRecognised: { ntm: 0, model: 0 },
  money: 0n,
}

const minOf = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b)

/**
 * Adds two tallies. Associative and commutative, with {@link empty} as identity.
 *
 * @example
 * ```ts
 * import { Period, Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const [a, b] = LaoCaiPlans.demoStatuses.map((status) => Tally.communeTally({ status, villages: [], money: 0n }, Period.yearPeriod(2024)))
 * Tally.combine(a!, b!).communes // => 2
 * Tally.combine(a!, Tally.empty) // => a
 * ```
 */
export const combine = (a: Tally, b: Tally): Tally => ({
  communes: a.communes + b.communes,
  assessed: a.assessed + b.assessed,
  tiers: {
    none: a.tiers.none + b.tiers.none,
    ntm: a.tiers.ntm + b.tiers.ntm,
    advanced: a.tiers.advanced + b.tiers.advanced,
    model: a.tiers.model + b.tiers.model,
  },
  criteriaMet: a.criteriaMet + b.criteriaMet,
  criteriaIndeterminate: a.criteriaIndeterminate + b.criteriaIndeterminate,
  minCriteriaMet: minOf(a.minCriteriaMet, b.minCriteriaMet),
  villages: { ntm: a.villages.ntm + b.villages.ntm, model: a.villages.model + b.villages.model },
  villagesRecognised: {
    ntm: a.villagesRecognised.ntm + b.villagesRecognised.ntm,
    model: a.villagesRecognised.model + b.villagesRecognised.model,
  },
  money: a.money + b.money,
})

/**
 * Adds any number of tallies.
 *
 * @example
 * ```ts
 * import { Tally } from "@ntm/core/plans"
 * Tally.combineAll([]) // => Tally.empty
 * ```
 */
export const combineAll = (tallies: Iterable<Tally>): Tally => {
  let acc = empty
  for (const t of tallies) acc = combine(acc, t)
  return acc
}

/**
 * Communes at `tier` or above ("94 NTM communes, including 20 advanced and 9 model").
 *
 * @example
 * ```ts
 * import { Tally } from "@ntm/core/plans"
 * const tally = { ...Tally.empty, communes: 3, assessed: 3, tiers: { none: 1, ntm: 1, advanced: 1, model: 0 } }
 * Tally.atLeast(tally, "ntm") // => 2
 * ```
 */
export const atLeast = (tally: Tally, tier: Tier): number =>
  (Object.keys(tally.tiers) as Array<Tier>)
    .filter((t) => tierRank(t) >= tierRank(tier))
    .reduce((n, t) => n + tally.tiers[t], 0)

/**
 * Mean criteria met per assessed commune, or undefined when none was assessed.
 *
 * @example
 * ```ts
 * import { Tally } from "@ntm/core/plans"
 * Tally.meanCriteria({ ...Tally.empty, assessed: 2, criteriaMet: 29 }) // => 14.5
 * Tally.meanCriteria(Tally.empty) // => undefined
 * ```
 */
export const meanCriteria = (tally: Tally): number | undefined =>
  tally.assessed === 0 ? undefined : tally.criteriaMet / tally.assessed

/** Everything a commune contributes to a tally for one period. */
export interface CommuneFacts {
  /** Its status for the period (see {@link statusForPeriod}); undefined when not assessed. */
  readonly status: CommuneStatus | undefined
  /** Recognitions of its villages (any dates; filtered here). */
  readonly villages: ReadonlyArray<VillageRecognition>
  /** Money mobilised in the period. */
  readonly money: bigint
}

const inForce = (r: VillageRecognition, date: IsoDate): boolean =>
  r.recognisedOn <= date && (r.revokedOn === undefined || date < r.revokedOn)

/**
 * The tally of one commune for a period: its status, its villages' recognitions in force at the period end
 * (each village counted once, at its highest tier) and recognised inside the period, and its money.
 *
 * @example
 * ```ts
 * import { Period, Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // ILLUSTRATIVE xã 02788: NTM in 2024, one village NTM since 2022 and model since 2024
 * const status = LaoCaiPlans.demoStatuses.find((s) => s.unit === "02788" && s.year === 2024)
 * const villages = LaoCaiPlans.demoVillages.filter((v) => v.commune === "02788")
 * const t = Tally.communeTally({ status, villages, money: 0n }, Period.yearPeriod(2024))
 * t.tiers.ntm // => 1
 * t.villages // => { ntm: 0, model: 1 }
 * t.villagesRecognised // => { ntm: 0, model: 1 }
 * ```
 */
export const communeTally = (facts: CommuneFacts, period: Period): Tally => {
  const s = facts.status
  const highest = new Map<UnitCode, VillageTier>()
  const recognised = { ntm: 0, model: 0 }
  for (const r of facts.villages) {
    if (inPeriod(r.recognisedOn, period)) recognised[r.tier] += 1
    if (!inForce(r, period.end)) continue
    const prev = highest.get(r.village)
    if (prev === undefined || (prev === "ntm" && r.tier === "model")) highest.set(r.village, r.tier)
  }
  const villages = { ntm: 0, model: 0 }
  for (const t of highest.values()) villages[t] += 1
  return {
    communes: 1,
    assessed: s === undefined ? 0 : 1,
    tiers: {
      none: s?.tier === "none" ? 1 : 0,
      ntm: s?.tier === "ntm" ? 1 : 0,
      advanced: s?.tier === "advanced" ? 1 : 0,
      model: s?.tier === "model" ? 1 : 0,
    },
    criteriaMet: s?.criteriaMet ?? 0,
    criteriaIndeterminate: s?.indeterminate ?? 0,
    minCriteriaMet: s?.criteriaMet,
    villages,
    villagesRecognised: recognised,
    money: facts.money,
  }
}

/**
 * Which status stands for a commune in a period:
 * - `same-year`: only an assessment of the period's final year counts (the default for annual reports);
 * - `latest`: the latest assessment up to that year (a recognised tier stands until revoked).
 */
export type StatusPolicy = "same-year" | "latest"

/**
 * The status of `unit` for a period ending in `year`, under a policy.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { Tally } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * // xã 02929 has a demo status for 2024 only
 * const unit = UnitCode.unitCode("02929")
 * Tally.statusForPeriod(LaoCaiPlans.demoStatuses, unit, 2025, "same-year") // => undefined
 * Tally.statusForPeriod(LaoCaiPlans.demoStatuses, unit, 2025, "latest")?.year // => 2024
 * ```
 */
export const statusForPeriod = (
  statuses: ReadonlyArray<CommuneStatus>,
  unit: UnitCode,
  year: number,
  policy: StatusPolicy,
): CommuneStatus | undefined => {
  let best: CommuneStatus | undefined
  for (const s of statuses) {
    if (s.unit !== unit) continue
    if (policy === "same-year" ? s.year !== year : s.year > year) continue
    if (best === undefined || s.year > best.year) best = s
  }
  return best
}
