/** Administrative unit codes: official GSO codes, plus commune-scoped codes for villages, which have none. */
import { Schema } from "effect"

/**
 * A unit code (mã đơn vị hành chính): the GSO code of a province (2 digits), a district-level unit (3 digits)
 * or a commune-level unit (5 digits); a village (thôn, bản) has no GSO code, so it is `<commune code>-<local id>`.
 * Codes can be reused by a successor unit, so a code alone never identifies a unit across dates.
 */
export const UnitCode = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^(\d{2}|\d{3}|\d{5}|\d{5}-[0-9A-Za-z]{1,16})$/u, {
      message: "must be a GSO code (2, 3 or 5 digits) or a village code <5-digit commune code>-<id>",
    }),
  ),
  Schema.brand("UnitCode"),
)
export type UnitCode = typeof UnitCode.Type

/**
 * Builds a UnitCode from a literal, throwing on a malformed one. Meant for data written in code.
 *
 * @example
 * ```ts
 * import { UnitCode } from "@ntm/core"
 * UnitCode.unitCode("02794") // => "02794"
 * // UnitCode.unitCode("2794") throws: a GSO code has 2, 3 or 5 digits
 * ```
 */
export const unitCode = (s: string): UnitCode => Schema.decodeUnknownSync(UnitCode)(s)
