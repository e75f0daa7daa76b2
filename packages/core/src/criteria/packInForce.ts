/** Period → ruleset: which pack of a level and tier is in force on an assessment date. */
import type { IsoDate } from "../shared/IsoDate.ts"
import type { Level, Pack, Tier } from "./Pack.ts"

/**
 * The packs of a level and tier in force on `date` (effectiveFrom ≤ date < effectiveTo), latest start first. A pack
 * whose start date is unknown is in force only when its period's years include the date's year.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Packs, packsInForce } from "@ntm/core/criteria"
 * const inForce = packsInForce(Packs.shippedPacks, { level: "commune", tier: "ntm", date: IsoDate.isoDate("2026-03-01") })
 * inForce.map((p) => p.id) // => ["qd51-2025", "qd318-2022/phu-luc-1"]
 * ```
 */
export const packsInForce = <P extends Pack>(
  packs: ReadonlyArray<P>,
  query: { readonly level: Level; readonly tier: Tier; readonly date: IsoDate },
): Array<P> => {
  const year = Number(query.date.slice(0, 4))
  return packs
    .filter(
      (p) =>
        p.level === query.level &&
        p.tier === query.tier &&
        (p.effectiveFrom === undefined
          ? p.period.from <= year && year <= p.period.to
          : p.effectiveFrom <= query.date) &&
        (p.effectiveTo === undefined || query.date < p.effectiveTo),
    )
    .sort((a, b) => (b.effectiveFrom ?? "").localeCompare(a.effectiveFrom ?? ""))
}
