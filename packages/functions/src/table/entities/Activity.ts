/** Activity (hoạt động giúp đỡ) and difficulty / proposal (khó khăn, kiến nghị) as stored, located in a commune. */
import { StoredActivity, StoredDifficulty } from "@ntm/api"
import { defineEntity } from "../entity.ts"

const scopeOf = (a: { province: string; district?: string; commune: string }) => ({
  province: a.province,
  commune: a.commune,
  ...(a.district === undefined ? {} : { district: a.district }),
})

/** Keys: `pk = ACTIVITY#<id>`; a commune's log on gsi1 `COMMUNE#<commune>` / `ACTIVITY#<date>#<id>`. */
export const ActivityEntity = defineEntity({
  type: "Activity",
  schemaVersion: 1,
  schema: StoredActivity,
  id: (a) => a.id,
  scope: scopeOf,
  primary: { pk: { prefix: "ACTIVITY", composite: ["id"] }, sk: { prefix: "ACTIVITY", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["commune"] },
      sk: { prefix: "ACTIVITY", composite: ["date", "id"] },
    },
  },
})

/** Keys: `pk = DIFFICULTY#<id>`; a commune's register on gsi1 `COMMUNE#<commune>` / `DIFFICULTY#<raisedOn>#<id>`. */
export const DifficultyEntity = defineEntity({
  type: "Difficulty",
  schemaVersion: 1,
  schema: StoredDifficulty,
  id: (d) => d.id,
  scope: scopeOf,
  primary: { pk: { prefix: "DIFFICULTY", composite: ["id"] }, sk: { prefix: "DIFFICULTY", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["commune"] },
      sk: { prefix: "DIFFICULTY", composite: ["raisedOn", "id"] },
    },
  },
})
