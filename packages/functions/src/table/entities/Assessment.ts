/** Commune assessment (đánh giá xã): submitted measurements stored with their evaluation under the pack in force. */
import { Assessment } from "@ntm/api"
import { defineEntity } from "../entity.ts"

/**
 * Keys: `pk = ASSESSMENT#<id>`; history of a commune on gsi1 `COMMUNE#<commune>` /
 * `ASSESSMENT#<year>#<submittedAt>#<id>` (read newest first; a year narrows it with `begins_with`); a province's
 * assessments on gsi2 `PROVINCE#<province>` / `ASSESSMENT#<year>#<commune>#<submittedAt>#<id>` (target actuals).
 */
export const AssessmentEntity = defineEntity({
  type: "Assessment",
  schemaVersion: 1,
  schema: Assessment,
  id: (a) => a.id,
  scope: (a) => ({
    province: a.province,
    commune: a.commune,
    ...(a.district === undefined ? {} : { district: a.district }),
  }),
  primary: { pk: { prefix: "ASSESSMENT", composite: ["id"] }, sk: { prefix: "ASSESSMENT", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["commune"] },
      sk: { prefix: "ASSESSMENT", composite: ["year", "submittedAt", "id"] },
    },
    byProvince: {
      index: "gsi2",
      pk: { prefix: "PROVINCE", composite: ["province"] },
      sk: { prefix: "ASSESSMENT", composite: ["year", "commune", "submittedAt", "id"] },
    },
  },
})
