/** Loading a unit dataset: every problem is reported with its path and rule, none is hidden behind the first. */
import { describe, expect, it } from "vitest"
import { isoDate } from "../../src/shared/IsoDate.ts"
import { formatPath, formatProblem } from "../../src/shared/Problem.ts"
import {
  bigintFigure,
  findByName,
  loadDataset,
  rebase,
  registryFromJson,
  type UnitDatasetJson,
} from "../../src/units/index.ts"

type Draft = { -readonly [K in keyof UnitDatasetJson]: UnitDatasetJson[K] }

const base = (): Draft => ({
  title: "Test province",
  units: [
    { code: "01", name: "Tỉnh Một", type: "province", validFrom: "2020-01-01", region: "TDMNPB" },
    { code: "001", name: "Huyện A", type: "rural-district", parent: "01", validFrom: "2020-01-01" },
    { code: "00001", name: "Xã B", type: "commune", parent: "001", validFrom: "2020-01-01", validTo: "2024-01-01" },
    { code: "00002", name: "Xã C", type: "commune", parent: "001", validFrom: "2020-01-01", validTo: "2024-01-01" },
    { code: "00001", name: "Xã B", type: "commune", parent: "001", validFrom: "2024-01-01" },
  ],
  events: [{ id: "e1", kind: "merge", date: "2024-01-01", from: ["00001", "00002"], to: ["00001"], basis: "NQ 1" }],
})

const rules = (input: UnitDatasetJson) => {
  const r = loadDataset(input)
  return r.ok ? [] : r.problems.map((p) => `${p.rule} @ ${formatPath(p.path)}`)
}

describe("loadDataset", () => {
  it("accepts a consistent dataset, reused code included", () => {
    const r = registryFromJson(base())
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.warnings).toEqual([])
  })

  it("reports every problem of a broken file: unknown parent, overlapping validity, lineage to a missing unit", () => {
    const broken = base()
    broken.units = [
      ...broken.units,
      // unknown parent
      { code: "00003", name: "Xã D", type: "commune", parent: "009", validFrom: "2020-01-01" },
      // overlaps the second version of 00001
      { code: "00001", name: "Xã B bis", type: "commune", parent: "001", validFrom: "2023-06-01" },
      // parent not valid over the whole range (00001 is a commune, and starts only in 2020)
      { code: "00001-T1", name: "Thôn 1", type: "village", parent: "00001", validFrom: "2019-01-01" },
    ]
    broken.events = [
      ...broken.events,
      // lineage to a missing unit, and from a unit not valid the day before
      { id: "e2", kind: "merge", date: "2022-01-01", from: ["00002", "00009"], to: ["00077"], basis: "NQ 2" },
      // duplicate id, arity
      { id: "e1", kind: "split", date: "2024-01-01", from: ["00003"], to: ["00001"], basis: "NQ 3" },
    ]
    expect(rules(broken)).toEqual([
      "units.unknown-parent @ units[5].parent",
      "units.parent-not-valid @ units[7].parent",
      "units.overlapping-validity @ units[6].validFrom",
      "units.overlapping-validity @ units[4].validFrom",
      // the overlap makes "00001 on 2024-01-01" resolve to the overlapping version, which started earlier
      "events.to-preexists @ events[0].to[0]",
      "events.missing-unit @ events[1].from[1]",
      "events.missing-unit @ events[1].to[0]",
      "events.from-continues @ events[1].from[0]",
      "events.duplicate-id @ events[2].id",
      "events.arity @ events[2].kind",
      "events.from-continues @ events[2].from[0]",
      "events.to-preexists @ events[2].to[0]",
    ])
  })

  it("reports every schema problem with its path before any cross-check", () => {
    const r = loadDataset({
      title: "",
      units: [
        { code: "1", name: "Tỉnh", type: "province", validFrom: "2020-02-30", region: "TDMNPB" },
        { code: "00001", name: "Xã", type: "hamlet-ish", validFrom: "2020-01-01" },
      ],
      events: [{ id: "e", kind: "merge", date: "2020-01-01", from: [], to: [], basis: "x", allocations: [] }],
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => formatPath(p.path))).toEqual([
      "title",
      "units[0].code",
      "units[0].validFrom",
      "units[1].type",
    ])
    expect(r.problems.every((p) => p.rule === "schema")).toBe(true)
  })

  it("checks levels, regions, cycles, allocations and classifications", () => {
    const d = base()
    d.units = [
      { ...d.units[0]!, parent: "001" },
      ...d.units.slice(1),
      { code: "02", name: "Tỉnh Hai", type: "province", parent: "01", validFrom: "2020-01-01" },
      { code: "002", name: "Huyện X", type: "rural-district", parent: "00001", validFrom: "2024-01-01" },
      {
        code: "00005",
        name: "Xã E",
        type: "commune",
        parent: "001",
        validFrom: "2020-01-01",
        classifications: [
          {
            kind: "especially-difficult",
            areaClass: "III",
            validFrom: "2021-01-01",
            validTo: "2021-01-01",
            source: "x",
          },
        ],
      },
    ]
    d.events = [
      ...d.events,
      {
        id: "e3",
        kind: "adjust",
        date: "2024-01-01",
        from: ["001"],
        to: ["001", "002"],
        allocations: [{ from: "001", shares: [{ to: "002", weight: 1 }] }],
        basis: "x",
      },
    ]
    expect(rules(d).sort()).toEqual(
      [
        "units.unexpected-parent @ units[0].parent",
        "units.unexpected-parent @ units[5].parent",
        "units.parent-cycle @ units[0].parent",
        "units.parent-cycle @ units[1].parent",
        "units.parent-level @ units[6].parent",
        "units.classification-range @ units[7].classifications[0].validTo",
        "units.classification-area-class @ units[7].classifications[0].areaClass",
        "units.missing-region @ units[5].region",
        "events.allocation-continuing @ events[1].allocations[0].from",
      ].sort(),
    )
  })

  it("warns about a unit that ends without lineage, and formats problems for people", () => {
    const d = base()
    d.events = []
    const r = registryFromJson(d)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.warnings.map(formatProblem)).toEqual([
      "warning units[2].validTo: units.ends-without-lineage — 00001 ends on 2024-01-01 but no lineage event says what it became; its figures cannot be re-based",
      "warning units[3].validTo: units.ends-without-lineage — 00002 ends on 2024-01-01 but no lineage event says what it became; its figures cannot be re-based",
    ])
  })
})

describe("docs/admin-units.md", () => {
  it("its example province loads, and re-bases through the reused code", async () => {
    const { readFile } = await import("node:fs/promises")
    const md = await readFile(new URL("../../../../docs/admin-units.md", import.meta.url), "utf8")
    const json = /```json\n([\s\S]*?)\n```/u.exec(md)![1]!
    const loaded = registryFromJson(JSON.parse(json))
    expect(loaded.ok ? loaded.warnings : loaded.problems).toEqual([])
    if (!loaded.ok) return
    const r = rebase(
      loaded.registry,
      [
        ["99901", 2n],
        ["99904", 3n],
        ["99907", 5n],
      ],
      isoDate("2024-12-31"),
      isoDate("2025-07-01"),
      bigintFigure,
    )
    expect(Object.fromEntries(r.totals)).toEqual({ "99901": 5n, "99907": 5n })
    expect(findByName(loaded.registry, "Cát Thuỷ", isoDate("2025-07-01")).map((u) => u.name)).toEqual(["Xã Cát Thủy"])
  })
})
