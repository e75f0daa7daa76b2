/** Invariants of units over time, checked by fast-check on Lào Cai and on generated datasets of merges and splits. */
import { Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type IsoDate, isoDate } from "../../src/shared/IsoDate.ts"
import {
  ancestorsAt,
  bigintFigure,
  childrenAt,
  type Figure,
  laoCaiDataset,
  laoCaiDatasetJson,
  laoCaiRegistry,
  levelOfUnit,
  numberFigure,
  parentAt,
  predecessorsAt,
  rebase,
  registryFromJson,
  successorsAt,
  successorsOf,
  UnitDataset,
  type UnitRegistry,
  unitAt,
  unitId,
  unitsAt,
} from "../../src/units/index.ts"
import { datasetArb, opDate, START } from "./arbitraries.ts"

const dateArb = (min: string, max: string): fc.Arbitrary<IsoDate> =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => isoDate(d.toISOString().slice(0, 10)))

const registryOf = (json: unknown): UnitRegistry => {
  const r = registryFromJson(json)
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1))
  return r.registry
}

const sum = <A>(figure: Figure<A>, values: Iterable<A>): A => {
  let total = figure.zero
  for (const v of values) total = figure.add(total, v)
  return total
}

/** The hierarchy on `date` is a forest: one parent valid that day, a level above, and no unit twice on a path. */
const expectForest = (registry: UnitRegistry, date: IsoDate): void => {
  const units = unitsAt(registry, date)
  const placed = new Map<string, string>()
  for (const u of units) {
    const parent = parentAt(registry, u.code, date)
    if (levelOfUnit(u) === "province") expect(parent).toBeUndefined()
    else expect(parent, `${u.code} has no parent on ${date}`).toBeDefined()
    const path = [u, ...ancestorsAt(registry, u.code, date)]
    expect(new Set(path.map((p) => p.code)).size).toBe(path.length)
    expect(levelOfUnit(path[path.length - 1]!)).toBe("province")
    if (parent !== undefined) placed.set(u.code, parent.code)
  }
  const children = units.flatMap((p) => childrenAt(registry, p.code, date).map((c) => [c.code, p.code] as const))
  expect(new Map(children)).toEqual(placed)
  expect(children).toHaveLength(placed.size)
}

describe("Lào Cai invariants", () => {
  it("every old unit's successors exist at the later date", () => {
    fc.assert(
      fc.property(dateArb("2021-01-01", "2025-06-30"), dateArb("2021-01-01", "2032-12-31"), (d0, d1) => {
        const [from, to] = d0 <= d1 ? [d0, d1] : [d1, d0]
        for (const u of unitsAt(laoCaiRegistry, from, "commune")) {
          const successors = successorsAt(laoCaiRegistry, u.code, from, to)
          expect(successors.length).toBeGreaterThan(0)
          for (const s of successors) expect(unitAt(laoCaiRegistry, s.code, to)).toBe(s)
        }
      }),
      { numRuns: 30 },
    )
  })

  it("re-basing commune figures onto the new units preserves the total (bigint and number)", () => {
    fc.assert(
      fc.property(
        dateArb("2021-01-01", "2025-06-30"),
        dateArb("2025-07-01", "2030-12-31"),
        fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { minLength: 320, maxLength: 320 }),
        (from, to, amounts) => {
          const communes = unitsAt(laoCaiRegistry, from, "commune")
          const money = communes.map((u, i) => [u.code, amounts[i]!] as const)
          const r = rebase(laoCaiRegistry, money, from, to, bigintFigure)
          expect(r.unplaced).toEqual([])
          expect(r.totals.size).toBe(99)
          expect(sum(bigintFigure, r.totals.values())).toBe(sum(bigintFigure, amounts.slice(0, communes.length)))
          const counts = communes.map((u, i) => [u.code, Number(amounts[i]! % 1000n)] as const)
          const n = rebase(laoCaiRegistry, counts, from, to, numberFigure)
          expect(sum(numberFigure, n.totals.values())).toBe(
            sum(
              numberFigure,
              counts.map(([, v]) => v),
            ),
          )
        },
      ),
      { numRuns: 30 },
    )
  })

  it("the hierarchy at any date is a forest", () => {
    fc.assert(
      fc.property(dateArb("2021-01-01", "2030-12-31"), (date) => expectForest(laoCaiRegistry, date)),
      { numRuns: 20 },
    )
  })

  it("load → encode round-trips", () => {
    expect(Schema.encodeSync(UnitDataset)(laoCaiDataset)).toEqual(laoCaiDatasetJson)
  })
})

describe("generated datasets with merges and splits", () => {
  it("validate, round-trip, and form a forest at every date", () => {
    fc.assert(
      fc.property(datasetArb(), dateArb(START, "2015-12-31"), ({ json }, date) => {
        const registry = registryOf(json)
        expect(Schema.encodeSync(UnitDataset)(registry.dataset)).toEqual(json)
        expectForest(registry, date)
      }),
    )
  })

  it("every unit's successors exist at any later date, and it is among its successors' predecessors", () => {
    fc.assert(
      fc.property(datasetArb(), dateArb(START, "2015-12-31"), ({ json }, date) => {
        const registry = registryOf(json)
        for (const u of registry.dataset.units) {
          if (u.validFrom > date) continue
          const successors = successorsOf(registry, u, date)
          expect(successors.length).toBeGreaterThan(0)
          for (const s of successors) {
            expect(unitAt(registry, s.code, date)).toBe(s)
            const preds = predecessorsAt(registry, s.code, date, u.validFrom).map(unitId)
            expect(preds).toContain(unitId(u))
          }
        }
      }),
    )
  })

  it("re-basing preserves totals exactly across merges (bigint and number)", () => {
    fc.assert(
      fc.property(
        datasetArb(["merge", "absorb", "rename"]),
        fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { minLength: 12, maxLength: 12 }),
        ({ json, steps }, amounts) => {
          const registry = registryOf(json)
          const to = isoDate(opDate(steps))
          const communes = unitsAt(registry, isoDate(START), "commune")
          const money = communes.map((u, i) => [u.code, amounts[i]!] as const)
          const r = rebase(registry, money, isoDate(START), to, bigintFigure)
          expect(r.unplaced).toEqual([])
          expect(sum(bigintFigure, r.totals.values())).toBe(
            sum(
              bigintFigure,
              money.map(([, v]) => v),
            ),
          )
          expect([...r.totals.keys()].sort()).toEqual(
            unitsAt(registry, to, "commune")
              .map((u) => u.code)
              .sort(),
          )
          const counts = money.map(([c, v]) => [c, Number(v)] as const)
          const n = rebase(registry, counts, isoDate(START), to, numberFigure)
          expect(sum(numberFigure, n.totals.values())).toBe(
            sum(
              numberFigure,
              counts.map(([, v]) => v),
            ),
          )
        },
      ),
    )
  })

  it("splits share out by their allocation or come back unallocatable — never a silent guess", () => {
    fc.assert(
      fc.property(
        datasetArb(),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 12, maxLength: 12 }),
        ({ json, steps }, amounts) => {
          const registry = registryOf(json)
          const to = isoDate(opDate(steps))
          const money = unitsAt(registry, isoDate(START), "commune").map((u, i) => [u.code, amounts[i]!] as const)
          const r = rebase(registry, money, isoDate(START), to, bigintFigure)
          const placed = sum(bigintFigure, r.totals.values())
          const lost = sum(
            bigintFigure,
            r.unplaced.map((u) => u.value),
          )
          expect(placed + lost).toBe(
            sum(
              bigintFigure,
              money.map(([, v]) => v),
            ),
          )
          for (const u of r.unplaced) {
            expect(u.reason).toBe("split-without-allocation")
            const ev = registry.endingEvent.get(unitId(u.at!))!
            expect(ev.event.kind).toBe("split")
            expect(ev.event.allocations).toBeUndefined()
          }
        },
      ),
    )
  })
})

describe("each split, one at a time", () => {
  it("shares a figure exactly by the allocation weights, or flags it when there are none", () => {
    fc.assert(
      fc.property(datasetArb(["split", "merge"]), fc.bigInt({ min: 1n, max: 10n ** 12n }), ({ json }, value) => {
        const registry = registryOf(json)
        for (const e of registry.dataset.events) {
          if (e.kind !== "split") continue
          const before = isoDate(`${Number(e.date.slice(0, 4)) - 1}-12-31`)
          const r = rebase(registry, [[e.from[0]!, value]], before, e.date, bigintFigure)
          const allocation = e.allocations?.[0]
          if (allocation === undefined) {
            expect(r.totals.size).toBe(0)
            expect(r.unplaced.map((u) => [u.value, u.reason])).toEqual([[value, "split-without-allocation"]])
          } else {
            const parts = bigintFigure.allocate(
              value,
              allocation.shares.map((sh) => sh.weight),
            )
            expect(Object.fromEntries(r.totals)).toEqual(
              Object.fromEntries(allocation.shares.map((sh, i) => [sh.to, parts[i]!])),
            )
            expect(r.unplaced).toEqual([])
          }
        }
      }),
    )
  })
})

describe("figures", () => {
  it("bigint allocation sums back exactly and each part is within one đồng of its exact share", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (value, weights) => {
          const parts = bigintFigure.allocate(value, weights)
          expect(sum(bigintFigure, parts)).toBe(value)
          const total = BigInt(weights.reduce((a, b) => a + b, 0))
          parts.forEach((p, i) => {
            const exactTimesTotal = value * BigInt(weights[i]!)
            const diff = p * total - exactTimesTotal
            expect(diff < 0n ? -diff : diff).toBeLessThan(total)
          })
        },
      ),
    )
    expect(bigintFigure.allocate(10n, [1, 1, 1])).toEqual([4n, 3n, 3n])
    expect(bigintFigure.allocate(-10n, [1, 2])).toEqual([-3n, -7n])
    expect(bigintFigure.allocate(5n, [1, 3])).toEqual([1n, 4n])
  })

  it("number allocation sums back to the value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (value, weights) => {
          expect(sum(numberFigure, numberFigure.allocate(value, weights))).toBeCloseTo(value, 6)
        },
      ),
    )
  })
})
