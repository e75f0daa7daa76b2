/**
 * Assignments (phân công giúp đỡ): helper → commune, with role, period and legal basis. Records are never
 * changed: a change is a new record that supersedes or ends an old one, so the whole history stays readable.
 */
import { Schema } from "effect"
import { validator } from "../plans/Validated.ts"
import { IsoDate, isWithin } from "../shared/IsoDate.ts"
import { error, type Problem, warning } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { type Helper, HelperId } from "./Helper.ts"

/** Identifier of an assignment (phân công giúp đỡ) record, chosen by the caller. */
export const AssignmentId = Schema.NonEmptyString.pipe(Schema.brand("AssignmentId"))
export type AssignmentId = typeof AssignmentId.Type

/** Role in helping a commune: `lead` (phụ trách chính) or `support` (phối hợp, hỗ trợ). */
export const AssignmentRole = Schema.Literals(["lead", "support"])
export type AssignmentRole = typeof AssignmentRole.Type

/**
 * A record of the assignment (phân công giúp đỡ) history:
 * - `Assigned` — helper → commune over [from, to) (half-open; `to` absent = open-ended). With `supersedes`, it
 *   replaces an earlier assignment, which ends the day this one starts.
 * - `Ended` — ends an assignment on `on` (exclusive) without a successor.
 */
export const AssignmentRecord = Schema.TaggedUnion({
  Assigned: {
    id: AssignmentId,
    helper: HelperId,
    commune: UnitCode,
    role: AssignmentRole,
    from: IsoDate,
    to: Schema.optionalKey(IsoDate),
    /** Legal basis, e.g. "QĐ 1599/QĐ-UBND (UBND tỉnh Lào Cai)". */
    legalBasis: Schema.NonEmptyString,
    supersedes: Schema.optionalKey(AssignmentId),
    /** The person who leads the help, when named (e.g. a deputy director). */
    representative: Schema.optionalKey(Schema.NonEmptyString),
    note: Schema.optionalKey(Schema.String),
  },
  Ended: {
    id: AssignmentId,
    assignment: AssignmentId,
    on: IsoDate,
    legalBasis: Schema.NonEmptyString,
    reason: Schema.optionalKey(Schema.String),
  },
})
export type AssignmentRecord = typeof AssignmentRecord.Type
/** An assignment (phân công): the `Assigned` record of a helper to a commune. */
export type Assigned = Extract<AssignmentRecord, { _tag: "Assigned" }>

/** The history of assignments (phân công giúp đỡ), in any order. */
export const AssignmentLog = Schema.Array(AssignmentRecord)
export type AssignmentLog = typeof AssignmentLog.Type

/** An assignment (phân công giúp đỡ) with its effective end, derived from the whole history. */
export interface EffectiveAssignment {
  readonly id: AssignmentId
  readonly helper: HelperId
  readonly commune: UnitCode
  readonly role: AssignmentRole
  readonly from: IsoDate
  /** Exclusive end: the earliest of its own `to`, a successor's start, an `Ended` record; undefined = open. */
  readonly to: IsoDate | undefined
  readonly legalBasis: string
  /** The record that ended it, when one did. */
  readonly endedBy: AssignmentId | undefined
}

const earlier = (a: IsoDate | undefined, b: IsoDate): IsoDate => (a === undefined || b < a ? b : a)

/**
 * Derives each assignment's effective period from the history.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Assignment } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * // ILLUSTRATIVE: agency B takes over xã 02842 from agency A on 2023-07-01
 * const effective = Assignment.effectiveAssignments(LaoCaiAssignments.demoAssignmentLog)
 * effective.find((a) => a.id === "demo-a-lung-cai")?.to // => "2023-07-01"
 * Assignment.helpersOf(effective, UnitCode.unitCode("02842"), IsoDate.isoDate("2024-01-01")).map((a) => a.helper) // => ["agency-b"]
 * ```
 */
export const effectiveAssignments = (log: ReadonlyArray<AssignmentRecord>): Array<EffectiveAssignment> => {
  const ends = new Map<AssignmentId, { on: IsoDate; by: AssignmentId }>()
  const noteEnd = (target: AssignmentId, on: IsoDate, by: AssignmentId) => {
    const prev = ends.get(target)
    if (prev === undefined || on < prev.on) ends.set(target, { on, by })
  }
  for (const r of log) {
    if (r._tag === "Ended") noteEnd(r.assignment, r.on, r.id)
    else if (r.supersedes !== undefined) noteEnd(r.supersedes, r.from, r.id)
  }
  return log.flatMap((r) => {
    if (r._tag !== "Assigned") return []
    const end = ends.get(r.id)
    const to = end === undefined ? r.to : earlier(r.to, end.on)
    return [
      {
        id: r.id,
        helper: r.helper,
        commune: r.commune,
        role: r.role,
        from: r.from,
        to: to !== undefined && to < r.from ? r.from : to,
        legalBasis: r.legalBasis,
        endedBy: end !== undefined && (r.to === undefined || end.on < r.to) ? end.by : undefined,
      },
    ]
  })
}

/**
 * True when the assignment is in force on the date.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Assignment } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const effective = Assignment.effectiveAssignments(LaoCaiAssignments.demoAssignmentLog)
 * const agencyA = effective.find((a) => a.id === "demo-a-lung-cai")! // superseded from 2023-07-01
 * Assignment.activeOn(agencyA, IsoDate.isoDate("2023-06-30")) // => true
 * Assignment.activeOn(agencyA, IsoDate.isoDate("2023-07-01")) // => false
 * ```
 */
export const activeOn = (a: EffectiveAssignment, date: IsoDate): boolean => isWithin(date, a.from, a.to)

/**
 * Who helps commune `commune` on `date` (lead first).
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Assignment } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const effective = Assignment.effectiveAssignments(LaoCaiAssignments.demoAssignmentLog)
 * const helping = Assignment.helpersOf(effective, UnitCode.unitCode("02794"), IsoDate.isoDate("2021-06-01"))
 * helping.map((a) => a.helper) // => ["sbv-lao-cai"]
 * ```
 */
export const helpersOf = (
  assignments: ReadonlyArray<EffectiveAssignment>,
  commune: UnitCode,
  date: IsoDate,
): Array<EffectiveAssignment> =>
  assignments
    .filter((a) => a.commune === commune && activeOn(a, date))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "lead" ? -1 : 1))

/**
 * Which communes helper `helper` helps on `date`.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Assignment, type Helper } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const effective = Assignment.effectiveAssignments(LaoCaiAssignments.demoAssignmentLog)
 * const helped = Assignment.communesHelpedBy(effective, "enterprise-c" as Helper.HelperId, IsoDate.isoDate("2024-01-01"))
 * helped.map((a) => a.commune) // => ["03037"]
 * ```
 */
export const communesHelpedBy = (
  assignments: ReadonlyArray<EffectiveAssignment>,
  helper: HelperId,
  date: IsoDate,
): Array<EffectiveAssignment> => assignments.filter((a) => a.helper === helper && activeOn(a, date))

/**
 * A new record replacing `old` from `from`: the old assignment ends when this one starts, and stays in history.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Assignment, type Helper } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const old = LaoCaiAssignments.demoAssignmentLog.find((r) => r.id === "demo-c-muong-hoa") as Assignment.Assigned
 * const next = Assignment.supersede(old, {
 *   id: "demo-d-muong-hoa" as Assignment.AssignmentId,
 *   helper: "agency-a" as Helper.HelperId,
 *   from: IsoDate.isoDate("2024-01-01"),
 *   legalBasis: "ILLUSTRATIVE",
 * })
 * next.supersedes // => "demo-c-muong-hoa"
 * next.commune // => "03037"
 * ```
 */
export const supersede = (
  old: Pick<Assigned, "id" | "commune" | "role">,
  next: {
    readonly id: AssignmentId
    readonly helper: HelperId
    readonly from: IsoDate
    readonly legalBasis: string
    readonly role?: AssignmentRole
  },
): Assigned => ({
  _tag: "Assigned",
  id: next.id,
  helper: next.helper,
  commune: old.commune,
  role: next.role ?? old.role,
  from: next.from,
  legalBasis: next.legalBasis,
  supersedes: old.id,
})

const overlapping = (a: EffectiveAssignment, b: EffectiveAssignment): boolean =>
  (b.to === undefined || a.from < b.to) && (a.to === undefined || b.from < a.to) && a.from !== a.to && b.from !== b.to

/**
 * Rules the history must meet: unique ids; `to` after `from`; references to known assignments; an end not
 * before the start; helpers known (when a helper list is given). Two leads for one commune at once is a
 * warning (QĐ 1599/QĐ-UBND assigns one leader per commune, but a province may do otherwise).
 *
 * @example
 * ```ts
 * import { Assignment } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * Assignment.assignmentProblems(LaoCaiAssignments.demoAssignmentLog, LaoCaiAssignments.demoHelpers) // => []
 * ```
 */
export const assignmentProblems = (
  log: ReadonlyArray<AssignmentRecord>,
  helpers?: ReadonlyArray<Helper>,
): Array<Problem> => {
  const problems: Array<Problem> = []
  const byId = new Map<string, Assigned>()
  const ids = new Set<string>()
  log.forEach((r, i) => {
    if (ids.has(r.id)) problems.push(error([i, "id"], "assignment.duplicate-id", `id ${r.id} is used twice`))
    ids.add(r.id)
    if (r._tag === "Assigned") byId.set(r.id, r)
  })
  const known = helpers === undefined ? undefined : new Set<string>(helpers.map((h) => h.id))
  log.forEach((r, i) => {
    if (r._tag === "Assigned") {
      if (r.to !== undefined && r.to <= r.from) {
        problems.push(error([i, "to"], "assignment.period-order", "`to` must be after `from` (half-open range)"))
      }
      if (known !== undefined && !known.has(r.helper)) {
        problems.push(error([i, "helper"], "assignment.unknown-helper", `no helper ${r.helper}`))
      }
      if (r.supersedes !== undefined) {
        const old = byId.get(r.supersedes)
        if (old === undefined) {
          problems.push(error([i, "supersedes"], "assignment.unknown-reference", `no assignment ${r.supersedes}`))
        } else if (r.from < old.from) {
          problems.push(
            error(
              [i, "from"],
              "assignment.end-before-start",
              "a successor cannot start before the assignment it replaces",
            ),
          )
        }
      }
    } else {
      const old = byId.get(r.assignment)
      if (old === undefined) {
        problems.push(error([i, "assignment"], "assignment.unknown-reference", `no assignment ${r.assignment}`))
      } else if (r.on < old.from) {
        problems.push(error([i, "on"], "assignment.end-before-start", "an assignment cannot end before it starts"))
      }
    }
  })
  const leads = effectiveAssignments(log).filter((a) => a.role === "lead")
  const index = new Map(log.map((r, i) => [r.id, i]))
  for (let x = 0; x < leads.length; x++) {
    for (let y = x + 1; y < leads.length; y++) {
      const a = leads[x]!
      const b = leads[y]!
      if (a.commune === b.commune && overlapping(a, b)) {
        problems.push(
          warning(
            [index.get(b.id) ?? 0, "role"],
            "assignment.lead-overlap",
            `${a.id} and ${b.id} both lead commune ${a.commune} at the same time`,
          ),
        )
      }
    }
  }
  return problems
}

/**
 * Decodes and checks an assignment history, reporting every problem.
 *
 * @example
 * ```ts
 * import { Assignment } from "@ntm/core/assignments"
 * const r = Assignment.validateAssignmentLog([
 *   { _tag: "Assigned", id: "a-1", helper: "agency-a", commune: "02842", role: "lead", from: "2022-01-01", to: "2021-01-01", legalBasis: "ILLUSTRATIVE" },
 * ])
 * r.problems.map((p) => p.rule) // => ["assignment.period-order"]
 * ```
 */
export const validateAssignmentLog = (input: unknown, helpers?: ReadonlyArray<Helper>) =>
  validator(AssignmentLog, (log) => assignmentProblems(log, helpers))(input)
