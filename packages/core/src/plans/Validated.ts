/** Validation results: decode with every Schema issue, then apply the document's own rules, all as Problems. */
import type { Schema } from "effect"
import { decodeAll, hasErrors, type Problem } from "../shared/Problem.ts"

/** Outcome of validating a document: the value when there is no error, and every problem found. */
export type Validated<A> =
  | { readonly ok: true; readonly value: A; readonly problems: ReadonlyArray<Problem> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

/** Builds a validator from a schema and the rules its decoded value must meet. */
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
