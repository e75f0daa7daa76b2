/** Who helps a commune and what is still open: assignments in force in a year, open difficulties, helper filter. */
import type { IsoDate } from "@ntm/core"
import { DifficultyLifecycle } from "@ntm/core/assignments"

/** The assignment fields read here (the API's `AssignmentOut`). */
export interface AssignmentView {
  readonly id: string
  readonly helper: string
  readonly commune: string
  readonly role: string
  readonly from: string
  readonly to?: string
  readonly legalBasis: string
  readonly representative?: string
  readonly endReason?: string
}

/**
 * True when an assignment ([from, to), `to` exclusive, absent = open-ended) overlaps the calendar `year`.
 *
 * @example
 * inForceIn({ from: "2021-03-01", to: "2024-01-01" }, 2024) // false: it ended before 2024 began
 */
export const inForceIn = (a: Pick<AssignmentView, "from" | "to">, year: number): boolean =>
  a.from <= `${year}-12-31` && (a.to === undefined || a.to > `${year}-01-01`)

/** The helpers (agency ids) assigned to each commune at some time in `year`, each listed once, sorted. */
export const helpersByCommune = (
  assignments: ReadonlyArray<Pick<AssignmentView, "commune" | "helper" | "from" | "to">>,
  year: number,
): Map<string, Array<string>> => {
  const out = new Map<string, Set<string>>()
  for (const a of assignments) {
    if (!inForceIn(a, year)) continue
    const set = out.get(a.commune) ?? new Set<string>()
    set.add(a.helper)
    out.set(a.commune, set)
  }
  return new Map([...out].map(([c, s]) => [c, [...s].sort()]))
}

/** The difficulty fields read here (the API's `DifficultyOut`). */
export interface DifficultyView extends DifficultyLifecycle.Tracked {
  readonly id: string
  readonly category: "difficulty" | "obstacle" | "proposal"
  readonly summary: string
  readonly addressedTo: { readonly level: string; readonly agency?: string }
  readonly criterionKeys?: ReadonlyArray<string>
}

/** An open item with its current status and whether it is overdue on `asOf`. */
export interface OpenDifficulty {
  readonly item: DifficultyView
  readonly status: DifficultyLifecycle.DifficultyStatus
  readonly overdue: boolean
}

/**
 * The difficulties not yet resolved or rejected (core's lifecycle decides), oldest first, each flagged overdue
 * when its due date is before `asOf`.
 *
 * @example
 * openDifficulties(items, isoDate("2024-12-31")).filter((d) => d.overdue).length
 */
export const openDifficulties = (items: ReadonlyArray<DifficultyView>, asOf: IsoDate.IsoDate): Array<OpenDifficulty> =>
  items
    .map((item) => ({ item, status: DifficultyLifecycle.currentStatus(item) }))
    .filter((d) => !DifficultyLifecycle.isFinal(d.status))
    .sort((a, b) => a.item.raisedOn.localeCompare(b.item.raisedOn))
    .map((d) => ({ ...d, overdue: DifficultyLifecycle.isOverdue(d.item, asOf) }))
