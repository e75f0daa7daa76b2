/** The in-process benchmarks (`*.bench.ts` under each package's `bench/`), run by vitest bench: one row per candidate. */
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { BenchItem, Row } from "./item.ts"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

interface Bench {
  readonly name: string
  readonly mean: number
}
interface Group {
  readonly fullName: string
  readonly benchmarks: ReadonlyArray<Bench>
}

/**
 * Every `*.bench.ts`; in a group, the benchmark whose name starts with "baseline" is the others' baseline. Rows carry
 * no target: wall time under vitest's module runner (where every read of an imported binding is a getter call) on a
 * shared machine scatters by ±30–80 %, so the P1 and P2 verdicts come from the bundled CPU-time rows of the same pairs
 * (packages/core/bench/cpu/); these rows stay beside them for information.
 */
export const vitestBenches: BenchItem = {
  name: "vitest bench (*.bench.ts)",
  run: async ({ smoke }) => {
    const out = join(root, ".data", "bench.json")
    mkdirSync(dirname(out), { recursive: true })
    execFileSync("pnpm", ["exec", "vitest", "bench", "--run", "--outputJson", out], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NTM_BENCH_SMOKE: smoke ? "1" : "0" },
    })
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      files: ReadonlyArray<{ groups: ReadonlyArray<Group> }>
    }
    const rows: Array<Row> = []
    for (const file of report.files)
      for (const g of file.groups) {
        const baseline = g.benchmarks.find((b) => b.name.startsWith("baseline"))
        const group = g.fullName.split(" > ").slice(1).join(" > ") || g.fullName
        for (const b of g.benchmarks) {
          if (b === baseline) continue
          rows.push({
            group: `${group} (vitest, wall time)`,
            target: null,
            baseline: baseline === undefined ? undefined : { name: baseline.name, measure: ms(baseline.mean) },
            candidate: { name: b.name, measure: ms(b.mean) },
          })
        }
      }
    return rows
  },
}

const ms = (value: number) => ({ value, unit: "ms" })
