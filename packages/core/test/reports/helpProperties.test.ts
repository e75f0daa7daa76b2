/** Properties: every table of the help report adds up to the ledger's own totals, for generated ledgers and unit histories. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { statusSummary, type Totals } from "../../src/contributions/aggregate.ts"
import type { Contribution } from "../../src/contributions/Contribution.ts"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import { linesOfYear } from "../../src/reports/help/figures.ts"
import { helpReport } from "../../src/reports/help/helpReport.ts"
import { type Row, type Sheet, sheetById } from "../../src/reports/Table.ts"
import { type IsoDate, isoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"
import { registryFromJson, type UnitRegistry } from "../../src/units/index.ts"
import { lineArb } from "../contributions/arbitraries.ts"
import { datasetArb } from "../units/arbitraries.ts"

const sum = (rows: ReadonlyArray<Row>, key: string): bigint =>
  rows.reduce((s, r) => {
    const v = r[key]
    return s + (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : 0n)
  }, 0n)

/** The rows add up to the totals row, and the totals row is the ledger's official total. */
const addsUp = (sheet: Sheet, official: Totals, keys: ReadonlyArray<"lines" | "value" | "cash" | "inKind">) => {
  const total = sheet.totals[0]!
  for (const k of keys) {
    const expected = BigInt(official[k])
    expect(sum(sheet.rows, k), `${sheet.id}.${k} rows`).toBe(expected)
    expect(sum([total], k), `${sheet.id}.${k} totals`).toBe(expected)
  }
}

const dateIn = (year: number, day: number): IsoDate =>
  isoDate(new Date(Date.UTC(year, 0, 1) + day * 86_400_000).toISOString().slice(0, 10))

/** A generated unit history, and a ledger over its communes (plus a code no dataset has) across 2001–2006. */
const world = datasetArb().chain(({ json }) => {
  const r = registryFromJson(json)
  if (!r.ok) throw new Error("generated dataset must be valid")
  const codes = [...new Set(json.units.filter((u) => u.type === "commune").map((u) => u.code)), "99999"]
  const line = fc
    .tuple(lineArb(10n ** 12n), fc.constantFrom(...codes), fc.integer({ min: 2001, max: 2006 }), fc.nat(364))
    .map(([l, commune, year, day]): Contribution => ({ ...l, commune: unitCode(commune), date: dateIn(year, day) }))
  return fc.record({
    registry: fc.constant(r.registry as UnitRegistry),
    lines: fc.array(line, { maxLength: 50 }),
    year: fc.integer({ min: 2001, max: 2006 }),
  })
})

describe("help report totals equal the ledger's", () => {
  it("by provider, by commune, by district (with unplaced), re-based (with unplaced), items, bases, reconciliation", () => {
    fc.assert(
      fc.property(world, ({ registry, lines, year }) => {
        const report = helpReport({
          year,
          lines,
          catalogue: standardCatalogue,
          priceLists: [],
          registry,
          rebaseTo: isoDate("2016-01-01"),
        })
        const ofYear = linesOfYear(lines, year)
        const status = statusSummary(ofYear)
        const official = status.official

        const all = ["lines", "value", "cash", "inKind"] as const
        addsUp(sheetById(report, "by-provider"), official, all)
        addsUp(sheetById(report, "by-commune"), official, all)
        addsUp(sheetById(report, "by-district"), official, all)
        addsUp(sheetById(report, "rebased"), official, ["value", "cash", "inKind"])
        addsUp(sheetById(report, "items"), official, ["lines", "value"])
        addsUp(sheetById(report, "method"), official, ["lines", "value"])

        // Unplaced figures are listed, never dropped: an unknown code always shows up as a note row.
        const unknown = ofYear.some((l) => l.commune === "99999" && l.status === "confirmed")
        const noted = sheetById(report, "by-district").rows.some((r) => r.code === "99999" && r.note !== null)
        expect(noted).toBe(unknown)

        // Reconciliation rows add up to the totals computed from the lines.
        const rec = sheetById(report, "reconciliation")
        for (const k of ["declared", "confirmed", "difference"]) expect(sum(rec.rows, k)).toBe(sum(rec.totals, k))
        expect(sum(rec.totals, "confirmed")).toBe(official.value)

        // Summary: every line of the year is in exactly one status row.
        const summary = sheetById(report, "summary").rows
        const counted = [0, 3, 4, 5, 6].reduce((s, i) => s + ((summary[i]!.lines as number) ?? 0), 0)
        expect(counted).toBe(ofYear.length)
        expect(summary[0]!.value).toBe(official.value)
        expect(summary[3]!.value).toBe(status.pledged.value)
        expect(summary[4]!.value).toBe(status.declaredUnconfirmed.value)
      }),
      { numRuns: 150 },
    )
  })
})
