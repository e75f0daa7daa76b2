/** The communes an agency may record for: its assignments in force on a day (the policy's facts, as the page shows them). */

/** The assignment fields the pick-list reads. */
export interface AssignmentView {
  readonly commune: string
  readonly from: string
  /** Exclusive end; an ended assignment has it set to the day it ends. */
  readonly to?: string
}

/**
 * The distinct communes of the assignments in force on `day` (from ≤ day < to), sorted, each with the
 * date its assignment began (a day the commune existed, for looking up its name).
 *
 * @example
 * assignedCommunes([{ commune: "02746", from: "2024-01-01" }], "2026-11-28") // [{ code: "02746", since: "2024-01-01" }]
 */
export const assignedCommunes = (
  assignments: ReadonlyArray<AssignmentView>,
  day: string,
): Array<{ readonly code: string; readonly since: string }> => {
  const out = new Map<string, string>()
  for (const a of assignments) {
    const inForce = a.from <= day && (a.to === undefined || day < a.to)
    if (inForce && !out.has(a.commune)) out.set(a.commune, a.from)
  }
  return [...out].map(([code, since]) => ({ code, since })).sort((a, b) => a.code.localeCompare(b.code))
}

/** Today in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD, from a clock reading in ms. */
export const vietnamDay = (ms: number): string => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10)
