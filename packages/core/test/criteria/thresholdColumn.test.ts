/** The threshold-column rule: 318 Art. 1, widened by 211/QĐ-TTg from 2024-03-01. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { thresholdColumn } from "../../src/criteria/thresholdColumn.ts"
import type { Classification } from "../../src/shared/Classification.ts"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { region } from "./arbitraries.ts"

const regions = { kind: "regions" } as const
const flag = (kind: Classification["kind"], extra: Partial<Classification> = {}): Classification => ({
  kind,
  validFrom: isoDate("2021-06-04"),
  source: "illustrative",
  ...extra,
})
const day = fc
  .date({ min: new Date("2022-03-08T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => isoDate(d.toISOString().slice(0, 10)))

describe("thresholdColumn", () => {
  it("without classifications, the province's region", () => {
    fc.assert(
      fc.property(region, day, (r, d) => {
        expect(thresholdColumn(regions, { region: r, classifications: [] }, d)).toEqual({
          column: r,
          reason: "province-region",
        })
      }),
    )
  })

  it("ĐBKK and safe-zone communes use TDMNPB on every date", () => {
    fc.assert(
      fc.property(
        region,
        day,
        fc.constantFrom("especially-difficult", "safe-zone-poor-district" as const),
        (r, d, kind) => {
          expect(thresholdColumn(regions, { region: r, classifications: [flag(kind)] }, d)).toEqual({
            column: "TDMNPB",
            reason: kind,
          })
        },
      ),
    )
  })

  it("ethnic-minority class II/III and coastal-island ĐBKK use TDMNPB only from 2024-03-01; class I never", () => {
    fc.assert(
      fc.property(region, day, fc.constantFrom<"I" | "II" | "III">("I", "II", "III"), (r, d, areaClass) => {
        const c = thresholdColumn(
          regions,
          { region: r, classifications: [flag("ethnic-minority-area", { areaClass })] },
          d,
        )
        const widened = d >= "2024-03-01" && areaClass !== "I"
        expect(c.column).toBe(widened ? "TDMNPB" : r)
        const coast = thresholdColumn(
          regions,
          { region: r, classifications: [flag("coastal-island-especially-difficult")] },
          d,
        )
        expect(coast.column).toBe(d >= "2024-03-01" ? "TDMNPB" : r)
      }),
    )
    expect(
      thresholdColumn(
        regions,
        { region: "DBSCL", classifications: [flag("ethnic-minority-area", { areaClass: "III" })] },
        isoDate("2024-02-29"),
      ),
    ).toEqual({ column: "DBSCL", reason: "province-region" })
  })

  it("a classification no longer in force does not count", () => {
    const expired = flag("especially-difficult", { validTo: isoDate("2023-01-01") })
    expect(thresholdColumn(regions, { region: "DNB", classifications: [expired] }, isoDate("2023-06-30"))).toEqual({
      column: "DNB",
      reason: "province-region",
    })
  })

  it("groups come from the facts; an unknown group or region leaves the column unknown", () => {
    const groups = { kind: "groups", groups: [{ id: "g1", name: { vi: "Nhóm 1", en: "Group 1" } }] } as const
    expect(thresholdColumn(groups, { classifications: [], group: "g1" }, isoDate("2026-03-01"))).toEqual({
      column: "g1",
      reason: "commune-group",
    })
    expect(thresholdColumn(groups, { classifications: [], group: "g9" }, isoDate("2026-03-01"))).toEqual({
      reason: "unknown",
    })
    expect(thresholdColumn(regions, { classifications: [] }, isoDate("2024-03-01"))).toEqual({ reason: "unknown" })
    expect(thresholdColumn({ kind: "uniform" }, { classifications: [] }, isoDate("2024-03-01"))).toEqual({
      column: "all",
      reason: "uniform",
    })
  })
})
