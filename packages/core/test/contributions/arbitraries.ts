/** fast-check generators of contribution lines for the property tests. */
import { BigDecimal } from "effect"
import fc from "fast-check"
import type { Contribution, Status, ValuationBasis } from "../../src/contributions/Contribution.ts"
import { standardCatalogue } from "../../src/contributions/catalogue.ts"
import type { Vnd } from "../../src/money/Vnd.ts"
import type { IsoDate } from "../../src/shared/IsoDate.ts"
import { unitCode } from "../../src/shared/UnitCode.ts"

export const statuses: ReadonlyArray<Status> = ["pledged", "delivered", "confirmed", "rejected", "voided"]
const bases: ReadonlyArray<ValuationBasis> = [
  "price-list",
  "invoice",
  "donor-declared",
  "appraised",
  "market-comparable",
]
const communes = ["02794", "02842", "02800", "02677", "02689"].map(unitCode)
const providers = [
  { kind: "agency" as const, id: "a1", name: "Agency 1" },
  { kind: "agency" as const, id: "a2", name: "Agency 2" },
  { kind: "enterprise" as const, id: "e1", name: "Enterprise 1" },
  { kind: "community" as const, id: "c1", name: "Community 1" },
]

/** An exact, non-negative decimal quantity with up to 3 decimals. */
export const quantityArb = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 3 }))
  .map(([v, s]) => BigDecimal.normalize(BigDecimal.make(v, s)))

/** A line with any status and a value up to `maxValue` đồng. */
export const lineArb = (maxValue: bigint = 10n ** 13n, status?: fc.Arbitrary<Status>): fc.Arbitrary<Contribution> =>
  fc
    .record({
      n: fc.nat(),
      provider: fc.constantFrom(...providers),
      commune: fc.constantFrom(...communes),
      year: fc.integer({ min: 2021, max: 2023 }),
      month: fc.integer({ min: 1, max: 12 }),
      item: fc.constantFrom(...standardCatalogue.items),
      quantity: quantityArb,
      value: fc.option(fc.bigInt({ min: 0n, max: maxValue }), { freq: 8 }),
      basis: fc.constantFrom(...bases),
      status: status ?? fc.constantFrom(...statuses),
      programme: fc.constantFrom("ntm" as const, "sustainable-poverty-reduction" as const),
    })
    .map((r): Contribution => {
      const date = `${r.year}-${String(r.month).padStart(2, "0")}-15` as IsoDate
      return {
        id: `l${r.n}`,
        provider: r.provider,
        commune: r.commune,
        date,
        programme: r.programme,
        category: r.item.category,
        item: r.item.code,
        quantity: r.quantity,
        unit: r.item.baseUnit,
        ...(r.value === null
          ? {}
          : {
              valuation: { basis: r.item.category === "cash" ? "face-value" : r.basis, unitValue: 1n as Vnd },
              value: r.value as Vnd,
            }),
        evidence: [],
        status: r.status,
        history: [{ status: r.status, date, by: { kind: "provider", id: r.provider.id } }],
      }
    })
