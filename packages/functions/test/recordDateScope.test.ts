/** The decision "records are authorized by the units on their dates": properties over the Lào Cai registry. */
import { IsoDate } from "@ntm/core"
import { authorize } from "@ntm/core/authz"
import { ancestorAt, laoCaiRegistry, levelOfUnit } from "@ntm/core/units"
import { Effect } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { placementDate, recordListScope, recordWindow } from "../src/http/recordDateScope.ts"

const communes = [
  ...new Set(laoCaiRegistry.dataset.units.filter((u) => levelOfUnit(u) === "commune").map((u) => u.code)),
]
const FIRST = Date.UTC(2020, 0, 1)
const dayOf = (n: number) => IsoDate.isoDate(new Date(FIRST + n * 86_400_000).toISOString().slice(0, 10))
const day = fc.integer({ min: 0, max: 8 * 366 }).map(dayOf)
const provinceOf = (commune: string, d: IsoDate.IsoDate) => ancestorAt(laoCaiRegistry, commune, d, "province")?.code
const admin = (province: string) => ({ role: "province-admin" as const, subject: "p", province })

describe("placementDate (authorize a commune's records by their dates)", () => {
  it("is the latest day of the window on which the registry puts the commune in the province", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...communes),
        fc.constantFrom("10", "15", "11"),
        fc.option(fc.integer({ min: 2020, max: 2027 }), { nil: undefined }),
        day,
        fc.array(day, { maxLength: 8 }),
        (commune, province, year, today, probes) => {
          const window = recordWindow(year, today)
          const found = placementDate(laoCaiRegistry, province, commune, window)
          const inWindow = (d: IsoDate.IsoDate) => (window.start === undefined || d >= window.start) && d <= window.end
          if (found !== undefined) {
            expect(inWindow(found)).toBe(true)
            expect(provinceOf(commune, found)).toBe(province)
          }
          // No later day of the window (and, when none was found, no day at all) places it in the province.
          for (const d of probes.filter((p) => inWindow(p) && (found === undefined || p > found))) {
            expect(provinceOf(commune, d)).not.toBe(province)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it("a province admin may list a commune's records of a year exactly when the commune was in its province that year", () => {
    fc.assert(
      fc.property(fc.constantFrom(...communes), fc.integer({ min: 2021, max: 2027 }), (commune, year) => {
        const window = recordWindow(year, IsoDate.isoDate("2026-03-01"))
        const scope = Effect.runSync(recordListScope("10", commune, window))
        const allowed = authorize(admin("10"), "read", scope, {})._tag === "Allow"
        const days = Array.from({ length: 366 }, (_, i) =>
          IsoDate.isoDate(new Date(Date.UTC(year, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)),
        ).filter((d) => d.startsWith(`${year}-`))
        const everIn10 = days.some((d) => provinceOf(commune, d) === "10")
        const known = days.some((d) => provinceOf(commune, d) !== undefined)
        // Known communes: allowed iff in province 10 some day of the year. Unknown ones keep the province named.
        expect(allowed).toBe(known ? everIn10 : true)
      }),
      { numRuns: 60 },
    )
  })

  it("Xã Cốc San (02746, province 15 since 2025-07-01): its 2022 records stay province 10's", () => {
    const today = IsoDate.isoDate("2026-03-01")
    expect(placementDate(laoCaiRegistry, "10", "02746", recordWindow(2022, today))).toBe("2022-12-31")
    expect(placementDate(laoCaiRegistry, "10", "02746", recordWindow(undefined, today))).toBe("2025-06-30")
    expect(placementDate(laoCaiRegistry, "10", "02746", recordWindow(2026, today))).toBeUndefined()
    expect(placementDate(laoCaiRegistry, "15", "02746", recordWindow(2022, today))).toBeUndefined()
  })
})
