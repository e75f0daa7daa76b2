/**
 * P1: evaluating every commune at national scale (10,035 and 3,321 generated communes) against one prepared pack,
 * each against a baseline in the same run — a hand-written loop over thresholds pre-flattened per region that
 * reads the same inputs and returns the same verdicts (checked before timing). Two pairs per size: the verdicts
 * (per-indicator and per-criterion outcomes, counts), and the verdicts with every indicator's record (value,
 * applied threshold, gap). The pack and the values are illustrative. The pairs live in fixtures/pairs.ts.
 */
import { bench, describe } from "vitest"
import { benchOptions, size } from "../../../scripts/bench/options.ts"
import { evaluationPairs } from "./fixtures/pairs.ts"

for (const communes of [size(10_035, 50), size(3_321, 20)])
  for (const pair of evaluationPairs(communes))
    describe(pair.group, () => {
      bench(pair.baseline.name, () => void pair.baseline.run(), benchOptions)
      bench(pair.candidate.name, () => void pair.candidate.run(), benchOptions)
    })
