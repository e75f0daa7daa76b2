/**
 * The threshold-column rule of 318/QĐ-TTg Art. 1, widened by 211/QĐ-TTg from 2024-03-01: which region column
 * (or commune group) a commune is judged against.
 */
import { Schema } from "effect"
import { type Classification, classificationsAt } from "../shared/Classification.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import type { Region } from "../shared/Region.ts"
import type { ColumnScheme } from "./Column.ts"
import { QD211_EFFECTIVE } from "./packs/qd211.ts"

/** The facts about a commune that choose its threshold column (cột ngưỡng): its province's region, its classifications, its group. */
export interface ColumnFacts {
  /** Region of the commune's province (vùng). */
  readonly region?: Region
  readonly classifications: ReadonlyArray<Classification>
  /** Commune group for group-based packs (51/2025/QĐ-TTg); the group definitions are not encoded. */
  readonly group?: string
}

/** Why a threshold column (cột ngưỡng) was chosen (or not). */
export const ColumnReason = Schema.Literals([
  "province-region",
  "especially-difficult",
  "safe-zone-poor-district",
  "ethnic-minority-area-II-III",
  "coastal-island-especially-difficult",
  "commune-group",
  "uniform",
  "unknown",
])
export type ColumnReason = typeof ColumnReason.Type

/** The chosen threshold column (cột ngưỡng): `column` absent when it cannot be chosen (only `"all"` cells then apply). */
export interface ColumnChoice {
  readonly column?: string
  readonly reason: ColumnReason
}

/** The classification, if any, that sends a commune to the TDMNPB column on a date. */
const tdmnpbReason = (held: ReadonlyArray<Classification>, date: IsoDate): ColumnReason | undefined => {
  const widened = date >= QD211_EFFECTIVE
  for (const c of held) if (c.kind === "especially-difficult") return "especially-difficult"
  for (const c of held) if (c.kind === "safe-zone-poor-district") return "safe-zone-poor-district"
  if (!widened) return undefined
  for (const c of held)
    if (c.kind === "ethnic-minority-area" && (c.areaClass === "II" || c.areaClass === "III"))
      return "ethnic-minority-area-II-III"
  for (const c of held)
    if (c.kind === "coastal-island-especially-difficult") return "coastal-island-especially-difficult"
  return undefined
}

/**
 * Chooses the threshold column for a commune on a date. Under a region scheme: especially difficult (ĐBKK)
 * communes and safe-zone communes in poor districts use TDMNPB wherever they are (318 Art. 1); from 2024-03-01
 * so do communes in ethnic-minority area class II or III and especially difficult coastal-sandbank and island
 * communes (211/QĐ-TTg); otherwise the province's region. Under a group scheme the commune's declared group;
 * under a uniform scheme the single column.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { thresholdColumn } from "@ntm/core/criteria"
 * // An especially difficult commune (ILLUSTRATIVE flag) is judged against the TDMNPB column, whatever its region
 * const dbkk = { kind: "especially-difficult" as const, validFrom: IsoDate.isoDate("2021-01-01"), source: "ILLUSTRATIVE" }
 * thresholdColumn({ kind: "regions" }, { region: "DBSCL", classifications: [dbkk] }, IsoDate.isoDate("2024-05-01")) // => { column: "TDMNPB", reason: "especially-difficult" }
 * thresholdColumn({ kind: "regions" }, { region: "DBSCL", classifications: [] }, IsoDate.isoDate("2024-05-01")) // => { column: "DBSCL", reason: "province-region" }
 * ```
 */
export const thresholdColumn = (scheme: ColumnScheme, facts: ColumnFacts, date: IsoDate): ColumnChoice => {
  switch (scheme.kind) {
    case "uniform":
      return { column: "all", reason: "uniform" }
    case "groups":
      return facts.group !== undefined && scheme.groups.some((g) => g.id === facts.group)
        ? { column: facts.group, reason: "commune-group" }
        : { reason: "unknown" }
    case "regions": {
      const held = facts.classifications
      const special = held.length === 0 ? undefined : tdmnpbReason(classificationsAt(held, date), date)
      if (special !== undefined) return { column: "TDMNPB", reason: special }
      return facts.region === undefined ? { reason: "unknown" } : { column: facts.region, reason: "province-region" }
    }
  }
}
