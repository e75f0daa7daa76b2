/** Re-basing 10,035 commune figures onto 3,321 successors (the national 2025 scale), against a plain Map lookup loop. */
import { bench, describe } from "vitest"
import { benchOptions } from "../../../scripts/bench/options.ts"
import { isoDate } from "../src/shared/IsoDate.ts"
import { bigintFigure, rebase, registryFromJson, type UnitDatasetJson, unitsAt } from "../src/units/index.ts"

// Synthetic data at national scale (illustrative, not real units): 10,035 old communes in 696 districts of one
// province, merged into 3,321 new communes on 2025-07-01; each new unit reuses its first predecessor's code.
const OLD = 10_035
const NEW = 3_321
const code = (i: number) => String(10_000 + i)
const groupOf = (i: number) => Math.floor((i * NEW) / OLD)
const units: Array<UnitDatasetJson["units"][number]> = [
  { code: "01", name: "Tỉnh", type: "province", validFrom: "2021-01-01", validTo: "2025-07-01", region: "TDMNPB" },
  { code: "02", name: "Tỉnh mới", type: "province", validFrom: "2025-07-01", region: "TDMNPB" },
]
for (let d = 0; d < 696; d++) {
  units.push({
    code: String(100 + d),
    name: `Huyện ${d}`,
    type: "rural-district",
    parent: "01",
    validFrom: "2021-01-01",
    validTo: "2025-07-01",
  })
}
const groups = new Map<number, Array<string>>()
for (let i = 0; i < OLD; i++) {
  units.push({
    code: code(i),
    name: `Xã ${i}`,
    type: "commune",
    parent: String(100 + (i % 696)),
    validFrom: "2021-01-01",
    validTo: "2025-07-01",
  })
  groups.set(groupOf(i), [...(groups.get(groupOf(i)) ?? []), code(i)])
}
const districts = units.filter((u) => u.type === "rural-district").map((u) => u.code)
const events: Array<UnitDatasetJson["events"][number]> = [
  { id: "districts", kind: "abolish", date: "2025-07-01", from: districts, to: [], basis: "illustrative" },
  { id: "province", kind: "rename", date: "2025-07-01", from: ["01"], to: ["02"], basis: "illustrative" },
]
for (const [g, from] of groups) {
  units.push({ code: from[0]!, name: `Xã mới ${g}`, type: "commune", parent: "02", validFrom: "2025-07-01" })
  events.push({
    id: `g${g}`,
    kind: from.length === 1 ? "rename" : "merge",
    date: "2025-07-01",
    from,
    to: [from[0]!],
    basis: "illustrative",
  })
}
const loaded = registryFromJson({ title: "bench", units, events })
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)))
const registry = loaded.registry
const before = isoDate("2024-12-31")
const after = isoDate("2025-07-01")
const figures = unitsAt(registry, before, "commune").map((u, i) => [u.code, BigInt(i * 1_000 + 7)] as const)
if (figures.length !== OLD || unitsAt(registry, after, "commune").length !== NEW) throw new Error("bad bench data")
const successor = new Map(figures.map(([c], i) => [c, code(Math.ceil((groupOf(i) * OLD) / NEW))]))

describe("re-base 10,035 commune figures onto 3,321 units (bigint)", () => {
  bench(
    "baseline: precomputed Map<old code, new code> and a summing loop",
    () => {
      const totals = new Map<string, bigint>()
      for (const [c, v] of figures) {
        const to = successor.get(c)!
        totals.set(to, (totals.get(to) ?? 0n) + v)
      }
    },
    benchOptions,
  )
  bench(
    "rebase(registry, figures, 2024-12-31, 2025-07-01, bigintFigure)",
    () => {
      rebase(registry, figures, before, after, bigintFigure)
    },
    benchOptions,
  )
})
