/** Lists what a pack still lacks: absent thresholds per column, incomplete indicator lists, undeclared items. */
import { ALL, applicableColumns } from "./Column.ts"
import type { MissingItem } from "./Missing.ts"
import type { Pack } from "./Pack.ts"

/**
 * What an operator still has to fill in for a pack: per indicator, the columns with no threshold at all (in any
 * year or date range); per criterion, whether its indicator list is incomplete; and declared counts not reached.
 *
 * @example
 * ```ts
 * import { missingInPack, Packs } from "@ntm/core/criteria"
 * // Indicators of 318/QĐ-TTg Phụ lục I with a column the sources give no threshold for
 * missingInPack(Packs.qd318PhuLucI).filter((m) => m.kind === "threshold").length // => 6
 * ```
 */
export const missingInPack = (pack: Pack): Array<MissingItem> => {
  const out: Array<MissingItem> = []
  const columns = applicableColumns(pack.columns)
  let indicators = 0
  for (const c of pack.criteria) {
    if (!c.indicatorsComplete) out.push({ kind: "indicator-list", criterion: c.code })
    for (const i of c.indicators) {
      indicators++
      const hasAll = i.thresholds.some((t) => t.column === ALL)
      const absent = hasAll ? [] : columns.filter((col) => !i.thresholds.some((t) => t.column === col))
      if (absent.length > 0) out.push({ kind: "threshold", criterion: c.code, indicator: i.code, columns: absent })
    }
  }
  const d = pack.declared
  if (d?.criteria !== undefined && pack.criteria.length < d.criteria)
    out.push({ kind: "declared-count", what: "criteria", declared: d.criteria, present: pack.criteria.length })
  if (d?.indicators !== undefined && indicators < d.indicators)
    out.push({ kind: "declared-count", what: "indicators", declared: d.indicators, present: indicators })
  return out
}
