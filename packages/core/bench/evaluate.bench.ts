/**
 * Evaluating 10,035 generated communes against one pack (prepared once), against a baseline: a hand-written loop
 * over pre-flattened numeric thresholds that only counts criteria met. The pack and values are illustrative.
 */
import { bench, describe } from "vitest"
import { benchOptions, size } from "../../../scripts/bench/options.ts"
import type { Criterion } from "../src/criteria/Criterion.ts"
import { evaluate } from "../src/criteria/evaluate.ts"
import type { Indicator, IndicatorKind } from "../src/criteria/Indicator.ts"
import type { EvaluationInput, Measured } from "../src/criteria/Measured.ts"
import { unsafeValid } from "../src/criteria/Pack.ts"
import { prepare } from "../src/criteria/prepare.ts"
import type { ThresholdValue } from "../src/criteria/Threshold.ts"
import { isoDate } from "../src/shared/IsoDate.ts"
import { type Region, regions } from "../src/shared/Region.ts"
import type { UnitCode } from "../src/shared/UnitCode.ts"

const COMMUNES = size(10_035, 50)
const CRITERIA = 19
const PER_CRITERION = 3

/** Deterministic pseudo-random numbers (LCG), so every run measures the same work. */
let seed = 42
const rnd = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

const kinds: ReadonlyArray<IndicatorKind> = ["min-percent", "max-percent", "pass-fail", "min-amount", "min-score"]
const thresholdFor = (kind: IndicatorKind): ThresholdValue => {
  switch (kind) {
    case "min-percent":
      return { kind, min: 50 + Math.round(rnd() * 40) }
    case "max-percent":
      return { kind, max: 5 + Math.round(rnd() * 20) }
    case "pass-fail":
      return { kind }
    case "min-amount":
      return { kind, min: BigInt(30_000_000 + Math.round(rnd() * 20_000_000)) }
    case "min-score":
      return { kind, min: 50, requiresMandatoryItems: true }
  }
}
const valueFor = (kind: IndicatorKind): Measured => {
  switch (kind) {
    case "min-percent":
    case "max-percent":
      return { kind: "percent", value: Math.round(rnd() * 1000) / 10 }
    case "pass-fail":
      return { kind: "boolean", value: rnd() < 0.8 }
    case "min-amount":
      return { kind: "amount", dong: BigInt(25_000_000 + Math.round(rnd() * 40_000_000)) }
    case "min-score":
      return { kind: "score", points: Math.round(rnd() * 100), mandatoryItemsMet: rnd() < 0.9 }
  }
}

const criteria: Array<Criterion> = Array.from({ length: CRITERIA }, (_, c) => ({
  code: String(c + 1),
  number: c + 1,
  name: { vi: `Tiêu chí ${c + 1}`, en: `Criterion ${c + 1}` },
  rule: "all",
  indicatorsComplete: true,
  provenance: { status: "demo-fill-in" },
  indicators: Array.from({ length: PER_CRITERION }, (_, i): Indicator => {
    const kind = kinds[(c * PER_CRITERION + i) % kinds.length] as IndicatorKind
    return {
      code: `${c + 1}.${i + 1}`,
      codeSourced: false,
      name: { vi: `Chỉ tiêu ${c + 1}.${i + 1}`, en: `Indicator ${c + 1}.${i + 1}` },
      kind,
      provenance: { status: "demo-fill-in" },
      thresholds: regions.map((column) => ({
        column,
        value: thresholdFor(kind),
        status: "demo-fill-in" as const,
        source: { ids: ["DEMO"] },
      })),
    }
  }),
}))

const pack = unsafeValid({
  format: "ntm-pack/1",
  id: "bench/illustrative",
  family: "bench",
  title: { vi: "Bộ minh họa cho đo hiệu năng", en: "Illustrative pack for the benchmark" },
  level: "commune",
  tier: "ntm",
  period: { from: 2021, to: 2025 },
  legalBasis: [
    { document: "DEMO", issuer: { vi: "Minh họa", en: "Illustrative" }, provenance: { status: "demo-fill-in" } },
  ],
  columns: { kind: "regions" },
  sources: [{ id: "DEMO", description: "illustrative values, not real" }],
  notes: [],
  criteria,
})

const indicators = criteria.flatMap((c) => c.indicators)
const inputs: Array<EvaluationInput> = Array.from({ length: COMMUNES }, (_, n) => {
  const values: Record<string, Measured> = {}
  for (const i of indicators) if (rnd() < 0.95) values[i.code] = valueFor(i.kind)
  return {
    commune: {
      code: String(10_000 + n).padStart(5, "0") as UnitCode,
      region: regions[n % regions.length] as Region,
      classifications: [],
    },
    year: 2024,
    date: isoDate("2024-12-31"),
    values,
  }
})

// Baseline: thresholds pre-flattened to numbers per [region][indicator]; values pre-flattened likewise.
const KIND = indicators.map((i) => kinds.indexOf(i.kind))
const flatThresholds = regions.map((r) =>
  indicators.map((i) => {
    const v = i.thresholds.find((t) => t.column === r)?.value
    return v === undefined
      ? Number.NaN
      : v.kind === "min-percent"
        ? v.min
        : v.kind === "max-percent"
          ? v.max
          : v.kind === "min-amount"
            ? Number(v.min)
            : v.kind === "min-score"
              ? v.min
              : 1
  }),
)
const flatValues = inputs.map((inp) =>
  indicators.map((i) => {
    const v = inp.values[i.code]
    return v === undefined
      ? Number.NaN
      : v.kind === "percent"
        ? v.value
        : v.kind === "amount"
          ? Number(v.dong)
          : v.kind === "score"
            ? v.mandatoryItemsMet
              ? v.points
              : -1
            : v.value
              ? 1
              : 0
  }),
)
const regionIndex = inputs.map((inp) => regions.indexOf(inp.commune.region as Region))

const prepared = prepare(pack)

describe(`P1 evaluate ${COMMUNES.toLocaleString("en")} communes × ${indicators.length} indicators`, () => {
  bench(
    "baseline: hand-written loop over pre-flattened thresholds (criteria met only)",
    () => {
      let total = 0
      for (let n = 0; n < COMMUNES; n++) {
        const th = flatThresholds[regionIndex[n] as number] as Array<number>
        const vs = flatValues[n] as Array<number>
        for (let c = 0; c < CRITERIA; c++) {
          let ok = true
          for (let k = c * PER_CRITERION; k < (c + 1) * PER_CRITERION; k++) {
            const v = vs[k] as number
            const t = th[k] as number
            const kind = KIND[k] as number
            if (Number.isNaN(v)) ok = false
            else if (kind === 1 ? v > t : v < t) ok = false
          }
          if (ok) total++
        }
      }
      if (total < 0) throw new Error("unreachable")
    },
    benchOptions,
  )

  bench(
    "evaluate(prepared pack) — full Evaluation per commune",
    () => {
      let met = 0
      for (const input of inputs) met += evaluate(prepared, input).summary.met
      if (met < 0) throw new Error("unreachable")
    },
    benchOptions,
  )
})
