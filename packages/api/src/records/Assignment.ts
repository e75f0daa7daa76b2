/** Assignment (phân công giúp đỡ) as stored: a helper → commune record whose end is written when it is superseded. */
import { IsoDate, UnitCode } from "@ntm/core"
import { Assignment as Core, Helper } from "@ntm/core/assignments"
import { Schema } from "effect"

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
