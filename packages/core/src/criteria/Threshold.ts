/** Threshold (ngưỡng): the value an indicator must reach in one column and year, with its source and status. */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { ColumnId } from "./Column.ts"
import { SourceRef, SourceStatus } from "./Source.ts"

const Percent = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 100 }))

/**
 * The value of a threshold, by indicator kind:
 * - `pass-fail` — "Đạt": the indicator must be met as the decision's text defines it;
 * - `min-percent` — share ≥ `min` %;
 * - `max-percent` — share ≤ `max` %;
 * - `min-amount` — amount ≥ `min` đồng (integer; a decimal string in JSON), e.g. income per person per year;
 * - `min-score` — checklist score ≥ `min`, and, when `requiresMandatoryItems`, every mandatory item met.
 */
export const ThresholdValue = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("pass-fail") }),
  Schema.Struct({ kind: Schema.Literal("min-percent"), min: Percent }),
  Schema.Struct({ kind: Schema.Literal("max-percent"), max: Percent }),
  Schema.Struct({
    kind: Schema.Literal("min-amount"),
    min: Schema.BigIntFromString.check(Schema.isGreaterThanOrEqualToBigInt(0n)),
  }),
  Schema.Struct({
    kind: Schema.Literal("min-score"),
    min: Schema.Finite,
    requiresMandatoryItems: Schema.Boolean,
  }),
])
export type ThresholdValue = typeof ThresholdValue.Type

/**
 * One threshold cell (ô ngưỡng): a value for a column, optionally for one assessment year (income varies by year),
 * in force over [effectiveFrom, effectiveTo). Every cell names its source and status — a cell without a source
 * is invalid, and a value nobody has sourced is simply not written.
 */
export const Threshold = Schema.Struct({
  column: ColumnId,
  year: Schema.optionalKey(Schema.Int),
  value: ThresholdValue,
  status: SourceStatus,
  source: SourceRef,
  effectiveFrom: Schema.optionalKey(IsoDate),
  effectiveTo: Schema.optionalKey(IsoDate),
})
export type Threshold = typeof Threshold.Type

/** True when the cell is in force on `date`. */
export const inForce = (t: Threshold, date: IsoDate): boolean =>
  (t.effectiveFrom === undefined || t.effectiveFrom <= date) && (t.effectiveTo === undefined || date < t.effectiveTo)

/** True when two cells' effective ranges overlap. */
export const overlaps = (a: Threshold, b: Threshold): boolean =>
  (a.effectiveTo === undefined || b.effectiveFrom === undefined || b.effectiveFrom < a.effectiveTo) &&
  (b.effectiveTo === undefined || a.effectiveFrom === undefined || a.effectiveFrom < b.effectiveTo)

/**
 * Whether `candidate` is at least as strict as `reference` (same kind). Used to flag an overlay that loosens a
 * national value. `undefined` when the kinds differ.
 */
export const isAtLeastAsStrict = (candidate: ThresholdValue, reference: ThresholdValue): boolean | undefined => {
  switch (reference.kind) {
    case "pass-fail":
      return candidate.kind === "pass-fail" ? true : undefined
    case "min-percent":
      return candidate.kind === "min-percent" ? candidate.min >= reference.min : undefined
    case "max-percent":
      return candidate.kind === "max-percent" ? candidate.max <= reference.max : undefined
    case "min-amount":
      return candidate.kind === "min-amount" ? candidate.min >= reference.min : undefined
    case "min-score":
      return candidate.kind === "min-score"
        ? candidate.min >= reference.min && (candidate.requiresMandatoryItems || !reference.requiresMandatoryItems)
        : undefined
  }
}
