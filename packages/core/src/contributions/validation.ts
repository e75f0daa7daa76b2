/** Validation of contribution lines: every problem, each naming the field and the rule broken. */
import * as Q from "../money/Quantity.ts"
import type { Rounding } from "../money/rounding.ts"
import type { IsoDate } from "../shared/IsoDate.ts"
import { decodeAll, error, type Problem, warning } from "../shared/Problem.ts"
import type { UnitCode } from "../shared/UnitCode.ts"
import type { Checked } from "./Checked.ts"
import { Contribution } from "./Contribution.ts"
import { type Catalogue, categoryNames, findItem, findUnit, unitsOf } from "./catalogue.ts"
import { checkHistory } from "./lifecycle.ts"
import { checkValue, rules as valuationRules } from "./valuation.ts"

/**
 * Which administrative units existed on a date. The admin-units module implements it; any object with this
 * method will do (a test can pass a small table).
 */
export interface UnitsAtDate {
  /** Whether a unit with this code is valid on this date. */
  existsAt(code: UnitCode, date: IsoDate): boolean
}

/** What validation needs. */
export interface ValidationContext {
  readonly catalogue: Catalogue
  readonly units: UnitsAtDate
  /** The rounding valuation used, to check that value = quantity × unit value. */
  readonly rounding: Rounding
}

/** Rule ids of this module. */
export const rules = {
  negativeQuantity: "contribution.quantity.negative",
  zeroQuantity: "contribution.quantity.zero",
  unknownItem: "contribution.item.unknown",
  unknownUnit: "contribution.unit.unknown",
  unitNotAllowed: "contribution.unit.not-allowed-for-item",
  categoryMismatch: "contribution.category.mismatch",
  valueWithoutBasis: "contribution.value.basis-missing",
  communeNotExisting: "contribution.commune.not-existing-on-date",
  workKindMissing: "contribution.work-kind.missing",
  cashNotWhole: "contribution.cash.not-whole-dong",
  confirmedUnvalued: "contribution.confirmed.unvalued",
  evidenceMissing: "contribution.evidence.missing",
} as const

/**
 * Every problem with a decoded line: quantity, item, unit, category, valuation, commune on the date,
 * and its status history (see `lifecycle.ts`).
 *
 * @example
 * ```ts
 * import { Catalogue, Validation } from "@ntm/core/contributions"
 * import { demoUnits, laoCai2022Contributions } from "@ntm/core/demo"
 * const ctx = { catalogue: Catalogue.standardCatalogue, units: demoUnits, rounding: "half-up" } as const
 * Validation.check(laoCai2022Contributions[0]!, ctx) // => []
 * Validation.check({ ...laoCai2022Contributions[0]!, item: "gach" }, ctx).map((p) => p.rule) // => ["contribution.item.unknown"]
 * ```
 */
export const check = (line: Contribution, ctx: ValidationContext): Array<Problem> => {
  const problems: Array<Problem> = []
  if (Q.isNegative(line.quantity))
    problems.push(error(["quantity"], rules.negativeQuantity, `quantity ${Q.format(line.quantity)} is negative`))
  else if (Q.equals(line.quantity, Q.zero)) problems.push(warning(["quantity"], rules.zeroQuantity, "quantity is zero"))

  const entry = findItem(ctx.catalogue, line.item)
  const unitKnown = findUnit(ctx.catalogue, line.unit) !== undefined
  if (entry === undefined) problems.push(error(["item"], rules.unknownItem, `no item "${line.item}" in the catalogue`))
  if (!unitKnown) problems.push(error(["unit"], rules.unknownUnit, `no unit "${line.unit}" in the catalogue`))
  if (entry !== undefined) {
    if (unitKnown && !unitsOf(entry).includes(line.unit))
      problems.push(
        error(
          ["unit"],
          rules.unitNotAllowed,
          `"${entry.code}" is counted in ${unitsOf(entry)
            .map((u) => `"${u}"`)
            .join(" or ")}, not "${line.unit}"`,
        ),
      )
    if (entry.category !== line.category)
      problems.push(
        error(
          ["category"],
          rules.categoryMismatch,
          `"${entry.code}" is in category "${entry.category}" (${categoryNames[entry.category].en}), not "${line.category}"`,
        ),
      )
  }
  if (line.category === "labour" && line.workKind === undefined)
    problems.push(
      error(
        ["workKind"],
        rules.workKindMissing,
        "workdays are valued at the labour rate for the kind of work; name it",
      ),
    )
  if (line.category === "cash" && !Q.isInteger(line.quantity))
    problems.push(error(["quantity"], rules.cashNotWhole, "cash must be a whole number of đồng"))

  if (line.value !== undefined && line.valuation === undefined)
    problems.push(
      error(["valuation", "basis"], rules.valueWithoutBasis, "a value needs a valuation basis and unit value"),
    )
  if (line.valuation?.basis === "face-value" && line.category !== "cash")
    problems.push(
      error(
        ["valuation", "basis"],
        valuationRules.faceValueNotCash,
        `only cash is counted at face value, not "${line.category}"`,
      ),
    )
  if (entry !== undefined && unitKnown && problems.every((p) => p.path[0] !== "unit"))
    problems.push(...checkValue(line, ctx.catalogue, ctx.rounding))

  if (!ctx.units.existsAt(line.commune, line.date))
    problems.push(error(["commune"], rules.communeNotExisting, `commune ${line.commune} did not exist on ${line.date}`))

  problems.push(...checkHistory(line))

  if (line.status === "confirmed" && line.value === undefined)
    problems.push(
      warning(["value"], rules.confirmedUnvalued, "a confirmed line without a value adds nothing to VND totals"),
    )
  if (
    line.valuation !== undefined &&
    (line.valuation.basis === "invoice" || line.valuation.basis === "appraised") &&
    line.evidence.length === 0
  )
    problems.push(
      warning(
        ["evidence"],
        rules.evidenceMissing,
        `a value on basis "${line.valuation.basis}" should cite its evidence`,
      ),
    )
  return problems
}

/**
 * Decodes and validates an untrusted line (e.g. from JSON), reporting every problem: Schema problems
 * (rule `"schema"`) first; if the shape is right, every rule of {@link check}. A line is accepted when
 * it has no error-severity problem; warnings come back with it.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Catalogue, Contribution, Validation } from "@ntm/core/contributions"
 * import { demoUnits, laoCai2022Contributions } from "@ntm/core/demo"
 * const ctx = { catalogue: Catalogue.standardCatalogue, units: demoUnits, rounding: "half-up" } as const
 * const json = Schema.encodeSync(Contribution.Contribution)(laoCai2022Contributions[0]!)
 * Validation.validate(json, ctx).ok // => true
 * Validation.validate({ ...json, quantity: "1e9" }, ctx).ok // => false
 * ```
 */
export const validate = (
  input: unknown,
  ctx: ValidationContext,
): Checked<{ readonly line: Contribution; readonly warnings: Array<Problem> }> => {
  const decoded = decodeAll(Contribution)(input)
  if (!decoded.ok) return decoded
  const problems = check(decoded.value, ctx)
  if (problems.some((p) => p.severity === "error")) return { ok: false, problems }
  return { ok: true, value: { line: decoded.value, warnings: problems } }
}
