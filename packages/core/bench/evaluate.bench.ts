/**
 * P1: evaluating every commune at national scale (10,035 and 3,321 generated communes) against one prepared pack,
 * each against a baseline in the same run — a hand-written loop over thresholds pre-flattened per region that
 * reads the same inputs and returns the same verdicts. Two pairs per size: the verdicts (per-indicator and
 * per-criterion outcomes, counts), and the verdicts with every indicator's record (value, applied threshold, gap).
 * The pack and the values are illustrative.
 */
import { deepStrictEqual } from "node:assert/strict"
import { bench, describe } from "vitest"
import { benchOptions, size } from "../../../scripts/bench/options.ts"
import { evaluate } from "../src/criteria/evaluate.ts"
import type { EvaluationInput } from "../src/criteria/Measured.ts"
import { type Evaluable, prepare } from "../src/criteria/prepare.ts"
import { baselineEvaluate, baselineRecords, type Flat, flatten } from "./fixtures/baselineEvaluation.ts"
import { nationalFixture } from "./fixtures/nationalEvaluation.ts"

const OUTCOME = ["pass", "fail", "indeterminate"] as const

/** The comparison is honest only if both sides answer alike: checked on the first communes before timing. */
const assertSameWork = (prepared: Evaluable, flat: Flat, inputs: ReadonlyArray<EvaluationInput>): void => {
  for (const input of inputs.slice(0, 300)) {
    const ev = evaluate(prepared, input)
    const base = baselineEvaluate(flat, input)
    deepStrictEqual(
      [...base.outcomes].map((o) => OUTCOME[o]),
      ev.indicators.map((i) => i.outcome),
    )
    deepStrictEqual(
      [...base.criteria].map((o) => OUTCOME[o]),
      ev.criteria.map((c) => c.outcome),
    )
    deepStrictEqual(
      [base.met, base.failed, base.indeterminate],
      [ev.summary.met, ev.summary.failed, ev.summary.indeterminate],
    )
    deepStrictEqual(baselineRecords(flat, input), ev.indicators)
  }
}

for (const communes of [size(10_035, 50), size(3_321, 20)]) {
  const { pack, indicators, inputs } = nationalFixture(communes)
  const prepared = prepare(pack)
  const flat = flatten(pack)
  assertSameWork(prepared, flat, inputs)
  const scale = `${communes.toLocaleString("en")} communes × ${indicators.length} indicators`

  describe(`P1 evaluate ${scale} — verdicts`, () => {
    bench(
      "baseline: hand-written loop over pre-flattened thresholds (indicator and criterion outcomes, counts)",
      () => {
        let sum = 0
        for (const input of inputs) {
          const v = baselineEvaluate(flat, input)
          sum += v.met + v.indeterminate + (v.outcomes[0] as number) + (v.criteria[0] as number)
        }
        if (sum < 0) throw new Error("unreachable")
      },
      benchOptions,
    )
    bench(
      "evaluate(prepared pack): summary and criteria read",
      () => {
        let sum = 0
        for (const input of inputs) {
          const ev = evaluate(prepared, input)
          sum += ev.summary.met + ev.summary.indeterminate + (ev.criteria[0]?.outcome === "pass" ? 1 : 0)
        }
        if (sum < 0) throw new Error("unreachable")
      },
      benchOptions,
    )
  })

  describe(`P1 evaluate ${scale} — with every indicator record`, () => {
    bench(
      "baseline: hand-written loop over pre-flattened thresholds, building each indicator's record with its gap",
      () => {
        let sum = 0
        for (const input of inputs) sum += baselineRecords(flat, input).length
        if (sum < 0) throw new Error("unreachable")
      },
      benchOptions,
    )
    bench(
      "evaluate(prepared pack): every indicator record read",
      () => {
        let sum = 0
        for (const input of inputs) sum += evaluate(prepared, input).indicators.length
        if (sum < 0) throw new Error("unreachable")
      },
      benchOptions,
    )
  })
}
