/** Commune assessment (đánh giá xã): submitted measurements stored with their evaluation under the pack in force. */
import { IsoDate, UnitCode } from "@ntm/core"
import { CommuneFacts, Evaluation, Tier } from "@ntm/core/criteria"
import { Schema } from "effect"
import { MeasuredValues } from "../../api/criteriaSchemas.ts"
import { defineEntity } from "../entity.ts"

/**
 * One assessment: what a commune measured for a year, the pack it was judged under and the evaluation computed on
 * write. `provisional` is true when a result rests on a threshold not verified against the primary text;
 * `restsOnFillIn` when a threshold came from an operator's or a demo fill-in.
 */
export const Assessment = Schema.Struct({
  id: Schema.String,
  province: Schema.String,
  district: Schema.optionalKey(Schema.String),
  commune: UnitCode.UnitCode,
  year: Schema.Int,
  date: IsoDate.IsoDate,
  tier: Tier,
  packId: Schema.String,
  facts: CommuneFacts,
  values: MeasuredValues,
  strict: Schema.Boolean,
  evaluation: Evaluation,
  provisional: Schema.Boolean,
  restsOnFillIn: Schema.Boolean,
  submittedAt: Schema.String,
  submittedBy: Schema.String,
})
export type Assessment = typeof Assessment.Type

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
