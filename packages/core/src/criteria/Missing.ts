/** What is still missing for a pack or an evaluation: thresholds, indicator lists, measured values, columns. */
import { Schema } from "effect"

/**
 * One missing item (còn thiếu):
 * - `threshold` — an indicator has no threshold for these columns (absent in every source so far);
 * - `indicator-list` — the sources do not list all of a criterion's indicators;
 * - `declared-count` — a source states more criteria or indicators than the pack holds;
 * - `value` — an evaluation had no measured value (or one of the wrong kind) for an indicator;
 * - `column` — the commune's threshold column could not be chosen (region or group unknown).
 */
export const MissingItem = Schema.Union([
  Schema.Struct({
    kind: Schema.Literal("threshold"),
    criterion: Schema.String,
    indicator: Schema.String,
    columns: Schema.Array(Schema.String),
  }),
  Schema.Struct({ kind: Schema.Literal("indicator-list"), criterion: Schema.String }),
  Schema.Struct({
    kind: Schema.Literal("declared-count"),
    what: Schema.Literals(["criteria", "indicators"]),
    declared: Schema.Int,
    present: Schema.Int,
  }),
  Schema.Struct({ kind: Schema.Literal("value"), criterion: Schema.String, indicator: Schema.String }),
  Schema.Struct({ kind: Schema.Literal("column") }),
])
export type MissingItem = typeof MissingItem.Type
