/** The status lifecycle of a contribution line: which status changes are legal, who may make them, and what counts. */
import { error, type Problem } from "../shared/Problem.ts"
import type { Checked } from "./Checked.ts"
import type { Contribution, Status, StatusChange } from "./Contribution.ts"

/**
 * The legal moves. A line starts `pledged` (cam kết) or, when nothing was promised beforehand, `delivered`.
 * - pledged → delivered | rejected | voided
 * - delivered → confirmed | rejected | voided
 * - confirmed → voided (a correction: void it with a reason and record a new line; a confirmed line never goes back)
 * - rejected, voided → nothing (final)
 */
export const transitions: Readonly<Record<Status, ReadonlyArray<Status>>> = {
  pledged: ["delivered", "rejected", "voided"],
  delivered: ["confirmed", "rejected", "voided"],
  confirmed: ["voided"],
  rejected: [],
  voided: [],
}

/** Statuses a line's history may start with. */
export const initialStatuses: ReadonlyArray<Status> = ["pledged", "delivered"]

/** Statuses that need a reason. */
export const needsReason: ReadonlyArray<Status> = ["rejected", "voided"]

/** The statuses that count in official totals: only lines confirmed by the receiving commune. */
export const officialStatuses: ReadonlyArray<Status> = ["confirmed"]

/**
 * True when a line in this status counts in official totals.
 *
 * @example
 * ```ts
 * import { Lifecycle } from "@ntm/core/contributions"
 * Lifecycle.countsInOfficialTotals("confirmed") // => true
 * Lifecycle.countsInOfficialTotals("delivered") // => false
 * ```
 */
export const countsInOfficialTotals = (status: Status): boolean => officialStatuses.includes(status)

/**
 * True when the move `from → to` is legal.
 *
 * @example
 * ```ts
 * import { Lifecycle } from "@ntm/core/contributions"
 * Lifecycle.canTransition("delivered", "confirmed") // => true
 * // a confirmed line may only be voided
 * Lifecycle.canTransition("confirmed", "pledged") // => false
 * ```
 */
export const canTransition = (from: Status, to: Status): boolean => transitions[from].includes(to)

/** Rule ids of this module, stable for callers and tests. */
export const rules = {
  initialStatus: "lifecycle.initial-status",
  illegalTransition: "lifecycle.illegal-transition",
  reasonRequired: "lifecycle.reason-required",
  confirmerNotCommune: "lifecycle.confirmer-not-receiving-commune",
  dateOrder: "lifecycle.date-order",
  statusMismatch: "lifecycle.status-mismatch",
} as const

const describeAllowed = (from: Status): string => {
  const next = transitions[from]
  return next.length === 0
    ? `"${from}" is final`
    : `from "${from}" a line may only go to ${next.map((s) => `"${s}"`).join(" or ")}`
}

/** Problems with one status change applied after `previous` (undefined for the first entry). */
const checkChange = (
  line: Pick<Contribution, "commune">,
  previous: StatusChange | undefined,
  change: StatusChange,
  path: ReadonlyArray<string | number>,
): Array<Problem> => {
  const problems: Array<Problem> = []
  if (previous === undefined) {
    if (!initialStatuses.includes(change.status))
      problems.push(
        error(
          [...path, "status"],
          rules.initialStatus,
          `a line must start as "pledged" or "delivered", not "${change.status}"`,
        ),
      )
  } else {
    if (!canTransition(previous.status, change.status))
      problems.push(
        error(
          [...path, "status"],
          rules.illegalTransition,
          `${previous.status} → ${change.status} is not allowed: ${describeAllowed(previous.status)}`,
        ),
      )
    if (change.date < previous.date)
      problems.push(
        error([...path, "date"], rules.dateOrder, `${change.date} is before the previous change (${previous.date})`),
      )
  }
  if (needsReason.includes(change.status) && (change.reason === undefined || change.reason.trim() === ""))
    problems.push(error([...path, "reason"], rules.reasonRequired, `"${change.status}" needs a reason`))
  if (
    (change.status === "confirmed" || change.status === "rejected") &&
    (change.by.kind !== "commune" || change.by.id !== line.commune)
  )
    problems.push(
      error(
        [...path, "by"],
        rules.confirmerNotCommune,
        `only the receiving commune (${line.commune}) may mark a line "${change.status}"`,
      ),
    )
  return problems
}

/**
 * Every lifecycle problem in a line's history, and a status that disagrees with it.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Lifecycle } from "@ntm/core/contributions"
 * const d = IsoDate.isoDate
 * const problems = Lifecycle.checkHistory({ commune: UnitCode.unitCode("02794"), status: "confirmed", history: [
 *   { status: "delivered", date: d("2022-09-15"), by: { kind: "provider", id: "sbv-lao-cai" } },
 *   { status: "confirmed", date: d("2022-09-20"), by: { kind: "provider", id: "sbv-lao-cai" } },
 * ] })
 * problems.map((p) => p.rule) // => ["lifecycle.confirmer-not-receiving-commune"]
 * ```
 */
export const checkHistory = (line: Pick<Contribution, "commune" | "status" | "history">): Array<Problem> => {
  const problems: Array<Problem> = []
  let previous: StatusChange | undefined
  line.history.forEach((change, i) => {
    problems.push(...checkChange(line, previous, change, ["history", i]))
    previous = change
  })
  const last = line.history[line.history.length - 1]
  if (last !== undefined && last.status !== line.status)
    problems.push(
      error(
        ["status"],
        rules.statusMismatch,
        `status "${line.status}" differs from the last history entry ("${last.status}")`,
      ),
    )
  return problems
}

/**
 * Applies a status change to a line, returning the new line (history appended) or the rules it breaks.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Lifecycle } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * // The demo line delivered on 2022-12-28 that awaits the commune's confirmation
 * const delivered = laoCai2022Contributions.find((l) => l.status === "delivered")!
 * const r = Lifecycle.transition(delivered, { status: "confirmed", date: IsoDate.isoDate("2023-01-05"), by: { kind: "commune", id: delivered.commune } })
 * r.ok && r.value.status // => "confirmed"
 * // Only the receiving commune may confirm
 * Lifecycle.transition(delivered, { status: "confirmed", date: IsoDate.isoDate("2023-01-05"), by: { kind: "provider", id: "hai-quan-lao-cai" } }).ok // => false
 * ```
 */
export const transition = (line: Contribution, change: StatusChange): Checked<Contribution> => {
  const last = line.history[line.history.length - 1]
  const problems = checkChange(line, last, change, ["history", line.history.length])
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: { ...line, status: change.status, history: [...line.history, change] } }
}
