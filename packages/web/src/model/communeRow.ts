/** One commune's row in the dashboard: its tier and criteria count in a year, from its stored assessments. */
import type { CriterionResult, Evaluation, Tier } from "@ntm/core/criteria"

/**
 * The fields of a stored assessment the dashboard reads (a subset of the API's `AssessmentOut`, so tests can build
 * them by hand and the API type fits).
 */
export interface AssessmentView {
  readonly id: string
  readonly commune: string
  readonly year: number
  readonly date: string
  readonly tier: Tier
  readonly packId: string
  readonly submittedAt: string
  readonly provisional: boolean
  readonly restsOnFillIn: boolean
  readonly evaluation: Pick<Evaluation, "summary" | "criteria" | "indicators">
}

/** A commune's standing in a year: the highest tier whose standard is met, or why there is none. */
export type TierStatus = Tier | "none" | "indeterminate" | "unassessed" | "unreadable"

/** Tier statuses from the highest to "unassessed" (the display and sort order). */
export const tierStatuses: ReadonlyArray<TierStatus> = [
  "model",
  "advanced",
  "ntm",
  "none",
  "indeterminate",
  "unassessed",
  "unreadable",
]

/** A commune as listed: unit facts plus the result of its chosen assessment (absent when unassessed). */
export interface CommuneRow {
  readonly code: string
  readonly name: string
  readonly district?: string
  readonly tier: TierStatus
  readonly year?: number
  readonly met?: number
  readonly total?: number
  readonly indeterminate?: number
  readonly provisional: boolean
  readonly restsOnFillIn: boolean
  readonly assessmentId?: string
  readonly criteria: ReadonlyArray<Pick<CriterionResult, "criterion" | "name" | "outcome">>
  /** Why the commune's assessments could not be read (tier "unreadable"), e.g. the API refused them. */
  readonly error?: string
}

/** The row of a commune whose assessments could not be read: counted apart, never as "unassessed". */
export const unreadableRow = (
  unit: { readonly code: string; readonly name: string; readonly district?: string | undefined },
  error: string,
): CommuneRow => ({
  code: unit.code,
  name: unit.name,
  ...(unit.district === undefined ? {} : { district: unit.district }),
  tier: "unreadable",
  provisional: false,
  restsOnFillIn: false,
  criteria: [],
  error,
})

const newer = (a: AssessmentView, b: AssessmentView): boolean =>
  a.date !== b.date ? a.date > b.date : a.submittedAt > b.submittedAt

/** The latest assessment per tier among those of `year` (date, then submission time, decides). */
export const latestPerTier = (
  assessments: ReadonlyArray<AssessmentView>,
  year: number,
): Partial<Record<Tier, AssessmentView>> => {
  const out: Partial<Record<Tier, AssessmentView>> = {}
  for (const a of assessments) {
    if (a.year !== year) continue
    const seen = out[a.tier]
    if (seen === undefined || newer(a, seen)) out[a.tier] = a
  }
  return out
}

const ladder: ReadonlyArray<Tier> = ["ntm", "advanced", "model"]

/**
 * The tier a commune reached in `year`, climbed like core's `tierLadder`: a tier counts only when its latest
 * assessment meets its standard AND every lower tier is reached (an advanced pass without an NTM pass reaches
 * nothing). Else "none" when the NTM standard fails, "indeterminate" when it is indeterminate, "unassessed" without
 * an assessment. The assessed tier is not a recognition (công nhận), which only the province's decision gives.
 *
 * @example
 * tierOf([{ ...a, tier: "ntm", evaluation: { summary: { standard: "pass", … } } }], 2024) // "ntm"
 */
export const tierOf = (assessments: ReadonlyArray<AssessmentView>, year: number): TierStatus => {
  const latest = latestPerTier(assessments, year)
  let reached: Tier | undefined
  for (const tier of ladder) {
    if (latest[tier]?.evaluation.summary.standard !== "pass") break
    reached = tier
  }
  if (reached !== undefined) return reached
  const base = latest.ntm ?? latest.advanced ?? latest.model
  if (base === undefined) return "unassessed"
  return base.evaluation.summary.standard === "indeterminate" ? "indeterminate" : "none"
}

/**
 * Builds a commune's row for `year`: the tier reached, and the criteria counts of its NTM assessment (else of the
 * lowest tier assessed).
 */
export const communeRow = (
  unit: { readonly code: string; readonly name: string; readonly district?: string | undefined },
  assessments: ReadonlyArray<AssessmentView>,
  year: number,
): CommuneRow => {
  const latest = latestPerTier(assessments, year)
  const base = latest.ntm ?? latest.advanced ?? latest.model
  const head = {
    code: unit.code,
    name: unit.name,
    ...(unit.district === undefined ? {} : { district: unit.district }),
    tier: tierOf(assessments, year),
  }
  if (base === undefined) return { ...head, provisional: false, restsOnFillIn: false, criteria: [] }
  const s = base.evaluation.summary
  return {
    ...head,
    year,
    met: s.met,
    total: s.total,
    indeterminate: s.indeterminate,
    provisional: base.provisional,
    restsOnFillIn: base.restsOnFillIn,
    assessmentId: base.id,
    criteria: base.evaluation.criteria.map((c) => ({ criterion: c.criterion, name: c.name, outcome: c.outcome })),
  }
}
