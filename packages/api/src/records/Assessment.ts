/** Commune assessment (đánh giá xã) as stored: submitted measurements with their evaluation under the pack in force. */
import { IsoDate, UnitCode } from "@ntm/core"
import { CommuneFacts, Evaluation, Tier } from "@ntm/core/criteria"
import { Schema } from "effect"
import { MeasuredValues } from "../definition/criteriaSchemas.ts"

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
