/** fast-check generators for packs, commune facts and measured values (shared by the criteria tests). */
import fc from "fast-check"
import type { Criterion } from "../../src/criteria/Criterion.ts"
import type { Indicator, IndicatorKind } from "../../src/criteria/Indicator.ts"
import type { EvaluationInput, Measured } from "../../src/criteria/Measured.ts"
import { type Pack, unsafeValid, type ValidPack } from "../../src/criteria/Pack.ts"
import type { SourceStatus } from "../../src/criteria/Source.ts"
import type { Threshold, ThresholdValue } from "../../src/criteria/Threshold.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { type Region, regions } from "../../src/shared/Region.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

export const kinds: ReadonlyArray<IndicatorKind> = [
  "pass-fail",
  "min-percent",
  "max-percent",
  "min-amount",
  "min-score",
]
export const statuses: ReadonlyArray<SourceStatus> = [
  "verified-primary",
  "secondary",
  "unverified",
  "operator-fill-in",
  "demo-fill-in",
]

const percent = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)

export const thresholdValue = (kind: IndicatorKind): fc.Arbitrary<ThresholdValue> => {
  switch (kind) {
    case "pass-fail":
      return fc.constant({ kind })
    case "min-percent":
      return percent.map((min) => ({ kind, min }))
    case "max-percent":
      return percent.map((max) => ({ kind, max }))
    case "min-amount":
      return fc.bigInt({ min: 0n, max: 100_000_000n }).map((min) => ({ kind, min }))
    case "min-score":
      return fc
        .record({ min: fc.integer({ min: 0, max: 100 }), requiresMandatoryItems: fc.boolean() })
        .map((r) => ({ kind, ...r }))
  }
}

export const measured = (kind: IndicatorKind): fc.Arbitrary<Measured> => {
  switch (kind) {
    case "pass-fail":
      return fc.boolean().map((value) => ({ kind: "boolean", value }))
    case "min-percent":
    case "max-percent":
      return percent.map((value) => ({ kind: "percent", value }))
    case "min-amount":
      return fc.bigInt({ min: 0n, max: 100_000_000n }).map((dong) => ({ kind: "amount", dong }))
    case "min-score":
      return fc
        .record({ points: fc.integer({ min: 0, max: 100 }), mandatoryItemsMet: fc.boolean() })
        .map((r) => ({ kind: "score", ...r }))
  }
}

const column = fc.constantFrom<string>("all", ...regions)

/** Cells for one indicator: distinct columns, so no two overlap. */
const cells = (kind: IndicatorKind): fc.Arbitrary<Array<Threshold>> =>
  fc
    .uniqueArray(column, { maxLength: 3 })
    .chain((cols) =>
      fc.tuple(
        ...cols.map((c) =>
          fc
            .record({ value: thresholdValue(kind), status: fc.constantFrom(...statuses) })
            .map((r): Threshold => ({ column: c, value: r.value, status: r.status, source: { ids: ["T1"] } })),
        ),
      ),
    )

const indicator = (code: string): fc.Arbitrary<Indicator> =>
  fc.constantFrom(...kinds).chain((kind) =>
    cells(kind).map(
      (thresholds): Indicator => ({
        code,
        codeSourced: false,
        name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
        kind,
        provenance: { status: "demo-fill-in" },
        thresholds,
      }),
    ),
  )

/** A random valid pack over the region scheme with 1–6 criteria of 0–4 indicators. */
export const pack: fc.Arbitrary<ValidPack> = fc
  .array(fc.record({ n: fc.integer({ min: 0, max: 4 }), complete: fc.boolean(), critical: fc.boolean() }), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((shape) =>
    fc.tuple(
      ...shape.map((s, ci) =>
        fc.tuple(...Array.from({ length: s.n }, (_, ii) => indicator(`${ci + 1}.${ii + 1}`))).map(
          (indicators): Criterion => ({
            code: String(ci + 1),
            number: ci + 1,
            name: { vi: `Tiêu chí ${ci + 1}`, en: `Criterion ${ci + 1}` },
            rule: "all",
            indicatorsComplete: s.complete && indicators.length > 0,
            critical: s.critical,
            provenance: { status: "demo-fill-in" },
            indicators,
          }),
        ),
      ),
    ),
  )
  .map((criteria) =>
    unsafeValid({
      format: "ntm-pack/1",
      id: "test/pack",
      family: "test-family",
      title: { vi: "Bộ thử (minh họa)", en: "Test pack (illustrative)" },
      level: "commune",
      tier: "ntm",
      period: { from: 2021, to: 2025 },
      legalBasis: [{ document: "TEST", issuer: { vi: "Thử", en: "Test" }, provenance: { status: "demo-fill-in" } }],
      columns: { kind: "regions" },
      sources: [{ id: "T1", description: "illustrative test source" }],
      notes: [],
      criteria,
    } satisfies Pack),
  )

export const indicatorsOf = (p: Pack): Array<Indicator> => p.criteria.flatMap((c) => c.indicators)

/** Values for a pack: for each indicator, missing, of its kind, or (rarely) of a wrong kind. */
export const values = (p: Pack): fc.Arbitrary<Record<string, Measured>> =>
  fc
    .tuple(
      ...indicatorsOf(p).map((i) =>
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 6, arbitrary: measured(i.kind) },
          { weight: 1, arbitrary: fc.constantFrom(...kinds).chain(measured) },
        ),
      ),
    )
    .map((vs) => {
      const out: Record<string, Measured> = {}
      indicatorsOf(p).forEach((i, k) => {
        const v = vs[k]
        if (v !== undefined) out[i.code] = v
      })
      return out
    })

export const region = fc.constantFrom<Region>(...regions)

/** A full evaluation input for a pack. */
export const input = (p: Pack): fc.Arbitrary<EvaluationInput> =>
  fc.record({ region, values: values(p), strict: fc.boolean() }).map((r) => ({
    commune: { code: unitCode("02662"), region: r.region, classifications: [] },
    year: 2024,
    date: isoDate("2024-12-31"),
    values: r.values,
    strict: r.strict,
  }))

/** A pack together with an input for it. */
export const packAndInput = pack.chain((p) => input(p).map((i) => ({ pack: p, input: i })))
