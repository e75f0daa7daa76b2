/** Evaluation's compact hot path: pre-decoded verdicts, shared criterion results, indicator records built on read. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { evaluate } from "../../src/criteria/evaluate.ts"
import type { Indicator } from "../../src/criteria/Indicator.ts"
import {
  FAILS,
  flatThreshold,
  gapOf,
  judge,
  PASSES,
  verdict,
  verdictFlat,
  WRONG_KIND,
} from "../../src/criteria/judge.ts"
import { unsafeValid, type ValidPack } from "../../src/criteria/Pack.ts"
import { prepare } from "../../src/criteria/prepare.ts"
import { input, kinds, measured, pack, thresholdValue } from "./arbitraries.ts"

const pair = fc
  .constantFrom(...kinds)
  .chain((kind) => fc.tuple(thresholdValue(kind), fc.oneof(measured(kind), fc.constantFrom(...kinds).chain(measured))))

describe("judge", () => {
  it("the pre-decoded verdict agrees with the verdict on the threshold value, and judge with both", () => {
    fc.assert(
      fc.property(pair, ([t, v]) => {
        const r = verdict(t, v)
        expect(verdictFlat(flatThreshold(t), v)).toBe(r)
        const j = judge(t, v)
        if (r === WRONG_KIND) expect(j).toBeUndefined()
        else if (r === PASSES) expect(j).toEqual({ pass: true })
        else expect(j).toEqual({ pass: false, gap: gapOf(t, v) })
        expect([PASSES, FAILS, WRONG_KIND]).toContain(r)
      }),
    )
  })
})

/** One criterion holding 40 indicators (wider than the memo and than a 32-bit mask), copied from a generated pack. */
const widen = (p: ValidPack): ValidPack => {
  const all = p.criteria.flatMap((c) => c.indicators)
  const first = p.criteria[0]
  if (first === undefined || all.length === 0) return p
  const indicators = Array.from({ length: 40 }, (_, k) => ({ ...(all[k % all.length] as Indicator), code: `w.${k}` }))
  return unsafeValid({ ...p, criteria: [{ ...first, indicators }] })
}

const withInputs = (packs: fc.Arbitrary<ValidPack>) =>
  packs.chain((p) => fc.array(input(p), { minLength: 1, maxLength: 8 }).map((is) => ({ p, is })))
const packAndInputs = withInputs(pack)

describe("evaluate — compact results", () => {
  it.each([
    ["generated packs", packAndInputs],
    ["a criterion of 40 indicators", withInputs(pack.map(widen))],
  ])("criterion results (shared between evaluations of one prepared pack) follow the rule — %s", (_, arb) => {
    fc.assert(
      fc.property(arb, ({ p, is }) => {
        const prepared = prepare(p)
        for (const inp of is) {
          const ev = evaluate(prepared, inp)
          let met = 0
          for (const c of ev.criteria) {
            const inds = ev.indicators.filter((i) => i.criterion === c.criterion)
            const failing = inds.filter((i) => i.outcome === "fail").map((i) => i.indicator)
            const open = inds.filter((i) => i.outcome === "indeterminate").map((i) => i.indicator)
            const complete = p.criteria.find((x) => x.code === c.criterion)?.indicatorsComplete === true
            const outcome = failing.length > 0 ? "fail" : open.length > 0 || !complete ? "indeterminate" : "pass"
            expect(c.outcome).toBe(outcome)
            expect(c.deciding).toEqual(
              failing.length > 0
                ? failing
                : open.length > 0
                  ? open
                  : outcome === "pass"
                    ? inds.map((i) => i.indicator)
                    : [],
            )
            const provisional =
              outcome === "fail"
                ? inds.every((i) => i.outcome !== "fail" || i.provisional)
                : outcome === "pass" && inds.some((i) => i.provisional)
            expect(c.provisional).toBe(provisional)
            if (outcome === "pass") met++
          }
          expect(ev.summary.met).toBe(met)
        }
      }),
    )
  })

  it("indicator records are fixed once read, enumerable in schema order, and immune to later input changes", () => {
    fc.assert(
      fc.property(packAndInputs, ({ p, is }) => {
        const prepared = prepare(p)
        const inp = is[0]!
        const copy = { ...inp, values: { ...inp.values } }
        const ev = evaluate(prepared, copy)
        for (const code of Object.keys(copy.values)) delete copy.values[code]
        const expected = evaluate(prepared, inp)
        expect(Object.keys(ev)).toEqual([
          "packId",
          "family",
          "level",
          "tier",
          "commune",
          "year",
          "date",
          "strict",
          "column",
          "indicators",
          "criteria",
          "summary",
          "missing",
        ])
        expect(ev).toEqual(expected)
        expect(ev.indicators).toBe(ev.indicators)
        expect(JSON.parse(JSON.stringify(ev, (_, v) => (typeof v === "bigint" ? String(v) : v)))).toEqual(
          JSON.parse(JSON.stringify({ ...expected }, (_, v) => (typeof v === "bigint" ? String(v) : v))),
        )
      }),
    )
  })

  it("an evaluation frozen before its indicators are read still answers them", () => {
    fc.assert(
      fc.property(packAndInputs, ({ p, is }) => {
        const ev = Object.freeze(evaluate(prepare(p), is[0]!))
        expect(ev.indicators).toEqual(evaluate(p, is[0]!).indicators)
      }),
    )
  })
})
