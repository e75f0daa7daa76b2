/** Money targets: progress from the ledger's confirmed đồng — never more than the ledger's confirmed lines sum to. */
import { IsoDate, UnitCode } from "@ntm/core"
import { Lifecycle } from "@ntm/core/contributions"
import { laoCai2022Contributions } from "@ntm/core/demo"
import { programmeHierarchy } from "@ntm/core/integration"
import { Vnd } from "@ntm/core/money"
import { RollUp, type Target, TargetActual } from "@ntm/core/plans"
import { laoCaiRegistry } from "@ntm/core/units"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ledgerYears, targetActualsOf } from "../src/reference/targetProgress.ts"

const FIRST = Date.UTC(2022, 0, 1)
const day = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((n) => IsoDate.isoDate(new Date(FIRST + n * 86_400_000).toISOString().slice(0, 10)))
// Xã of Thành phố Lào Cai (080), Tả Thàng (Mường Khương), and Phường Duyên Hải (a ward: outside the programme base).
const communes = ["02746", "02662", "02794", "02635"].map(UnitCode.unitCode)
const line = fc
  .record({
    base: fc.constantFrom(...laoCai2022Contributions),
    commune: fc.constantFrom(...communes),
    date: day,
    status: fc.constantFrom("pledged", "delivered", "confirmed", "rejected", "voided" as const),
    value: fc.option(fc.bigInt({ min: 0n, max: 10n ** 13n }), { nil: undefined }),
  })
  .map(({ base, commune, date, status, value }) => {
    const { value: _v, ...rest } = base
    return { ...rest, commune, date, status, ...(value === undefined ? {} : { value: Vnd.vnd(value) }) }
  })
const yearPeriod = (y: number) => ({ start: IsoDate.isoDate(`${y}-01-01`), end: IsoDate.isoDate(`${y}-12-31`) })
const target = fc
  .record({
    scope: fc.constantFrom("10", "080", "02746", "02635"),
    cumulative: fc.boolean(),
    years: fc.uniqueArray(fc.integer({ min: 2022, max: 2024 }), { minLength: 1, maxLength: 3 }),
  })
  .map(
    ({ scope, cumulative, years }): Target.Target => ({
      id: "t",
      title: { vi: "Huy động (minh họa)", en: "Mobilised (illustrative)" },
      scope: UnitCode.unitCode(scope),
      indicator: { _tag: "MoneyMobilised" },
      cumulative,
      periods: [...years]
        .sort()
        .map((y) => ({ period: yearPeriod(y), values: [{ value: 1_000_000n, source: "minh họa" }] })),
    }),
  )

const sumConfirmed = (
  lines: ReadonlyArray<{ status: string; date: string; value?: bigint }>,
  p: { start: string; end: string },
) =>
  lines
    .filter((l) => Lifecycle.officialStatuses.includes(l.status as never) && l.date >= p.start && l.date <= p.end)
    .reduce((s, l) => s + (l.value ?? 0n), 0n)

describe("money target actuals", () => {
  it("never exceed the confirmed đồng the ledger sums in the window; province-wide they equal the programme leaves' sum", () => {
    const hierarchy = programmeHierarchy(laoCaiRegistry)
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), target, (lines, t) => {
        const rows = targetActualsOf(t, { registry: laoCaiRegistry, statuses: [], lines, statusPolicy: "same-year" })
        expect(rows).toHaveLength(t.periods.length)
        const years = ledgerYears(t)!
        for (const [i, row] of rows.entries()) {
          const window = TargetActual.flowWindow(t, t.periods[i]!.period)
          expect(years.first <= IsoDate.yearOf(window.start) && IsoDate.yearOf(window.end) <= years.last).toBe(true)
          expect(typeof row.actual).toBe("bigint")
          const actual = row.actual as bigint
          expect(actual >= 0n).toBe(true)
          expect(actual <= sumConfirmed(lines, window)).toBe(true)
          if (t.scope === "10") {
            const leaves = new Set<string>(RollUp.leavesAt(hierarchy, t.scope, window.end))
            expect(actual).toBe(
              sumConfirmed(
                lines.filter((l) => leaves.has(l.commune)),
                window,
              ),
            )
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it("other indicators read no ledger years", () => {
    const t: Target.Target = {
      id: "n",
      title: { vi: "Số xã NTM", en: "NTM communes" },
      scope: UnitCode.unitCode("10"),
      indicator: { _tag: "CommunesAtTier", tier: "ntm", match: "at-least" },
      cumulative: false,
      periods: [{ period: yearPeriod(2024), values: [{ value: 3, source: "minh họa" }] }],
    }
    expect(ledgerYears(t)).toBeUndefined()
  })
})
