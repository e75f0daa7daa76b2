/** Difficulties, obstacles and proposals (khó khăn, vướng mắc, kiến nghị) raised in communes, tracked to an answer. */
import { Schema } from "effect"
import { validator } from "../plans/Validated.ts"
import { IsoDate } from "../shared/IsoDate.ts"
import { error, type Problem } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { AssignmentId } from "./Assignment.ts"
import { currentStatus, historyProblems, isOverdue } from "./DifficultyLifecycle.ts"
import { HelperId } from "./Helper.ts"

/** `difficulty` (khó khăn), `obstacle` (vướng mắc, e.g. a rule that blocks work) or `proposal` (kiến nghị, đề xuất). */
export const DifficultyCategory = Schema.Literals(["difficulty", "obstacle", "proposal"])
export type DifficultyCategory = typeof DifficultyCategory.Type

/** The level an item is addressed to (cấp giải quyết). */
export const AddressedLevel = Schema.Literals(["commune", "district", "province", "central"])
export type AddressedLevel = typeof AddressedLevel.Type

/** Statuses, as a schema (the rules are in DifficultyLifecycle.ts). */
export const DifficultyStatusSchema = Schema.Literals(["open", "in-progress", "resolved", "rejected"])

/** A dated status change. */
export const StatusChangeSchema = Schema.Struct({
  status: DifficultyStatusSchema,
  on: IsoDate,
  by: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Schema.String),
})

/** Who raised it: the commune, a village, a helper, or a named person. */
export const RaisedBy = Schema.Struct({
  kind: Schema.Literals(["commune", "village", "helper", "person"]),
  unit: Schema.optionalKey(UnitCode),
  helper: Schema.optionalKey(HelperId),
  name: Schema.optionalKey(Schema.NonEmptyString),
})
export type RaisedBy = typeof RaisedBy.Type

/**
 * A difficulty (khó khăn, vướng mắc) or proposal (kiến nghị, đề xuất). It starts `open` on `raisedOn`; `history` holds later status changes.
 * `criterionKeys` ties it to the criteria it blocks, when known.
 */
export const Difficulty = Schema.Struct({
  id: Schema.NonEmptyString,
  commune: UnitCode,
  category: DifficultyCategory,
  summary: Schema.NonEmptyString,
  raisedBy: RaisedBy,
  raisedOn: IsoDate,
  addressedTo: Schema.Struct({ level: AddressedLevel, agency: Schema.optionalKey(Schema.NonEmptyString) }),
  dueOn: Schema.optionalKey(IsoDate),
  assignment: Schema.optionalKey(AssignmentId),
  criterionKeys: Schema.optionalKey(Schema.Array(Schema.NonEmptyString)),
  history: Schema.Array(StatusChangeSchema),
})
export type Difficulty = typeof Difficulty.Type

/** The register of difficulties and proposals (khó khăn, kiến nghị). */
export const DifficultyRegister = Schema.Array(Difficulty)
export type DifficultyRegister = typeof DifficultyRegister.Type

/**
 * Rules for the register: unique ids, a due date not before raising, and a legal lifecycle for every item.
 *
 * @example
 * ```ts
 * import { Difficulty } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * Difficulty.registerProblems(LaoCaiAssignments.demoDifficulties) // => []
 * ```
 */
export const registerProblems = (items: ReadonlyArray<Difficulty>): Array<Problem> => {
  const problems: Array<Problem> = []
  const ids = new Set<string>()
  items.forEach((d, i) => {
    if (ids.has(d.id)) problems.push(error([i, "id"], "difficulty.duplicate-id", `id ${d.id} is used twice`))
    ids.add(d.id)
    if (d.dueOn !== undefined && d.dueOn < d.raisedOn) {
      problems.push(error([i, "dueOn"], "difficulty.due-before-raised", "due before it was raised"))
    }
    problems.push(...historyProblems(d, [i]))
  })
  return problems
}

/**
 * Decodes and checks a register, reporting every problem.
 *
 * @example
 * ```ts
 * import { Difficulty } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * Difficulty.validateDifficultyRegister(LaoCaiAssignments.demoDifficulties).ok // => true
 * ```
 */
export const validateDifficultyRegister = validator(DifficultyRegister, registerProblems)

/**
 * Items overdue as of a date, optionally with an SLA in days for items without a due date.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Difficulty } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * // dif-1 is in progress and was due on 2024-04-30; dif-2 is resolved
 * Difficulty.overdue(LaoCaiAssignments.demoDifficulties, IsoDate.isoDate("2024-06-30")).map((d) => d.id) // => ["dif-1"]
 * ```
 */
export const overdue = (items: ReadonlyArray<Difficulty>, asOf: IsoDate, slaDays?: number): Array<Difficulty> =>
  items.filter((d) => isOverdue(d, asOf, slaDays))

/**
 * Count of items per current status.
 *
 * @example
 * ```ts
 * import { Difficulty } from "@ntm/core/assignments"
 * import { LaoCaiAssignments } from "@ntm/core/demo"
 * Difficulty.countByStatus(LaoCaiAssignments.demoDifficulties) // => { open: 0, "in-progress": 1, resolved: 1, rejected: 0 }
 * ```
 */
export const countByStatus = (items: ReadonlyArray<Difficulty>): Record<ReturnType<typeof currentStatus>, number> => {
  const out = { open: 0, "in-progress": 0, resolved: 0, rejected: 0 }
  for (const d of items) out[currentStatus(d)] += 1
  return out
}
