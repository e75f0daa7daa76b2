/**
 * Runs in a fresh process from an esbuild bundle (no module runner): times one pair's baseline and candidate in CPU
 * time (`process.cpuUsage`, user + system), alternating, after a warm-up. Prints JSON: the samples in ms.
 * Usage: `node cpu.mjs <pair index> <rounds> <smoke 0|1>`.
 */
import { aggregationPair, evaluationPairs, type Pair } from "../fixtures/pairs.ts"

const [index, rounds, smoke] = process.argv.slice(2).map(Number) as [number, number, number]
const pairs = (): ReadonlyArray<() => Pair> => [
  () => evaluationPairs(smoke ? 50 : 10_035)[0]!,
  () => evaluationPairs(smoke ? 50 : 10_035)[1]!,
  () => evaluationPairs(smoke ? 20 : 3_321)[0]!,
  () => evaluationPairs(smoke ? 20 : 3_321)[1]!,
  () => aggregationPair(smoke ? 1_000 : 1_000_000),
]
if (index >= pairs().length) {
  console.log(JSON.stringify({ count: pairs().length }))
} else {
  const pair = pairs()[index]!()
  /** CPU ms of `run`, repeated until at least `floor` ms of CPU (so short loops are timed over several passes). */
  const time = (run: () => number, floor: number): number => {
    let reps = 0
    let sink = 0
    const c0 = process.cpuUsage()
    let spent = 0
    do {
      sink += run()
      reps++
      const c = process.cpuUsage(c0)
      spent = (c.user + c.system) / 1000
    } while (spent < floor)
    if (sink < 0) throw new Error("unreachable")
    return spent / reps
  }
  const floor = smoke ? 0 : 300
  for (let w = 0; w < (smoke ? 0 : 2); w++) {
    time(pair.baseline.run, floor)
    time(pair.candidate.run, floor)
  }
  const samples = { baseline: [] as Array<number>, candidate: [] as Array<number> }
  for (let r = 0; r < rounds; r++)
    for (const side of r % 2 === 0 ? (["baseline", "candidate"] as const) : (["candidate", "baseline"] as const))
      samples[side].push(time(pair[side].run, floor))
  console.log(JSON.stringify({ group: pair.group, names: [pair.baseline.name, pair.candidate.name], ...samples }))
}
