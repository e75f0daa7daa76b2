/** Unit conversions for an item (kg ↔ t), exact, and only where the catalogue allows them. */
import { BigDecimal } from "effect"
import * as Q from "../money/Quantity.ts"
import { error, type Problem } from "../shared/Problem.ts"
import type { Checked } from "./Checked.ts"
import { type Catalogue, findItem, findUnit } from "./catalogue.ts"

const factorToBase = (catalogue: Catalogue, itemCode: string, unit: string): Q.Quantity | undefined => {
  const entry = findItem(catalogue, itemCode)
  if (entry === undefined) return undefined
  if (unit === entry.baseUnit) return BigDecimal.fromBigInt(1n)
  return entry.conversions.find((c) => c.unit === unit)?.toBase
}

/**
 * Converts a quantity of an item from one unit to another, exactly. Refuses (rule `catalogue.unit.no-conversion`)
 * when the catalogue gives no conversion between the two units for that item, e.g. sets ↔ tonnes.
 *
 * @example
 * ```ts
 * import { Catalogue, Conversion } from "@ntm/core/contributions"
 * import { Quantity } from "@ntm/core/money"
 * const r = Conversion.convert(Catalogue.standardCatalogue, "xi-mang", Quantity.quantity("2500"), "kg", "t")
 * r.ok && Quantity.format(r.value) // => "2.5"
 * ```
 */
export const convert = (
  catalogue: Catalogue,
  itemCode: string,
  amount: Q.Quantity,
  from: string,
  to: string,
): Checked<Q.Quantity> => {
  if (from === to) return { ok: true, value: amount }
  const problems: Array<Problem> = []
  if (findItem(catalogue, itemCode) === undefined)
    problems.push(error(["item"], "catalogue.item.unknown", `no item "${itemCode}" in the catalogue`))
  for (const unit of [from, to])
    if (findUnit(catalogue, unit) === undefined)
      problems.push(error(["unit"], "catalogue.unit.unknown", `no unit "${unit}" in the catalogue`))
  if (problems.length > 0) return { ok: false, problems }
  const f = factorToBase(catalogue, itemCode, from)
  const t = factorToBase(catalogue, itemCode, to)
  if (f === undefined || t === undefined)
    return {
      ok: false,
      problems: [
        error(
          ["unit"],
          "catalogue.unit.no-conversion",
          `the catalogue gives no conversion from "${from}" to "${to}" for item "${itemCode}"`,
        ),
      ],
    }
  const base = Q.multiply(amount, f)
  const out = BigDecimal.divide(base, t)
  if (out._tag === "None") throw new RangeError("conversion factor is zero")
  return { ok: true, value: BigDecimal.normalize(out.value) }
}
