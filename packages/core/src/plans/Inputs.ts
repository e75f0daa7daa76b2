/**
 * The seam: the small input shapes this module reads from evaluation, admin units and the ledger.
 * Those modules adapt their own types to these at merge time; nothing here depends on them.
 */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { UnitCode } from "../shared/UnitCode.ts"

/**
 * A commune's tier (danh hiệu): not yet NTM, NTM (nông thôn mới), advanced (NTM nâng cao), model (NTM kiểu mẫu).
 * The tiers are ordered: a model commune is also advanced and NTM.
 */
export const Tier = Schema.Literals(["none", "ntm", "advanced", "model"])
export type Tier = typeof Tier.Type

/** The tiers a target or a registration can aim at (every tier but `none`). */
export const TargetTier = Schema.Literals(["ntm", "advanced", "model"])
export type TargetTier = typeof TargetTier.Type

/**
 * Rank of a tier, for "at least" comparisons.
 *
 * @example
 * ```ts
 * import { Inputs } from "@ntm/core/plans"
 * Inputs.tierRank("none") // => 0
 * Inputs.tierRank("model") // => 3
 * ```
 */
export const tierRank = (tier: Tier): number => Tier.literals.indexOf(tier)

/**
 * True when `tier` is `minimum` or above.
 *
 * @example
 * ```ts
 * import { Inputs } from "@ntm/core/plans"
 * Inputs.atLeastTier("advanced", "ntm") // => true
 * Inputs.atLeastTier("ntm", "advanced") // => false
 * ```
 */
export const atLeastTier = (tier: Tier, minimum: Tier): boolean => tierRank(tier) >= tierRank(minimum)

/** Result of a criterion or indicator (đạt / không đạt / chưa xác định). Unknown stays `indeterminate`. */
export const CriterionResult = Schema.Literals(["pass", "fail", "indeterminate"])
export type CriterionResult = typeof CriterionResult.Type

const Count = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/**
 * A commune's assessed status for one year under one pack (kết quả rà soát, đánh giá) — SEAM.
 * The criteria evaluation module adapts its evaluation result to this shape
 * ("adapt Evaluation to CommuneStatus"): `criteriaMet` = criteria that pass, `indeterminate` = criteria whose
 * result cannot be decided, `criteria` = per-criterion results keyed by the pack's criterion key.
 *
 * Whether `tier` is the *assessed* tier or the *recognised* tier (công nhận, a legal act) is the caller's
 * choice; reports on recognition should feed recognised tiers.
 */
export const CommuneStatus = Schema.Struct({
  unit: UnitCode,
  year: Schema.Int,
  packId: Schema.NonEmptyString,
  tier: Tier,
  criteriaMet: Count,
  criteriaTotal: Count,
  indeterminate: Count,
  criteria: Schema.Array(Schema.Struct({ key: Schema.NonEmptyString, result: CriterionResult })),
  indicators: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        code: Schema.NonEmptyString,
        value: Schema.optionalKey(Schema.Finite),
        result: CriterionResult,
      }),
    ),
  ),
})
export type CommuneStatus = typeof CommuneStatus.Type

/** Village tiers (thôn đạt chuẩn NTM / thôn NTM kiểu mẫu), recognised by the district chairman in Lào Cai. */
export const VillageTier = Schema.Literals(["ntm", "model"])
export type VillageTier = typeof VillageTier.Type

/**
 * A village's recognition (công nhận thôn đạt chuẩn) in force over [recognisedOn, revokedOn) — SEAM.
 * Villages are not evaluated criterion by criterion here; they enter as recognition decisions.
 * `commune` is the commune the village belonged to on `recognisedOn`.
 */
export const VillageRecognition = Schema.Struct({
  village: UnitCode,
  commune: UnitCode,
  tier: VillageTier,
  recognisedOn: IsoDate,
  revokedOn: Schema.optionalKey(IsoDate),
  source: Schema.optionalKey(Schema.NonEmptyString),
})
export type VillageRecognition = typeof VillageRecognition.Type

/**
 * The administrative hierarchy as of a date — SEAM. The units module adapts its time-versioned tree to this.
 * Pass the *programme* hierarchy: province → district → the communes in the NTM base (xã), so that
 * wards and towns outside the base do not dilute counts and averages. After 1 July 2025 there is no district
 * level and communes hang directly under the province.
 */
export interface Hierarchy {
  /** Direct children of `unit` in force on `date`; empty for a leaf (a commune). */
  readonly childrenAt: (unit: UnitCode, date: IsoDate) => ReadonlyArray<UnitCode>
}

/**
 * Money mobilised for a unit between two dates, both inclusive, in integer đồng — SEAM.
 * The contribution ledger supplies this (confirmed contributions only, valued); it returns 0n when nothing
 * was recorded. Called for leaf units only; roll-ups sum it.
 */
export type MobilisedMoney = (unit: UnitCode, start: IsoDate, end: IsoDate) => bigint

/**
 * Integer đồng, a decimal string in JSON (e.g. `"300000000"`), a `bigint` in code. Non-negative.
 * Same JSON form as `Money.NonNegativeVnd`, but unbranded so plan arithmetic stays plain `bigint`.
 */
export const Dong = Schema.BigIntFromString.pipe(Schema.check(Schema.isGreaterThanOrEqualToBigInt(0n)))
export type Dong = typeof Dong.Type

/**
 * The latest status of a unit with `year <= asOfYear`, or undefined.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * import { Inputs } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * Inputs.latestStatus(LaoCaiPlans.demoStatuses, UnitCode.unitCode("02944"), 2025)?.tier // => "advanced"
 * Inputs.latestStatus(LaoCaiPlans.demoStatuses, UnitCode.unitCode("02944"), 2022) // => undefined
 * ```
 */
export const latestStatus = (
  statuses: ReadonlyArray<CommuneStatus>,
  unit: UnitCode,
  asOfYear: number,
): CommuneStatus | undefined => {
  let best: CommuneStatus | undefined
  for (const s of statuses) {
    if (s.unit !== unit || s.year > asOfYear) continue
    if (best === undefined || s.year > best.year) best = s
  }
  return best
}

/**
 * Builds a {@link Hierarchy} from parent links with half-open validity [validFrom, validTo).
 * A small adapter for tests and demos; the units module provides the real one.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Inputs } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const hierarchy = Inputs.hierarchyFromLinks(LaoCaiPlans.demoHierarchyLinks)
 * hierarchy.childrenAt(UnitCode.unitCode("086"), IsoDate.isoDate("2024-12-31")) // => ["02929", "02944"]
 * ```
 */
export const hierarchyFromLinks = (
  links: ReadonlyArray<{ unit: UnitCode; parent: UnitCode; validFrom: IsoDate; validTo?: IsoDate }>,
): Hierarchy => ({
  childrenAt: (unit, date) =>
    links
      .filter((l) => l.parent === unit && l.validFrom <= date && (l.validTo === undefined || date < l.validTo))
      .map((l) => l.unit),
})
