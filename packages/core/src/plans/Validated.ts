/** Validation results: decode with every Schema issue, then apply the document's own rules, all as Problems. */
import type { Schema } from "effect"
import { decodeAll, hasErrors, type Problem } from "../shared/Problem.ts"

/** Outcome of validating a document: the value when there is no error, and every problem found. */
export type Validated<A> =
  | { readonly ok: true; readonly value: A; readonly problems: ReadonlyArray<Problem> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

/**
 * Builds a validator from a schema and the rules its decoded value must meet.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Problem } from "@ntm/core"
 * import { Validated } from "@ntm/core/plans"
 * const validateYear = Validated.validator(Schema.Int, (y) => (y < 2021 ? [Problem.warning([], "year.early", "before the 2021–2025 phase")] : []))
 * validateYear(2020) // => { ok: true, value: 2020, problems: [Problem.warning([], "year.early", "before the 2021–2025 phase")] }
 * validateYear("2020").ok // => false
 * ```
 */
export const validator =
  <S extends Schema.Top & { readonly DecodingServices: never }>(
    schema: S,
    rules: (value: S["Type"]) => ReadonlyArray<Problem>,
  ) =>
  (input: unknown): Validated<S["Type"]> => {
    const decoded = decodeAll(schema)(input)
    if (!decoded.ok) return { ok: false, problems: decoded.problems }
    const problems = rules(decoded.value)
    return hasErrors(problems) ? { ok: false, problems } : { ok: true, value: decoded.value, problems }
  }
