/** P2: aggregating 1,000,000 contribution lines by provider × commune × category: exact bigint vs a plain Map + number loop. */
import { bench, describe } from "vitest"
import { size, smoke } from "../../../scripts/bench/options.ts"
import { aggregationPair } from "./fixtures/pairs.ts"

const pair = aggregationPair(size(1_000_000, 1_000))

/** One million lines take seconds per pass: a few iterations suffice for a stable ratio. */
const heavy = smoke
  ? { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 }
  : { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 }

describe(pair.group, () => {
  bench(pair.baseline.name, () => void pair.baseline.run(), heavy)
  bench(pair.candidate.name, () => void pair.candidate.run(), heavy)
})
