/** Validation problems: one shape, naming the field path and the rule broken, for every validator in the toolkit. */
import { Schema, SchemaIssue } from "effect"

/** A path into a document: keys and array indexes. */
export type Path = ReadonlyArray<string | number>

/**
 * One problem found while validating a document (lỗi / cảnh báo). `rule` is a stable machine-readable
 * identifier (e.g. `"schema"`, `"pack.duplicate-code"`); `message` explains it to a person.
 */
export const Problem = Schema.Struct({
  severity: Schema.Literals(["error", "warning"]),
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  rule: Schema.String,
  message: Schema.String,
})
export type Problem = typeof Problem.Type

/**
 * An error-severity problem.
 *
 * @example
 * ```ts
 * import { Problem } from "@ntm/core"
 * Problem.error(["criteria", 2, "code"], "pack.duplicate-code", "code 2 is used twice").severity // => "error"
 * ```
 */
export const error = (path: Path, rule: string, message: string): Problem => ({
  severity: "error",
  path: [...path],
  rule,
  message,
})

/**
 * A warning-severity problem: reported, but does not make a document invalid.
 *
 * @example
 * ```ts
 * import { Problem } from "@ntm/core"
 * const w = Problem.warning(["units", 0], "units.example", "reported, not fatal")
 * Problem.hasErrors([w]) // => false
 * ```
 */
export const warning = (path: Path, rule: string, message: string): Problem => ({
  severity: "warning",
  path: [...path],
  rule,
  message,
})

/**
 * True when any problem is an error.
 *
 * @example
 * ```ts
 * import { Problem } from "@ntm/core"
 * Problem.hasErrors([Problem.warning([], "w", "a warning"), Problem.error([], "e", "an error")]) // => true
 * ```
 */
export const hasErrors = (problems: ReadonlyArray<Problem>): boolean => problems.some((p) => p.severity === "error")

const standard = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Every issue of a Schema decoding failure, as problems with rule `"schema"`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Problem } from "@ntm/core"
 * const r = Schema.decodeUnknownResult(Schema.Struct({ year: Schema.Number }))({ year: "2024" })
 * const problems = r._tag === "Failure" ? Problem.fromSchemaIssue(r.failure.issue, ["input"]) : []
 * problems.map((p) => [Problem.formatPath(p.path), p.rule]) // => [["input.year", "schema"]]
 * ```
 */
export const fromSchemaIssue = (issue: SchemaIssue.Issue, prefix: Path = []): Array<Problem> =>
  standard(issue).issues.map((i) =>
    error(
      [...prefix, ...(i.path ?? []).map((k) => (typeof k === "object" && k !== null ? String(k.key) : k))].map((k) =>
        typeof k === "symbol" ? String(k) : k,
      ),
      "schema",
      i.message,
    ),
  )

/**
 * Renders a path the way people read it: `criteria[2].indicators[0].code`.
 *
 * @example
 * ```ts
 * import { Problem } from "@ntm/core"
 * Problem.formatPath(["criteria", 2, "indicators", 0, "code"]) // => "criteria[2].indicators[0].code"
 * ```
 */
export const formatPath = (path: Path): string =>
  path.reduce<string>((acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc === "" ? k : `${acc}.${k}`), "")

/**
 * Renders a problem on one line: `error criteria[2].code: pack.duplicate-code — …`.
 *
 * @example
 * ```ts
 * import { Problem } from "@ntm/core"
 * const p = Problem.error(["units", 5, "parent"], "units.unknown-parent", "parent 998 is not a unit of the dataset")
 * Problem.formatProblem(p) // => "error units[5].parent: units.unknown-parent — parent 998 is not a unit of the dataset"
 * ```
 */
export const formatProblem = (p: Problem): string =>
  `${p.severity} ${formatPath(p.path) || "(document)"}: ${p.rule} — ${p.message}`

/**
 * Decodes unknown input with every issue collected.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Problem } from "@ntm/core"
 * const r = Problem.decodeAll(Schema.Struct({ a: Schema.Number, b: Schema.String }))({ a: "x" })
 * r.ok ? [] : r.problems.map((p) => Problem.formatPath(p.path)) // => ["a", "b"]
 * ```
 */
export const decodeAll =
  <S extends Schema.Top & { readonly DecodingServices: never }>(schema: S) =>
  (input: unknown): { ok: true; value: S["Type"] } | { ok: false; problems: Array<Problem> } => {
    const exit = Schema.decodeUnknownExit(schema)(input, { errors: "all" })
    if (exit._tag === "Success") return { ok: true, value: exit.value }
    const failure = exit.cause.reasons.find((r) => r._tag === "Fail")
    if (failure !== undefined && failure._tag === "Fail" && Schema.isSchemaError(failure.error)) {
      return { ok: false, problems: fromSchemaIssue(failure.error.issue) }
    }
    return { ok: false, problems: [error([], "schema", String(exit.cause))] }
  }
