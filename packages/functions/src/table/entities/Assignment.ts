/** Assignment (phân công giúp đỡ) as stored: a helper → commune record whose end is written when it is superseded. */
import { StoredAssignment } from "@ntm/api"
import { Assignment as Core } from "@ntm/core/assignments"
import { defineEntity } from "../entity.ts"

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
