/** fast-check generators of unit datasets: a province whose communes go through random merges, splits and renames. */
import fc from "fast-check"
import type { UnitDatasetJson } from "../../src/units/index.ts"

type Json<T> = { -readonly [K in keyof T]: T[K] }
type UnitJson = Json<UnitDatasetJson["units"][number]>
type EventJson = UnitDatasetJson["events"][number]
type Shares = NonNullable<EventJson["allocations"]>[number]["shares"]

/** One random change; `picks` choose live communes, `weights` (when present) allocate a split. */
export interface Op {
  readonly kind: "merge" | "split" | "absorb" | "rename"
  readonly picks: ReadonlyArray<number>
  readonly reuse: boolean
  readonly parts: number
  readonly weights: ReadonlyArray<number> | null
}

export const START = "2000-01-01"
/** The date of the i-th change. */
export const opDate = (i: number): string => `${2001 + i}-01-01`

/** Builds a dataset from a list of changes applied one per year from 2001. */
export const buildDataset = (districts: number, communes: number, ops: ReadonlyArray<Op>): UnitDatasetJson => {
  const units: Array<UnitJson> = [
    { code: "01", name: "Tỉnh Thử", type: "province", validFrom: START, region: "TDMNPB" },
  ]
  const events: Array<EventJson> = []
  let next = 10000
  const fresh = () => String(next++)
  const live: Array<{ code: string; district: string; index: number }> = []
  const open = (code: string, district: string, date: string) => {
    units.push({ code, name: `Xã ${code} ${date}`, type: "commune", parent: district, validFrom: date })
    live.push({ code, district, index: units.length - 1 })
  }
  const close = (k: number, date: string) => {
    const [c] = live.splice(k, 1)
    units[c!.index]!.validTo = date
    return c!
  }
  for (let d = 1; d <= districts; d++) {
    units.push({ code: `00${d}`, name: `Huyện ${d}`, type: "rural-district", parent: "01", validFrom: START })
  }
  for (let c = 0; c < communes; c++) open(fresh(), `00${1 + (c % districts)}`, START)
  ops.forEach((op, i) => {
    const date = opDate(i)
    const pick = (n: number) => op.picks[n]! % live.length
    if (op.kind === "split" || op.kind === "rename") {
      const old = close(pick(0), date)
      const n = op.kind === "rename" ? 1 : op.parts
      const codes = Array.from({ length: n }, (_, k) => (k === 0 && op.reuse ? old.code : fresh()))
      for (const c of codes) open(c, old.district, date)
      events.push({
        id: `e${i}`,
        kind: op.kind,
        date,
        from: [old.code],
        to: codes,
        basis: `Test ${i}`,
        ...(op.kind === "split" && op.weights !== null
          ? {
              allocations: [
                {
                  from: old.code,
                  shares: codes.map((to, k) => ({ to, weight: op.weights![k]! })) as unknown as Shares,
                },
              ],
            }
          : {}),
      })
      return
    }
    if (live.length < 2) return
    const a = pick(0)
    const b = (a + 1 + (op.picks[1]! % (live.length - 1))) % live.length
    if (op.kind === "absorb") {
      const keep = live[a]!
      const gone = close(b, date)
      events.push({
        id: `e${i}`,
        kind: "merge",
        date,
        from: [keep.code, gone.code],
        to: [keep.code],
        basis: `Test ${i}`,
      })
      return
    }
    const first = live[a]!
    const second = live[b]!
    close(live.indexOf(first), date)
    close(live.indexOf(second), date)
    const code = op.reuse ? first.code : fresh()
    open(code, first.district, date)
    events.push({ id: `e${i}`, kind: "merge", date, from: [first.code, second.code], to: [code], basis: `Test ${i}` })
  })
  return { title: "Generated", coverageFrom: START, units, events }
}

const op = (kinds: ReadonlyArray<Op["kind"]>): fc.Arbitrary<Op> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    picks: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
    reuse: fc.boolean(),
    parts: fc.integer({ min: 2, max: 3 }),
    weights: fc.option(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }), { nil: null }),
  })

/** A generated dataset and the number of changes in it. */
export const datasetArb = (
  kinds: ReadonlyArray<Op["kind"]> = ["merge", "split", "absorb", "rename"],
): fc.Arbitrary<{ json: UnitDatasetJson; steps: number }> =>
  fc
    .record({
      districts: fc.integer({ min: 1, max: 3 }),
      communes: fc.integer({ min: 2, max: 12 }),
      ops: fc.array(op(kinds), { maxLength: 10 }),
    })
    .map(({ districts, communes, ops }) => ({ json: buildDataset(districts, communes, ops), steps: ops.length }))
