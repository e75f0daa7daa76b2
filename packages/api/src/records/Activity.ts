/** Activity (hoạt động giúp đỡ) and difficulty / proposal (khó khăn, kiến nghị) as stored, located in a commune. */
import { Activity, Difficulty } from "@ntm/core/assignments"
import { Schema } from "effect"

const located = {
  province: Schema.String,
  district: Schema.optionalKey(Schema.String),
  createdAt: Schema.String,
}

/** A stored activity: the core record plus where it is located and when it was recorded. */
export const StoredActivity = Schema.Struct({ ...Activity.Activity.fields, ...located })
export type StoredActivity = typeof StoredActivity.Type

/** A stored difficulty or proposal: the core record (with its status history) plus location. */
export const StoredDifficulty = Schema.Struct({ ...Difficulty.Difficulty.fields, ...located })
export type StoredDifficulty = typeof StoredDifficulty.Type
