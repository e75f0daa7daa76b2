/**
 * Targets (chỉ tiêu kế hoạch, mục tiêu) shaped like IATI results: an indicator over a scope, a baseline,
 * a target per period (with its revisions), and actuals computed elsewhere from statuses and the ledger.
 */
import { Schema } from "effect"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { error, type Problem, warning } from "../shared/Problem.ts"
import { UnitCode } from "../shared/UnitCode.ts"
import { Dong, TargetTier, VillageTier } from "./Inputs.ts"
import { Period } from "./Period.ts"
import type { Better } from "./Progress.ts"
import { validator } from "./Validated.ts"

/**
 * What a target measures (chỉ số):
 * - `CommunesAtTier` — communes at a tier: `at-least` counts higher tiers too ("94 NTM incl. 20 advanced"),
 *   `exactly` counts that tier only;
 * - `AverageCriteria` — mean criteria met per assessed commune (weighted by communes in roll-ups);
 * - `MinimumCriteria` — fewest criteria met by any assessed commune ("no commune below 10");
 * - `VillagesAtTier` — villages whose highest recognition in force at the period end is this tier;
 * - `VillagesRecognised` — village recognitions of this tier dated inside the period ("+48 NTM villages");
 * - `CommuneIndicator` — one commune's indicator value (scope is that commune), e.g. income per person;
 * - `MoneyMobilised` — đồng mobilised (from the ledger), values are bigint.
 */
export const TargetIndicator = Schema.TaggedUnion({
  CommunesAtTier: { tier: TargetTier, match: Schema.Literals(["at-least", "exactly"]) },
  AverageCriteria: {},
  MinimumCriteria: {},
  VillagesAtTier: { tier: VillageTier },
  VillagesRecognised: { tier: VillageTier },
  CommuneIndicator: { code: Schema.NonEmptyString, better: Schema.Literals(["higher", "lower"]) },
  MoneyMobilised: {},
})
export type TargetIndicator = typeof TargetIndicator.Type

/**
 * How an indicator's value relates to time:
 * - `level` — a stock read at the period end (point-in-time; IATI `cumulative="0"`);
 * - `flow` — an amount occurring over time; the target's `cumulative` flag says whether a period's value is
 *   the running total since the first period's start (`true`) or the amount inside that period only (`false`).
 *
 * @example
 * ```ts
 * import { Target } from "@ntm/core/plans"
 * Target.measureOf({ _tag: "CommunesAtTier", tier: "ntm", match: "at-least" }) // => "level"
 * Target.measureOf({ _tag: "MoneyMobilised" }) // => "flow"
 * ```
 */
export const measureOf = (indicator: TargetIndicator): "level" | "flow" =>
  indicator._tag === "VillagesRecognised" || indicator._tag === "MoneyMobilised" ? "flow" : "level"

/**
 * Which direction is better for an indicator.
 *
 * @example
 * ```ts
 * import { Target } from "@ntm/core/plans"
 * Target.betterOf({ _tag: "CommuneIndicator", code: "11.poverty", better: "lower" }) // => "lower"
 * Target.betterOf({ _tag: "AverageCriteria" }) // => "higher"
 * ```
 */
export const betterOf = (indicator: TargetIndicator): Better =>
  indicator._tag === "CommuneIndicator" ? indicator.better : "higher"

/** A value on the indicator's scale: a JSON number, or a decimal string of đồng for money. */
export const TargetValue = Schema.Union([Schema.Finite, Dong])
export type TargetValue = typeof TargetValue.Type

/** One issued value of a target (chỉ tiêu kế hoạch) for a period (kỳ); `source` is the plan or decision that set it. */
export const TargetValueIssued = Schema.Struct({
  value: TargetValue,
  source: Schema.NonEmptyString,
  note: Schema.optionalKey(Schema.String),
})
export type TargetValueIssued = typeof TargetValueIssued.Type

/** The target for one period (kỳ): the values in the order they were issued; the last one is in force. */
export const PeriodTarget = Schema.Struct({
  period: Period,
  values: Schema.NonEmptyArray(TargetValueIssued),
})
export type PeriodTarget = typeof PeriodTarget.Type

/** The starting point (IATI baseline): a value in a year, with its source. */
export const Baseline = Schema.Struct({
  year: Schema.Int,
  value: TargetValue,
  source: Schema.NonEmptyString,
  note: Schema.optionalKey(Schema.String),
})
export type Baseline = typeof Baseline.Type

/**
 * A target (mục tiêu): an indicator over a scope unit (province, district or commune), a baseline, and
 * target values per period. Actuals are never stored here: they are computed from statuses and the ledger.
 */
export const Target = Schema.Struct({
  id: Schema.NonEmptyString,
  title: LocalizedText,
  scope: UnitCode,
  indicator: TargetIndicator,
  /** IATI `cumulative`: only for flows (see {@link measureOf}). */
  cumulative: Schema.Boolean,
  baseline: Schema.optionalKey(Baseline),
  periods: Schema.Array(PeriodTarget),
  note: Schema.optionalKey(Schema.String),
})
export type Target = typeof Target.Type

/**
 * The value in force for a period target (the last issued).
 *
 * @example
 * ```ts
 * import { Target } from "@ntm/core/plans"
 * import { ntmCommunes } from "@ntm/core/demo"
 * // Lào Cai's 2025 NTM-commune target: 94 in KH 301, revised to 84 in KH 104
 * Target.currentValue(ntmCommunes.periods[1]!) // => 84
 * ```
 */
export const currentValue = (p: PeriodTarget): TargetValue => p.values[p.values.length - 1]!.value

const isCountKind = (i: TargetIndicator): boolean =>
  i._tag === "CommunesAtTier" || i._tag === "VillagesAtTier" || i._tag === "VillagesRecognised"

const checkValue = (indicator: TargetIndicator, value: TargetValue, path: ReadonlyArray<string | number>) => {
  const problems: Array<Problem> = []
  const money = indicator._tag === "MoneyMobilised"
  if (money && typeof value !== "bigint") {
    problems.push(error(path, "target.value-type", "money targets are đồng written as a decimal string"))
  } else if (!money && typeof value === "bigint") {
    problems.push(error(path, "target.value-type", `a ${indicator._tag} target is a number, not a đồng amount`))
  } else if (typeof value === "number" && isCountKind(indicator) && (!Number.isInteger(value) || value < 0)) {
    problems.push(error(path, "target.value-count", "a count target must be a whole number ≥ 0"))
  }
  return problems
}

/**
 * Rules a decoded target must also meet; every problem is reported with its path.
 *
 * @example
 * ```ts
 * import { Target } from "@ntm/core/plans"
 * import { ntmCommunes } from "@ntm/core/demo"
 * Target.targetProblems(ntmCommunes) // => []
 * Target.targetProblems({ ...ntmCommunes, cumulative: true }).map((p) => p.rule) // => ["target.cumulative-level"]
 * ```
 */
export const targetProblems = (t: Target): Array<Problem> => {
  const problems: Array<Problem> = []
  if (measureOf(t.indicator) === "level" && t.cumulative) {
    problems.push(
      error(["cumulative"], "target.cumulative-level", "a point-in-time (level) indicator cannot be cumulative"),
    )
  }
  if (t.indicator._tag === "CommuneIndicator" && !/^\d{5}$/u.test(t.scope)) {
    problems.push(error(["scope"], "target.scope-commune", "a commune-indicator target's scope must be a commune"))
  }
  if (t.baseline !== undefined) {
    problems.push(...checkValue(t.indicator, t.baseline.value, ["baseline", "value"]))
    const first = t.periods[0]
    if (first !== undefined && t.baseline.year > Number(first.period.start.slice(0, 4))) {
      problems.push(
        warning(["baseline", "year"], "target.baseline-after-period", "the baseline year is after the first period"),
      )
    }
  }
  t.periods.forEach((p, i) => {
    if (p.period.end < p.period.start) {
      problems.push(error(["periods", i, "period"], "target.period-order", "the period ends before it starts"))
    }
    const prev = t.periods[i - 1]
    if (prev !== undefined && p.period.start <= prev.period.end) {
      problems.push(
        error(
          ["periods", i, "period"],
          "target.period-overlap",
          "periods must be in date order and must not overlap the previous one",
        ),
      )
    }
    p.values.forEach((v, j) => {
      problems.push(...checkValue(t.indicator, v.value, ["periods", i, "values", j, "value"]))
    })
  })
  return problems
}

/**
 * Decodes and checks a target from JSON-shaped input, reporting every problem.
 *
 * @example
 * ```ts
 * import { Target } from "@ntm/core/plans"
 * const r = Target.validateTarget({
 *   id: "t1", title: { vi: "Số xã", en: "Communes" }, scope: "10", cumulative: false, periods: [],
 *   indicator: { _tag: "MoneyMobilised" }, baseline: { year: 2020, value: 5, source: "a plan" },
 * })
 * r.problems.map((p) => p.rule) // => ["target.value-type"]
 * ```
 */
export const validateTarget = validator(Target, targetProblems)
