/**
 * P2's memory half: the peak heap of `aggregate()` must grow with the number of groups, not of lines. Each
 * measurement runs in a fresh process (memory/aggregateChild.ts), so runs do not pollute each other.
 */
import { execFileSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { BenchItem, Row } from "../../../../scripts/bench/item.ts"

const here = dirname(fileURLToPath(import.meta.url))

interface Sample {
  readonly peak: number
  readonly retained: number
  readonly groups: number
}

const measure = (lines: number, providers: number, communes: number, impl: "aggregate" | "map"): Sample =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        "--expose-gc",
        "--max-old-space-size=4096",
        "--import",
        "tsx",
        join(here, "aggregateChild.ts"),
        String(lines),
        String(providers),
        String(communes),
        impl,
      ],
      { encoding: "utf8", cwd: here },
    ),
  ) as Sample

const MiB = 2 ** 20

/** The item. */
export const aggregateMemory: BenchItem = {
  name: "P2 aggregate peak memory",
  run: async ({ smoke }) => {
    const few = smoke ? 1_000 : 100_000
    const many = smoke ? 10_000 : 1_000_000
    // 30 providers × 17 communes × the catalogue's categories: every group is filled by 100,000 lines already.
    const small = { providers: 30, communes: 17 }
    // 300 × 170 (peers-and-practice.md §7): up to ~300,000 groups.
    const large = { providers: 300, communes: 170 }
    const fewLines = measure(few, small.providers, small.communes, "aggregate")
    const manyLines = measure(many, small.providers, small.communes, "aggregate")
    const manyGroups = measure(many, large.providers, large.communes, "aggregate")
    const mapManyGroups = measure(many, large.providers, large.communes, "map")
    const mib = (s: Sample, what: "peak" | "retained") => ({ value: s[what] / MiB, unit: "MiB" })
    const label = (lines: number, s: Sample) =>
      `${lines.toLocaleString("en")} lines, ${s.groups.toLocaleString("en")} groups`
    const rows: Array<Row> = [
      {
        group: "P2 aggregate() peak heap: 10× the lines, the same groups (should stay flat)",
        baseline: { name: label(few, fewLines), measure: mib(fewLines, "peak") },
        candidate: { name: label(many, manyLines), measure: mib(manyLines, "peak") },
        target: 1.5,
      },
      {
        group: "P2 aggregate() heap kept by the result: 10× the lines, the same groups",
        baseline: { name: label(few, fewLines), measure: mib(fewLines, "retained") },
        candidate: { name: label(many, manyLines), measure: mib(manyLines, "retained") },
        target: 1.5,
      },
      {
        group: "P2 aggregate() peak heap: the same lines, more groups (grows with groups)",
        baseline: { name: label(many, manyLines), measure: mib(manyLines, "peak") },
        candidate: { name: label(many, manyGroups), measure: mib(manyGroups, "peak") },
        target: null,
      },
      {
        group: `P2 peak heap over ${many.toLocaleString("en")} lines, ${manyGroups.groups.toLocaleString("en")} groups`,
        baseline: { name: "baseline: plain Map<string, number> loop", measure: mib(mapManyGroups, "peak") },
        candidate: {
          name: "aggregate(): bigint totals, cash / in-kind, quantities per item and unit",
          measure: mib(manyGroups, "peak"),
        },
        target: null,
      },
    ]
    return rows
  },
}
