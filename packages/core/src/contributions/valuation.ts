/** Valuation (quy ra tiền): the price in force on the line's date, labour at the rate for the kind of work, and the far-from-price-list flag. */
import type { Rounding } from "../money/rounding.ts"
import * as V from "../money/Vnd.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import { isWithin } from "../shared/IsoDate.ts"
import { error, type Problem, warning } from "../shared/Problem.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import type { Checked } from "./Checked.ts"
import type { Contribution, Valuation } from "./Contribution.ts"
import type { Catalogue } from "./catalogue.ts"
import { convert } from "./conversion.ts"
import type { PriceEntry, PriceList } from "./priceList.ts"

/** Rule ids of this module. */
export const rules = {
  noPrice: "valuation.no-price",
  ambiguousPrice: "valuation.ambiguous-price",
  farFromPriceList: "valuation.far-from-price-list",
  valueMismatch: "valuation.value-mismatch",
  faceValueNotCash: "valuation.face-value-not-cash",
} as const

/** What to look up in a price list. */
export interface PriceQuery {
  readonly item: string
  readonly date: IsoDate
  readonly workKind?: string | undefined
  readonly zone?: string | undefined
}

/**
 * The price in force for an item on a date: entries whose [validFrom, validTo) holds the date and whose
 * `workKind` and `zone`, when set, equal the query's. The most specific entry wins (work kind and zone
 * both matched beats one, beats none); two equally specific entries are ambiguous and refused.
 *
 * @example
 * ```ts
 * import { IsoDate } from "@ntm/core"
 * import { Valuation } from "@ntm/core/contributions"
 * import { laoCai2022PriceList } from "@ntm/core/demo"
 * // The demo list's ILLUSTRATIVE cement price
 * const r = Valuation.priceAt(laoCai2022PriceList, { item: "xi-mang", date: IsoDate.isoDate("2022-06-01") })
 * r.ok && r.value.unitValue // => 1500000n
 * ```
 */
export const priceAt = (list: PriceList, query: PriceQuery): Checked<PriceEntry> => {
  let best: Array<PriceEntry> = []
  let bestScore = -1
  for (const e of list.entries) {
    if (e.item !== query.item || !isWithin(query.date, e.validFrom, e.validTo)) continue
    if (e.workKind !== undefined && e.workKind !== query.workKind) continue
    if (e.zone !== undefined && e.zone !== query.zone) continue
    const score = (e.workKind !== undefined ? 2 : 0) + (e.zone !== undefined ? 1 : 0)
    if (score > bestScore) {
      best = [e]
      bestScore = score
    } else if (score === bestScore) best.push(e)
  }
  const where = `item "${query.item}" on ${query.date}${query.workKind ? `, work kind "${query.workKind}"` : ""}${query.zone ? `, zone "${query.zone}"` : ""}`
  if (best.length === 0)
    return {
      ok: false,
      problems: [error(["valuation"], rules.noPrice, `price list "${list.id}" has no price for ${where}`)],
    }
  if (best.length > 1)
    return {
      ok: false,
      problems: [
        error(
          ["valuation"],
          rules.ambiguousPrice,
          `price list "${list.id}" has ${best.length} equally specific prices for ${where}`,
        ),
      ],
    }
  return { ok: true, value: best[0]! }
}

/**
 * The value of a line from its valuation: quantity (converted to the unit the unit value is quoted per)
 * × unit value, rounded once to whole đồng with the given mode.
 *
 * @example
 * ```ts
 * import { Catalogue, Valuation } from "@ntm/core/contributions"
 * import { Quantity, Vnd } from "@ntm/core/money"
 * // 343 t of cement at the demo price list's ILLUSTRATIVE 1,500,000 đồng/t
 * const cement = { item: "xi-mang", quantity: Quantity.quantity("343"), unit: "t" }
 * Valuation.lineValue(cement, { basis: "price-list", unitValue: Vnd.vnd(1_500_000) }, Catalogue.standardCatalogue, "half-up") // => { ok: true, value: 514500000n }
 * ```
 */
export const lineValue = (
  line: Pick<Contribution, "item" | "quantity" | "unit">,
  valuation: Valuation,
  catalogue: Catalogue,
  rounding: Rounding,
): Checked<V.Vnd> => {
  const q = convert(catalogue, line.item, line.quantity, line.unit, valuation.unit ?? line.unit)
  if (!q.ok) return q
  return { ok: true, value: V.multiply(valuation.unitValue, q.value, rounding) }
}

/**
 * True when `amount` differs from `reference` by more than `tolerancePercent` percent of the reference
 * (exact integer arithmetic; a zero reference flags any non-zero amount).
 *
 * @example
 * ```ts
 * import { Valuation } from "@ntm/core/contributions"
 * Valuation.isFarFrom(125_000n, 100_000n, 20) // => true
 * Valuation.isFarFrom(120_000n, 100_000n, 20) // => false
 * ```
 */
export const isFarFrom = (amount: bigint, reference: bigint, tolerancePercent: number): boolean => {
  if (!Number.isInteger(tolerancePercent) || tolerancePercent < 0)
    throw new RangeError("tolerancePercent must be a whole number ≥ 0")
  const diff = amount > reference ? amount - reference : reference - amount
  return diff * 100n > BigInt(tolerancePercent) * reference
}

/** What valuation needs: the catalogue, the province's price list, the rounding and the flag tolerance. */
export interface ValuationContext {
  readonly catalogue: Catalogue
  readonly priceList: PriceList
  /** How a fractional product becomes whole đồng; see `money/rounding.ts`. */
  readonly rounding: Rounding
  /**
   * How far (in percent of the price-list value) a declared or non-price-list value may be before it is
   * flagged. A policy choice of the province; the toolkit has no default.
   */
  readonly tolerancePercent: number
  /** The price zone of a commune on a date (e.g. its minimum-wage region), for zone-specific prices. */
  readonly zoneOf?: (commune: UnitCode, date: IsoDate) => string | undefined
}

/** A line after valuation (quy ra tiền), with the problems (errors) and flags (warnings) found. */
export interface Valued {
  readonly line: Contribution
  readonly problems: Array<Problem>
}

const priceListValuation = (entry: PriceEntry, line: Contribution, list: PriceList): Valuation => ({
  basis: "price-list",
  unitValue: entry.unitValue,
  ...(entry.unit !== line.unit ? { unit: entry.unit } : {}),
  priceListId: list.id,
})

const withValue = (line: Contribution, valuation: Valuation, value: V.Vnd): Contribution => ({
  ...line,
  valuation,
  value,
})

/**
 * Values (or re-values) a line. The rules:
 * 1. Cash is counted at face value: 1 đồng per đồng (`face-value`).
 * 2. A line with no valuation, or one on `price-list`, takes the price in force on the line's date from the
 *    province's list; labour takes the rate for its `workKind`, and zone-specific prices apply by `zoneOf`.
 * 3. A line valued on another basis (invoice, donor-declared, appraised, market-comparable) keeps its unit value;
 *    its value is recomputed and compared with the price list when the list has the item.
 * 4. value = quantity × unit value, rounded once with the context's rounding.
 * 5. A declared value (or a non-price-list value) more than `tolerancePercent` away from the price-list value
 *    is flagged with a warning (`valuation.far-from-price-list`); it is not changed.
 * Re-valuing a valued line with the same context returns the same line (idempotent).
 *
 * @example
 * ```ts
 * import { Catalogue, Valuation } from "@ntm/core/contributions"
 * import { laoCai2022Contributions, laoCai2022PriceList } from "@ntm/core/demo"
 * // tolerancePercent is a provincial policy; 20 is ILLUSTRATIVE
 * const ctx = { catalogue: Catalogue.standardCatalogue, priceList: laoCai2022PriceList, rounding: "half-up", tolerancePercent: 20 } as const
 * const gifts = laoCai2022Contributions.find((l) => l.item === "suat-qua")!
 * const { line, problems } = Valuation.revalue(gifts, ctx)
 * line.value === gifts.value // => true
 * problems // => []
 * ```
 */
export const revalue = (line: Contribution, ctx: ValuationContext): Valued => {
  const problems: Array<Problem> = []
  if (line.category === "cash") {
    const valuation: Valuation = { basis: "face-value", unitValue: V.vnd(1) }
    const value = lineValue(line, valuation, ctx.catalogue, ctx.rounding)
    if (!value.ok) return { line, problems: value.problems }
    return { line: withValue(line, valuation, value.value), problems }
  }
  if (line.valuation?.basis === "face-value")
    problems.push(
      error(
        ["valuation", "basis"],
        rules.faceValueNotCash,
        `only cash is counted at face value, not "${line.category}"`,
      ),
    )

  const zone = ctx.zoneOf?.(line.commune, line.date)
  const price = priceAt(ctx.priceList, { item: line.item, date: line.date, workKind: line.workKind, zone })
  // The price-list value of the line: the accepted value for price-list lines, the reference for the flag otherwise.
  const reference: Checked<V.Vnd> = price.ok
    ? lineValue(line, priceListValuation(price.value, line, ctx.priceList), ctx.catalogue, ctx.rounding)
    : price

  let valued: Contribution
  if (line.valuation === undefined || line.valuation.basis === "price-list") {
    if (!price.ok || !reference.ok)
      return { line, problems: [...problems, ...(reference.ok ? [] : reference.problems)] }
    valued = withValue(line, priceListValuation(price.value, line, ctx.priceList), reference.value)
  } else {
    const own = lineValue(line, line.valuation, ctx.catalogue, ctx.rounding)
    if (!own.ok) return { line, problems: [...problems, ...own.problems] }
    valued = withValue(line, line.valuation, own.value)
    if (reference.ok && isFarFrom(own.value, reference.value, ctx.tolerancePercent))
      problems.push(
        warning(
          ["valuation", "unitValue"],
          rules.farFromPriceList,
          `${line.valuation.basis} value ${own.value} đồng is more than ${ctx.tolerancePercent}% from the price-list value ${reference.value} đồng`,
        ),
      )
  }
  if (
    line.declaredValue !== undefined &&
    reference.ok &&
    isFarFrom(line.declaredValue, reference.value, ctx.tolerancePercent)
  )
    problems.push(
      warning(
        ["declaredValue"],
        rules.farFromPriceList,
        `declared value ${line.declaredValue} đồng is more than ${ctx.tolerancePercent}% from the price-list value ${reference.value} đồng`,
      ),
    )
  return { line: valued, problems }
}

/**
 * A line's recorded value checked against its own valuation (rule `valuation.value-mismatch`).
 *
 * @example
 * ```ts
 * import { Catalogue, Valuation } from "@ntm/core/contributions"
 * import { laoCai2022Contributions } from "@ntm/core/demo"
 * import { Vnd } from "@ntm/core/money"
 * const line = laoCai2022Contributions[0]!
 * Valuation.checkValue(line, Catalogue.standardCatalogue, "half-up") // => []
 * Valuation.checkValue({ ...line, value: Vnd.vnd(1) }, Catalogue.standardCatalogue, "half-up").map((p) => p.rule) // => ["valuation.value-mismatch"]
 * ```
 */
export const checkValue = (line: Contribution, catalogue: Catalogue, rounding: Rounding): Array<Problem> => {
  if (line.valuation === undefined || line.value === undefined) return []
  const expected = lineValue(line, line.valuation, catalogue, rounding)
  if (!expected.ok) return expected.problems
  return expected.value === line.value
    ? []
    : [
        error(
          ["value"],
          rules.valueMismatch,
          `value ${line.value} đồng differs from quantity × unit value = ${expected.value} đồng`,
        ),
      ]
}
