/** "Why it dropped": the lines of a comparison of two evaluations (core's `Comparison`), display-ready. */
import { type Comparison, renderMeasured } from "@ntm/core/criteria"
import { type Language, t } from "../i18n/index.ts"
import { formatThreshold } from "./checklist.ts"

/** One changed indicator. */
export interface ChangeLine {
  readonly indicator: string
  readonly criterion: string
  /** Pass before and not after. */
  readonly dropped: boolean
  readonly before: string
  readonly after: string
  readonly valueBefore: string
  readonly valueAfter: string
  readonly thresholdBefore: string
  readonly thresholdAfter: string
  /** What moved it, as labels ("threshold changed", "value changed", …). */
  readonly causes: ReadonlyArray<string>
}

/** The comparison as the page shows it. */
export interface ComparisonView {
  readonly packBefore: string
  readonly packAfter: string
  readonly yearBefore: number
  readonly yearAfter: number
  readonly sameFamily: boolean
  /** The criteria that passed before and do not pass after. */
  readonly dropped: ReadonlyArray<string>
  /** Changed indicators, those of dropped criteria first. */
  readonly lines: ReadonlyArray<ChangeLine>
}

/**
 * The lines of a comparison in `language`. Every changed indicator is listed once; a criterion in `dropped`
 * brings its indicators to the top, so the reason a commune fell below the standard reads first.
 *
 * @example
 * comparisonView(cmp, "vi").lines[0]?.causes // ["ngưỡng thay đổi"]
 */
export const comparisonView = (cmp: Comparison, language: Language): ComparisonView => {
  const dropped = new Set(cmp.dropped)
  const outcome = (o: string | undefined) => (o === undefined ? "—" : t(language, `outcome.${o}` as "outcome.pass"))
  const lines = cmp.indicators.map((i) => ({
    indicator: i.indicator,
    criterion: i.criterion,
    dropped: dropped.has(i.criterion),
    before: outcome(i.before),
    after: outcome(i.after),
    valueBefore: i.beforeValue === undefined ? "—" : renderMeasured(i.beforeValue, language),
    valueAfter: i.afterValue === undefined ? "—" : renderMeasured(i.afterValue, language),
    thresholdBefore: i.beforeThreshold === undefined ? "—" : formatThreshold(language, i.beforeThreshold.value),
    thresholdAfter: i.afterThreshold === undefined ? "—" : formatThreshold(language, i.afterThreshold.value),
    causes: i.causes.map((c) => t(language, `cause.${c}`)),
  }))
  return {
    packBefore: cmp.before.packId,
    packAfter: cmp.after.packId,
    yearBefore: cmp.before.year,
    yearAfter: cmp.after.year,
    sameFamily: cmp.sameFamily,
    dropped: cmp.dropped,
    lines: [...lines.filter((l) => l.dropped), ...lines.filter((l) => !l.dropped)],
  }
}
