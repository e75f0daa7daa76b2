/** The province overview: communes by tier, by band of criteria met, the average and per-criterion attainment. */
import { StatusBands } from "@ntm/core/reports"
import type { LocalizedText } from "../i18n/index.ts"
import { type CommuneRow, type TierStatus, tierStatuses } from "./communeRow.ts"

/** One bar: a label and a count out of a whole. */
export interface Count<K> {
  readonly key: K
  readonly count: number
}

/** The overview of one year. */
export interface Overview {
  readonly communes: number
  readonly assessed: number
  readonly byTier: ReadonlyArray<Count<TierStatus>>
  /** Assessed communes with a criteria count, by band; a count outside every band is its own row (`label` absent). */
  readonly byBand: ReadonlyArray<{ readonly label?: LocalizedText; readonly count: number }>
  /** Mean criteria met over communes with a count; absent when none. */
  readonly averageMet?: number
  /** Per criterion: how many communes with a count meet it, out of how many. */
  readonly perCriterion: ReadonlyArray<{
    readonly criterion: string
    readonly name: LocalizedText
    readonly met: number
    readonly of: number
  }>
}

const criterionOrder = (a: string, b: string) => {
  const na = Number.parseFloat(a)
  const nb = Number.parseFloat(b)
  return Number.isNaN(na) || Number.isNaN(nb) || na === nb ? a.localeCompare(b) : na - nb
}

/**
 * Summarises rows of one year. Bands default to the national 19 / 15–18 / 10–14 / 5–9 / <5 (`bands19`,
 * peers-and-practice.md §5).
 *
 * @example
 * overview(rows).byTier.find((c) => c.key === "ntm")?.count
 */
export const overview = (
  rows: ReadonlyArray<CommuneRow>,
  bands: ReadonlyArray<StatusBands.Band> = StatusBands.bands19,
): Overview => {
  const byTier = tierStatuses.map((key) => ({ key, count: rows.filter((r) => r.tier === key).length }))
  const counted = rows.filter((r): r is CommuneRow & { met: number } => r.met !== undefined)
  const byBand: Array<{ label?: LocalizedText; count: number }> = bands.map((b) => ({
    label: b.label,
    count: counted.filter((r) => StatusBands.bandOf([b], r.met) !== undefined).length,
  }))
  const outside = counted.filter((r) => StatusBands.bandOf(bands, r.met) === undefined).length
  if (outside > 0) byBand.push({ count: outside })
  const sum = counted.reduce((s, r) => s + r.met, 0)
  const perCriterion = new Map<string, { criterion: string; name: LocalizedText; met: number; of: number }>()
  for (const r of counted) {
    for (const c of r.criteria) {
      const entry = perCriterion.get(c.criterion) ?? { criterion: c.criterion, name: c.name, met: 0, of: 0 }
      entry.of += 1
      if (c.outcome === "pass") entry.met += 1
      perCriterion.set(c.criterion, entry)
    }
  }
  return {
    communes: rows.length,
    assessed: rows.filter((r) => r.tier !== "unassessed" && r.tier !== "unreadable").length,
    byTier,
    byBand,
    ...(counted.length === 0 ? {} : { averageMet: sum / counted.length }),
    perCriterion: [...perCriterion.values()].sort((a, b) => criterionOrder(a.criterion, b.criterion)),
  }
}
