/** Progress toward a target: the distance rule, the hold rule, and monotonicity in the actual. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Better, progress } from "../../src/plans/Progress.ts"

const better: fc.Arbitrary<Better> = fc.constantFrom("higher", "lower")
const num = fc.integer({ min: -1000, max: 1000 })
const big = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n })

describe("progress", () => {
  it("is monotone in the actual (numbers): a better actual never shows less progress", () => {
    fc.assert(
      fc.property(num, num, num, num, better, (b, t, a1, a2, dir) => {
        const [worse, best] =
          dir === "higher" ? [Math.min(a1, a2), Math.max(a1, a2)] : [Math.max(a1, a2), Math.min(a1, a2)]
        const p1 = progress({ baseline: b, target: t, actual: worse, better: dir })!
        const p2 = progress({ baseline: b, target: t, actual: best, better: dir })!
        expect(p2.percent).toBeGreaterThanOrEqual(p1.percent)
        if (p1.achieved) expect(p2.achieved).toBe(true)
      }),
    )
  })

  it("is monotone in the actual (đồng as bigint)", () => {
    fc.assert(
      fc.property(big, big, big, big, better, (b, t, a1, a2, dir) => {
        const [lo, hi] = a1 < a2 ? [a1, a2] : [a2, a1]
        const [worse, best] = dir === "higher" ? [lo, hi] : [hi, lo]
        const p1 = progress({ baseline: b, target: t, actual: worse, better: dir })!
        const p2 = progress({ baseline: b, target: t, actual: best, better: dir })!
        expect(p2.percent).toBeGreaterThanOrEqual(p1.percent)
      }),
    )
  })

  it("runs from 0 at the baseline to 100 at the target when the target is better", () => {
    fc.assert(
      fc.property(num, fc.integer({ min: 1, max: 500 }), better, (b, d, dir) => {
        const t = dir === "higher" ? b + d : b - d
        expect(progress({ baseline: b, target: t, actual: b, better: dir })).toEqual({
          percent: 0,
          achieved: false,
          rule: "distance",
        })
        expect(progress({ baseline: b, target: t, actual: t, better: dir })).toEqual({
          percent: 100,
          achieved: true,
          rule: "distance",
        })
      }),
    )
  })

  it("Lào Cai 2024: from 62 NTM communes toward 72, 67 is half way", () => {
    expect(progress({ baseline: 62, target: 72, actual: 67, better: "higher" })).toEqual({
      percent: 50,
      achieved: false,
      rule: "distance",
    })
    expect(progress({ baseline: 61, target: 84, actual: 50, better: "higher" })!.percent).toBeLessThan(0)
  })

  it("target = baseline is a hold-the-line target: 100 when held, 0 when not", () => {
    expect(progress({ baseline: 10, target: 10, actual: 10, better: "higher" })).toEqual({
      percent: 100,
      achieved: true,
      rule: "hold",
    })
    expect(progress({ baseline: 10, target: 10, actual: 9, better: "higher" })).toEqual({
      percent: 0,
      achieved: false,
      rule: "hold",
    })
    expect(progress({ baseline: 10, target: 8, actual: 9, better: "higher" })!.rule).toBe("hold")
  })

  it("computes money exactly", () => {
    const p = progress({ baseline: 0n, target: 9_200_000_000_000n, actual: 4_600_000_000_000n, better: "higher" })!
    expect(p.percent).toBe(50)
    expect(progress({ baseline: 0n, target: 3n, actual: 1n, better: "higher" })!.percent).toBe(33.333333)
  })

  it("has no progress without an actual", () => {
    expect(progress({ baseline: 1, target: 2, actual: undefined, better: "higher" })).toBeUndefined()
  })
})
