/** Threshold columns: which column of a decision's table applies — regions (2021–2025), commune groups (2026–2030). */
import { Schema } from "effect"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { regions } from "../shared/Region.ts"

/**
 * A column id (cột ngưỡng). Special ids: `"all"` — one value for every column (the sources give no variation);
 * `"national"` — the national "chỉ tiêu chung" column, printed for reference and never applied to a commune
 * by itself. Other ids are declared by the pack's column scheme (a region code, or a commune-group id).
 */
export const ColumnId = Schema.NonEmptyString
export type ColumnId = typeof ColumnId.Type

/** The column every commune of every scheme matches. */
export const ALL = "all"
/** The national "chỉ tiêu chung" column. */
export const NATIONAL = "national"

/** One commune group (nhóm xã) of a group-based scheme such as 51/2025/QĐ-TTg. */
export const ColumnGroup = Schema.Struct({ id: Schema.NonEmptyString, name: LocalizedText })
export type ColumnGroup = typeof ColumnGroup.Type

/**
 * How a pack selects its threshold column:
 * - `regions` — the 7 socio-economic regions (318/QĐ-TTg, 2021–2025), chosen by the region rule;
 * - `groups` — named commune groups (51/2025/QĐ-TTg, 2026–2030), given in the commune facts;
 * - `uniform` — a single column (`"all"`), e.g. a provincial village set.
 */
export const ColumnScheme = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("regions") }),
  Schema.Struct({ kind: Schema.Literal("groups"), groups: Schema.NonEmptyArray(ColumnGroup) }),
  Schema.Struct({ kind: Schema.Literal("uniform") }),
])
export type ColumnScheme = typeof ColumnScheme.Type

/**
 * Every column id a threshold may name under a scheme.
 *
 * @example
 * ```ts
 * import { columnIds } from "@ntm/core/criteria"
 * columnIds({ kind: "uniform" }) // => ["all"]
 * columnIds({ kind: "regions" }) // => ["all", "national", "TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"]
 * ```
 */
export const columnIds = (scheme: ColumnScheme): ReadonlyArray<string> => {
  switch (scheme.kind) {
    case "regions":
      return [ALL, NATIONAL, ...regions]
    case "groups":
      return [ALL, NATIONAL, ...scheme.groups.map((g) => g.id)]
    case "uniform":
      return [ALL]
  }
}

/**
 * The columns a commune can be judged against under a scheme (what a coverage table shows).
 *
 * @example
 * ```ts
 * import { applicableColumns, Packs } from "@ntm/core/criteria"
 * applicableColumns(Packs.qd318PhuLucI.columns) // => ["TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"]
 * ```
 */
export const applicableColumns = (scheme: ColumnScheme): ReadonlyArray<string> => {
  switch (scheme.kind) {
    case "regions":
      return regions
    case "groups":
      return scheme.groups.map((g) => g.id)
    case "uniform":
      return [ALL]
  }
}
