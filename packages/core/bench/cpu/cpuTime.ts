/**
 * P1 and P2 as the application runs them — bundled by esbuild, no test-runner module loader — in CPU time of a fresh
 * process per pair, baseline and candidate alternating, median of the rounds. CPU time is far less disturbed than
 * wall time by other work on a shared machine; the vitest rows (wall time) stay beside these.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import type { BenchItem, Row } from "../../../../scripts/bench/item.ts"
import { median } from "../../../../scripts/bench/item.ts"

const here = dirname(fileURLToPath(import.meta.url))

/** The item. */
export const cpuTime: BenchItem = {
  name: "P1, P2 bundled, CPU time",
  run: async ({ smoke }) => {
    const outfile = join(here, "..", "..", "dist", "bench", "cpu.mjs")
    mkdirSync(dirname(outfile), { recursive: true })
    await build({
      entryPoints: [join(here, "child.ts")],
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "error",
    })
    const run = (...args: Array<number>) =>
      JSON.parse(
        execFileSync(process.execPath, [outfile, ...args.map(String), smoke ? "1" : "0"], { encoding: "utf8" }),
      ) as { count: number; group: string; names: [string, string]; baseline: Array<number>; candidate: Array<number> }
    const { count } = run(Number.MAX_SAFE_INTEGER, 0)
    const rows: Array<Row> = []
    for (let i = 0; i < count; i++) {
      const r = run(i, smoke ? 1 : 9)
      rows.push({
        group: `${r.group} (bundled, CPU time)`,
        baseline: { name: r.names[0], measure: { value: median(r.baseline), unit: "ms" } },
        candidate: { name: r.names[1], measure: { value: median(r.candidate), unit: "ms" } },
      })
    }
    return rows
  },
}
