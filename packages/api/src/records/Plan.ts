/** Commune plan (kế hoạch xây dựng NTM của xã) and province target (chỉ tiêu) as stored. */
import { CommunePlan, Target } from "@ntm/core/plans"
import { Schema } from "effect"

/** A stored commune plan: the core plan (its `unit` is the commune) plus location and creation time. */
export const StoredPlan = Schema.Struct({
  ...CommunePlan.CommunePlan.fields,
  province: Schema.String,
  district: Schema.optionalKey(Schema.String),
  createdAt: Schema.String,
})
export type StoredPlan = typeof StoredPlan.Type

/** A stored target: the core target (IATI shape) plus the province it belongs to. */
export const StoredTarget = Schema.Struct({
  ...Target.Target.fields,
  province: Schema.String,
  createdAt: Schema.String,
})
export type StoredTarget = typeof StoredTarget.Type
