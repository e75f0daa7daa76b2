/** Assignment (phân công giúp đỡ) as stored: a helper → commune record whose end is written when it is superseded. */
import { IsoDate, UnitCode } from "@ntm/core"
import { Assignment as Core, Helper } from "@ntm/core/assignments"
import { Schema } from "effect"
import { defineEntity } from "../entity.ts"

/**
 * One assignment record. Records are never rewritten except to set their end: a reassignment creates the new
 * record (`supersedes` the old) and sets the old record's `to` and `endedBy` in the SAME transaction; ending one
 * sets `to`, `endedBy`/`endReason`. `helper` is the agency id of an agency's token (`custom:agency`).
 */
export const StoredAssignment = Schema.Struct({
  id: Core.AssignmentId,
  province: Schema.String,
  district: Schema.optionalKey(Schema.String),
  helper: Helper.HelperId,
  commune: UnitCode.UnitCode,
  role: Core.AssignmentRole,
  from: IsoDate.IsoDate,
  to: Schema.optionalKey(IsoDate.IsoDate),
  legalBasis: Schema.NonEmptyString,
  supersedes: Schema.optionalKey(Core.AssignmentId),
  representative: Schema.optionalKey(Schema.NonEmptyString),
  note: Schema.optionalKey(Schema.String),
  endedBy: Schema.optionalKey(Schema.String),
  endReason: Schema.optionalKey(Schema.String),
  createdAt: Schema.String,
})
export type StoredAssignment = typeof StoredAssignment.Type

/**
 * Keys: `pk = ASSIGNMENT#<id>`; a commune's history on gsi1 `COMMUNE#<commune>` / `ASSIGNMENT#<from>#<id>`; a
 * helper's assignments on gsi2 `HELPER#<helper>` / `ASSIGNMENT#<commune>#<id>` (the policy facts of an agency).
 */
export const AssignmentEntity = defineEntity({
  type: "Assignment",
  schemaVersion: 1,
  schema: StoredAssignment,
  id: (a) => a.id,
  scope: (a) => ({
    province: a.province,
    commune: a.commune,
    ...(a.district === undefined ? {} : { district: a.district }),
  }),
  primary: { pk: { prefix: "ASSIGNMENT", composite: ["id"] }, sk: { prefix: "ASSIGNMENT", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["commune"] },
      sk: { prefix: "ASSIGNMENT", composite: ["from", "id"] },
    },
    byHelper: {
      index: "gsi2",
      pk: { prefix: "HELPER", composite: ["helper"] },
      sk: { prefix: "ASSIGNMENT", composite: ["commune", "id"] },
    },
  },
})

/** The core's view of a stored record (`Assigned`), for `effectiveAssignments` and activity checks. */
export const toEffective = (a: StoredAssignment): Core.EffectiveAssignment => ({
  id: a.id,
  helper: a.helper,
  commune: a.commune,
  role: a.role,
  from: a.from,
  to: a.to,
  legalBasis: a.legalBasis,
  endedBy: a.endedBy === undefined ? undefined : Core.AssignmentId.make(a.endedBy),
})
