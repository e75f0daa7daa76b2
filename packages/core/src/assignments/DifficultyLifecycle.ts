/**
 * The lifecycle of a difficulty or proposal: which status changes are legal, and when one is overdue.
 *
 * Statuses: `open` (mới tiếp nhận) → `in-progress` (đang xử lý) → `resolved` (đã giải quyết) or
 * `rejected` (không chấp nhận / trả lời không giải quyết). Legal moves:
 *   open → in-progress, open → rejected, in-progress → resolved, in-progress → rejected.
 * `resolved` and `rejected` are final. A change is dated and cannot be dated before the previous one.
 * Anything else is an error, never a silent overwrite.
 *
 * Overdue: an item that is not final and whose due date is before `asOf` (passed in, never read from a clock).
 * The due date is the item's `dueOn`, else `raisedOn` + the caller's SLA in days, else there is none.
 */
import type { IsoDate } from "../shared/IsoDate.ts"
import { error, type Problem } from "../shared/Problem.ts"
import { addDays } from "./Days.ts"

/** Status of a difficulty or proposal: mới tiếp nhận / đang xử lý / đã giải quyết / không chấp nhận. */
export type DifficultyStatus = "open" | "in-progress" | "resolved" | "rejected"

/** Every status, in lifecycle order. */
export const difficultyStatuses: ReadonlyArray<DifficultyStatus> = ["open", "in-progress", "resolved", "rejected"]

/** The legal next statuses from each status. */
export const transitions: Readonly<Record<DifficultyStatus, ReadonlyArray<DifficultyStatus>>> = {
  open: ["in-progress", "rejected"],
  "in-progress": ["resolved", "rejected"],
  resolved: [],
  rejected: [],
}

/**
 * True when `from → to` is a legal move.
 *
 * @example
 * ```ts
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * DifficultyLifecycle.canMove("open", "in-progress") // => true
 * DifficultyLifecycle.canMove("resolved", "open") // => false
 * ```
 */
export const canMove = (from: DifficultyStatus, to: DifficultyStatus): boolean => transitions[from].includes(to)

/**
 * True for the final statuses.
 *
 * @example
 * ```ts
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * DifficultyLifecycle.isFinal("rejected") // => true
 * DifficultyLifecycle.isFinal("in-progress") // => false
 * ```
 */
export const isFinal = (s: DifficultyStatus): boolean => transitions[s].length === 0

/** A dated status change. */
export interface StatusChange {
  readonly status: DifficultyStatus
  readonly on: IsoDate
  readonly by?: string
  readonly note?: string
}

/** What the lifecycle needs of an item. */
export interface Tracked {
  readonly raisedOn: IsoDate
  readonly dueOn?: IsoDate
  /** Status changes after being raised (the item starts `open` on `raisedOn`). */
  readonly history: ReadonlyArray<StatusChange>
}

/**
 * The current status: the last change's, or `open`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * DifficultyLifecycle.currentStatus({ raisedOn: IsoDate.isoDate("2024-02-20"), history: [] }) // => "open"
 * ```
 */
export const currentStatus = (item: Tracked): DifficultyStatus =>
  item.history[item.history.length - 1]?.status ?? "open"

/** Why a change was refused. */
export interface IllegalMove {
  readonly rule: "difficulty.illegal-transition" | "difficulty.change-before-previous"
  readonly message: string
}

/**
 * Applies a status change, or refuses it.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * const item = { raisedOn: IsoDate.isoDate("2024-02-20"), history: [] }
 * const moved = DifficultyLifecycle.move(item, { status: "in-progress", on: IsoDate.isoDate("2024-03-02") })
 * moved.ok && DifficultyLifecycle.currentStatus(moved.value) // => "in-progress"
 * DifficultyLifecycle.move(item, { status: "resolved", on: IsoDate.isoDate("2024-03-02") }).ok // => false
 * ```
 */
export const move = <T extends Tracked>(
  item: T,
  change: StatusChange,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IllegalMove } => {
  const from = currentStatus(item)
  if (!canMove(from, change.status)) {
    return {
      ok: false,
      error: { rule: "difficulty.illegal-transition", message: `cannot move from ${from} to ${change.status}` },
    }
  }
  const lastOn = item.history[item.history.length - 1]?.on ?? item.raisedOn
  if (change.on < lastOn) {
    return {
      ok: false,
      error: { rule: "difficulty.change-before-previous", message: `a change on ${change.on} is before ${lastOn}` },
    }
  }
  return { ok: true, value: { ...item, history: [...item.history, change] } }
}

/**
 * Every illegal step in a recorded history, with its path under `history`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * const item = { raisedOn: IsoDate.isoDate("2024-02-20"), history: [{ status: "resolved" as const, on: IsoDate.isoDate("2024-03-01") }] }
 * DifficultyLifecycle.historyProblems(item).map((p) => p.rule) // => ["difficulty.illegal-transition"]
 * ```
 */
export const historyProblems = (item: Tracked, prefix: ReadonlyArray<string | number> = []): Array<Problem> => {
  const problems: Array<Problem> = []
  let status: DifficultyStatus = "open"
  let lastOn = item.raisedOn
  item.history.forEach((c, i) => {
    if (!canMove(status, c.status)) {
      problems.push(
        error(
          [...prefix, "history", i, "status"],
          "difficulty.illegal-transition",
          `cannot move from ${status} to ${c.status}`,
        ),
      )
    }
    if (c.on < lastOn) {
      problems.push(
        error([...prefix, "history", i, "on"], "difficulty.change-before-previous", `${c.on} is before ${lastOn}`),
      )
    }
    status = c.status
    if (c.on > lastOn) lastOn = c.on
  })
  return problems
}

/**
 * The due date: `dueOn`, else `raisedOn` + `slaDays`, else undefined.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * DifficultyLifecycle.dueDate({ raisedOn: IsoDate.isoDate("2023-09-12"), history: [] }, 30) // => "2023-10-12"
 * ```
 */
export const dueDate = (item: Tracked, slaDays?: number): IsoDate | undefined =>
  item.dueOn ?? (slaDays === undefined ? undefined : addDays(item.raisedOn, slaDays))

/**
 * True when the item is not final and its due date is before `asOf`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * // No due date: with a 30-day SLA it was due on 2024-03-21
 * const item = { raisedOn: IsoDate.isoDate("2024-02-20"), history: [] }
 * DifficultyLifecycle.isOverdue(item, IsoDate.isoDate("2024-06-30"), 30) // => true
 * DifficultyLifecycle.isOverdue(item, IsoDate.isoDate("2024-06-30")) // => false
 * ```
 */
export const isOverdue = (item: Tracked, asOf: IsoDate, slaDays?: number): boolean => {
  const due = dueDate(item, slaDays)
  return due !== undefined && !isFinal(currentStatus(item)) && due < asOf
}

/**
 * True when the item became final after its due date.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { DifficultyLifecycle } from "@ntm/core/assignments"
 * const d = IsoDate.isoDate
 * const item = { raisedOn: d("2023-09-12"), history: [{ status: "in-progress" as const, on: d("2023-09-20") }, { status: "resolved" as const, on: d("2023-11-02") }] }
 * DifficultyLifecycle.closedLate(item, 30) // => true
 * DifficultyLifecycle.closedLate(item) // => false
 * ```
 */
export const closedLate = (item: Tracked, slaDays?: number): boolean => {
  const due = dueDate(item, slaDays)
  const last = item.history[item.history.length - 1]
  return due !== undefined && last !== undefined && isFinal(last.status) && due < last.on
}
