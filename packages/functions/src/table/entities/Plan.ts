/** Commune plan (kế hoạch xây dựng NTM của xã) and province target (chỉ tiêu) as stored. */
import { StoredPlan, StoredTarget } from "@ntm/api"
import { defineEntity } from "../entity.ts"

/** Keys: `pk = PLAN#<id>`; a commune's plans on gsi1 `COMMUNE#<unit>` / `PLAN#<year>#<id>`. */
export const PlanEntity = defineEntity({
  type: "CommunePlan",
  schemaVersion: 1,
  schema: StoredPlan,
  id: (p) => p.id,
  scope: (p) => ({
    province: p.province,
    commune: p.unit,
    ...(p.district === undefined ? {} : { district: p.district }),
  }),
  primary: { pk: { prefix: "PLAN", composite: ["id"] }, sk: { prefix: "PLAN", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["unit"] },
      sk: { prefix: "PLAN", composite: ["year", "id"] },
    },
  },
})

/** Keys: `pk = TARGET#<id>`; a province's targets on gsi1 `PROVINCE#<province>` / `TARGET#<id>`. */
export const TargetEntity = defineEntity({
  type: "Target",
  schemaVersion: 1,
  schema: StoredTarget,
  id: (t) => t.id,
  scope: (t) => ({ province: t.province }),
  primary: { pk: { prefix: "TARGET", composite: ["id"] }, sk: { prefix: "TARGET", composite: [] } },
  patterns: {
    byProvince: {
      index: "gsi1",
      pk: { prefix: "PROVINCE", composite: ["province"] },
      sk: { prefix: "TARGET", composite: ["id"] },
    },
  },
})
