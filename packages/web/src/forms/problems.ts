/** Problems (client-side Schema issues or a server 400's `errors`) placed beside the form field they concern. */
import type { Problem } from "@ntm/core"

/** The key of the form-level bucket: problems no field claims (shown at the top of the form). */
export const FORM = "_form"

/** A problem as shown: the rule broken and the message (the field decides the localized text). */
export interface FieldProblem {
  readonly rule: string
  readonly message: string
}

/** Problems per field key; `FORM` holds the rest. */
export type FieldErrors = Readonly<Record<string, ReadonlyArray<FieldProblem>>>

/** The request slots the API prefixes to a 400's paths (`payload`, `query`, `params`, `headers`). */
const SLOTS = new Set(["payload", "query", "params", "headers"])

/** A path without the request slot a server 400 puts first. */
export const bodyPath = (path: Problem.Path): Problem.Path =>
  typeof path[0] === "string" && SLOTS.has(path[0]) ? path.slice(1) : path

/**
 * Groups errors by the field `fieldOf` names for their path (server slot prefix removed); a path no field claims goes
 * to `FORM`. Warnings are dropped. Every error lands in exactly one bucket, in order.
 *
 * @example
 * fieldErrors([{ severity: "error", path: ["payload", "date"], rule: "r", message: "m" }], (p) => String(p[0]))
 * // { date: [{ rule: "r", message: "m" }] }
 */
export const fieldErrors = (
  problems: ReadonlyArray<Problem.Problem>,
  fieldOf: (path: Problem.Path) => string | undefined,
): FieldErrors => {
  const out: Record<string, Array<FieldProblem>> = {}
  for (const p of problems) {
    if (p.severity !== "error") continue
    const key = fieldOf(bodyPath(p.path)) ?? FORM
    const bucket = out[key] ?? []
    bucket.push({ rule: p.rule, message: p.message })
    out[key] = bucket
  }
  return out
}

/** True when no field has an error. */
export const isClean = (errors: FieldErrors): boolean => Object.values(errors).every((e) => e.length === 0)

/**
 * A `fieldOf` from a table of path prefixes: the longest prefix matching the path wins (`["valuation","unitValue"]`
 * before `["valuation"]`).
 */
export const byPrefix =
  (table: ReadonlyArray<readonly [Problem.Path, string]>) =>
  (path: Problem.Path): string | undefined => {
    let best: { readonly length: number; readonly field: string } | undefined
    for (const [prefix, field] of table) {
      const matches = prefix.length <= path.length && prefix.every((k, i) => String(k) === String(path[i]))
      if (matches && (best === undefined || prefix.length > best.length)) best = { length: prefix.length, field }
    }
    return best?.field
  }

/** `{[key]: value}` trimmed, or nothing when blank — so an empty required field reads "missing", not "malformed". */
export const present = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  (value.trim() === "" ? {} : { [key]: value.trim() }) as Partial<Record<K, string>>
