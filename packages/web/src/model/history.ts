/** A commune's assessment history: newest first, with the change in criteria met since the previous one of its tier. */
import type { Outcome, Tier } from "@ntm/core/criteria"
import type { AssessmentView } from "./communeRow.ts"

/** One history line. */
export interface HistoryLine {
  readonly id: string
  readonly year: number
  readonly date: string
  readonly tier: Tier
  readonly packId: string
  readonly met: number
  readonly total: number
  readonly standard: Outcome
  readonly provisional: boolean
  /** Criteria met minus those of the previous assessment of the same tier; absent for the first. */
  readonly change?: number
  /** The previous assessment of the same tier (the "before" side of a comparison); absent for the first. */
  readonly previousId?: string
  /** True when the previous assessment of the same tier met its standard and this one does not. */
  readonly dropped: boolean
}

const older = (a: AssessmentView, b: AssessmentView): number =>
  a.year !== b.year
    ? a.year - b.year
    : a.date !== b.date
      ? a.date.localeCompare(b.date)
      : a.submittedAt.localeCompare(b.submittedAt)

/**
 * History lines newest first (year, date, submission time). A negative `change` shows where criteria were lost.
 *
 * @example
 * history(assessments)[0]?.change // -2: two criteria fewer than the assessment before
 */
export const history = (assessments: ReadonlyArray<AssessmentView>): Array<HistoryLine> => {
  const sorted = [...assessments].sort(older)
  const last = new Map<Tier, AssessmentView>()
  const lines = sorted.map((a): HistoryLine => {
    const s = a.evaluation.summary
    const previous = last.get(a.tier)
    const before = previous?.evaluation.summary.met
    last.set(a.tier, a)
    return {
      id: a.id,
      year: a.year,
      date: a.date,
      tier: a.tier,
      packId: a.packId,
      met: s.met,
      total: s.total,
      standard: s.standard,
      provisional: a.provisional,
      ...(before === undefined ? {} : { change: s.met - before }),
      ...(previous === undefined ? {} : { previousId: previous.id }),
      dropped: previous?.evaluation.summary.standard === "pass" && s.standard !== "pass",
    }
  })
  return lines.reverse()
}
