/** The activity log of helpers in communes: visits, propaganda, gifts, plan consultations, working-group meetings. */
import { Schema } from "effect"
import { validator } from "../plans/Validated.ts"
import { IsoDate } from "../shared/IsoDate.ts"
import { error, type Problem, warning } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { AssignmentId, activeOn, type EffectiveAssignment } from "./Assignment.ts"
import { HelperId } from "./Helper.ts"

/**
 * Kind of activity:
 * - `visit` — a visit to the commune (thăm, làm việc);
 * - `propaganda` — an awareness session (tuyên truyền, vận động);
 * - `gift-giving` — handing over gifts (trao quà, tặng quà);
 * - `plan-consultation` — advising on the commune's plan (tư vấn, góp ý kế hoạch);
 * - `working-group-meeting` — a meeting of the helper's working group (họp tổ công tác).
 */
export const ActivityKind = Schema.Literals([
  "visit",
  "propaganda",
  "gift-giving",
  "plan-consultation",
  "working-group-meeting",
])
export type ActivityKind = typeof ActivityKind.Type

/** A participant: a person's name and role, and the helper they came with if any. */
export const Participant = Schema.Struct({
  name: Schema.NonEmptyString,
  role: Schema.optionalKey(Schema.String),
  helper: Schema.optionalKey(HelperId),
})
export type Participant = typeof Participant.Type

/**
 * One activity (hoạt động giúp đỡ). `contributionIds` link the contributions recorded in the ledger for it
 * (gifts handed over, money given); the ledger holds their values, this log does not.
 */
export const Activity = Schema.Struct({
  id: Schema.NonEmptyString,
  kind: ActivityKind,
  date: IsoDate,
  commune: UnitCode,
  helper: Schema.optionalKey(HelperId),
  assignment: Schema.optionalKey(AssignmentId),
  participants: Schema.Array(Participant),
  notes: Schema.String,
  contributionIds: Schema.Array(Schema.NonEmptyString),
})
export type Activity = typeof Activity.Type

/** The log of activities (hoạt động giúp đỡ). */
export const ActivityLog = Schema.Array(Activity)
export type ActivityLog = typeof ActivityLog.Type

/**
 * Activities in a commune between two dates (both inclusive), oldest first.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { Activity } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const taThang = UnitCode.unitCode("02794")
 * const found = Activity.activitiesIn(LaoCaiAssignments.demoActivities, taThang, IsoDate.isoDate("2021-01-01"), IsoDate.isoDate("2024-12-31"))
 * found.map((a) => a.id) // => ["act-1", "act-2"]
 * ```
 */
export const activitiesIn = (
  log: ReadonlyArray<Activity>,
  commune: UnitCode,
  from: IsoDate,
  to: IsoDate,
): Array<Activity> =>
  log
    .filter((a) => a.commune === commune && from <= a.date && a.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))

/**
 * Number of activities per kind.
 *
 * @example
 * ```ts
 * import { Activity } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * Activity.countByKind(LaoCaiAssignments.demoActivities).visit // => 1
 * ```
 */
export const countByKind = (log: ReadonlyArray<Activity>): Record<ActivityKind, number> => {
  const out: Record<ActivityKind, number> = {
    visit: 0,
    propaganda: 0,
    "gift-giving": 0,
    "plan-consultation": 0,
    "working-group-meeting": 0,
  }
  for (const a of log) out[a.kind] += 1
  return out
}

/**
 * Rules for the log: unique ids; an activity that names an assignment must be in that assignment's commune,
 * by its helper, and inside its effective period (a warning: the record may predate the paperwork).
 *
 * @example
 * ```ts
 * import { Activity, Assignment } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * const effective = Assignment.effectiveAssignments(LaoCaiAssignments.demoAssignmentLog)
 * Activity.activityProblems(LaoCaiAssignments.demoActivities, effective) // => []
 * ```
 */
export const activityProblems = (
  log: ReadonlyArray<Activity>,
  assignments: ReadonlyArray<EffectiveAssignment> = [],
): Array<Problem> => {
  const problems: Array<Problem> = []
  const ids = new Set<string>()
  const byId = new Map(assignments.map((a) => [a.id as string, a]))
  log.forEach((a, i) => {
    if (ids.has(a.id)) problems.push(error([i, "id"], "activity.duplicate-id", `id ${a.id} is used twice`))
    ids.add(a.id)
    if (a.assignment === undefined || assignments.length === 0) return
    const asg = byId.get(a.assignment)
    if (asg === undefined) {
      problems.push(error([i, "assignment"], "activity.unknown-assignment", `no assignment ${a.assignment}`))
      return
    }
    if (asg.commune !== a.commune) {
      problems.push(error([i, "commune"], "activity.assignment-commune", "the assignment is for another commune"))
    }
    if (a.helper !== undefined && asg.helper !== a.helper) {
      problems.push(error([i, "helper"], "activity.assignment-helper", "the assignment is for another helper"))
    }
    if (!activeOn(asg, a.date)) {
      problems.push(
        warning([i, "date"], "activity.outside-assignment", "the activity is outside the assignment's period"),
      )
    }
  })
  return problems
}

/**
 * Decodes and checks an activity log, reporting every problem.
 *
 * @example
 * ```ts
 * import { Activity } from "@ntm/core/assignments"
 * const r = Activity.validateActivityLog([{ id: "act-1", kind: "visit", date: "2024-13-01", commune: "02794", participants: [], notes: "", contributionIds: [] }])
 * r.ok // => false
 * r.problems.map((p) => p.rule) // => ["schema"]
 * ```
 */
export const validateActivityLog = (input: unknown, assignments?: ReadonlyArray<EffectiveAssignment>) =>
  validator(ActivityLog, (log) => activityProblems(log, assignments))(input)
