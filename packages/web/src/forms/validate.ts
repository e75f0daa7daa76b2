/** Validating a form's request with the API's own Schema: every problem, each placed beside its field. */
import { Problem } from "@ntm/core"
import type { Schema } from "effect"
import { type FieldErrors, fieldErrors } from "./problems.ts"

/** A form's request: the decoded payload for the typed client and its JSON body, or the errors per field. */
export type Checked<A> =
  | { readonly ok: true; readonly value: A; readonly body: unknown }
  | { readonly ok: false; readonly errors: FieldErrors }

/**
 * Decodes `body` (the JSON the form built) with `schema`, adding the form's own `extra` problems (e.g. money text
 * that is not whole đồng). Errors are grouped by `fieldOf`.
 *
 * @example
 * checkWith(NewContribution, fieldOf)(body, []) // { ok: true, value, body } or { ok: false, errors }
 */
export const checkWith =
  <S extends Schema.Top & { readonly DecodingServices: never }>(
    schema: S,
    fieldOf: (path: Problem.Path) => string | undefined,
  ) =>
  (body: unknown, extra: ReadonlyArray<Problem.Problem> = []): Checked<S["Type"]> => {
    const r = Problem.decodeAll(schema)(body)
    const problems = [...extra, ...(r.ok ? [] : r.problems)]
    if (r.ok && !Problem.hasErrors(problems)) return { ok: true, value: r.value, body }
    return { ok: false, errors: fieldErrors(problems, fieldOf) }
  }
