/**
 * One P2 memory measurement, in its own process (`node --expose-gc --import tsx …`):
 * generates the lines, collects garbage, then aggregates, collecting garbage and sampling the live heap at every
 * tenth of the lines and at the end. Prints JSON: the peak live heap during the pass and the heap the result
 * retains, both above the live heap before it, in bytes.
 * Usage: `aggregateChild.ts <lines> <providers> <communes> aggregate|map`.
 */
import { aggregate, dimensions } from "../../src/contributions/aggregate.ts"
import type { Contribution } from "../../src/contributions/Contribution.ts"
import { contributionLines } from "../fixtures/contributionLines.ts"

const [n, providers, communes, impl] = process.argv.slice(2) as [string, string, string, string]
const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error("run with --expose-gc")

const { lines, numbers } = contributionLines(Number(n), { providers: Number(providers), communes: Number(communes) })
gc()
gc()
const before = process.memoryUsage().heapUsed
let peak = before

const every = Math.max(1, Math.floor(lines.length / 10))
/** The live heap now: garbage collected first, so dead temporaries (e.g. replaced bigint sums) do not count. */
const live = (): number => {
  gc()
  return process.memoryUsage().heapUsed
}

/** The lines, sampling the live heap at every tenth of them. */
function* sampled(): Generator<Contribution> {
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % every === 0) peak = Math.max(peak, live())
    yield lines[i]!
  }
}

let groups: number
let result: unknown
if (impl === "aggregate") {
  const a = aggregate(sampled(), [dimensions.provider, dimensions.commune, dimensions.category])
  groups = a.groups.size
  result = a
} else {
  const totals = new Map<string, number>()
  let i = 0
  for (const l of sampled()) {
    const key = `${l.provider.id}\u001f${l.commune}\u001f${l.category}`
    totals.set(key, (totals.get(key) ?? 0) + numbers[i++]!)
  }
  groups = totals.size
  result = totals
}
const retained = live() - before
peak = Math.max(peak, retained + before)
console.log(JSON.stringify({ peak: peak - before, retained, groups, kept: result !== undefined }))
