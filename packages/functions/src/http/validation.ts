/** Turns request decoding failures into a 400 problem listing every field path and the rule it broke. */
import { InvalidRequest, type ProblemEntry, RequestValidation } from "@ntm/api"
import { Effect, type SchemaIssue as Issue, SchemaIssue } from "effect"
import { HttpApiMiddleware } from "effect/http-api"

const SEP = "\u0001"

const kebab = (tag: string): string => tag.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? c : `-${c}`)).toLowerCase()

/** The rule a failed check broke: `isMinLength`, `isPattern`, … or a custom check's `identifier`. */
const filterRule = (issue: Issue.Filter): string => {
  const a = issue.filter.annotations as
    | { readonly representation?: { readonly id?: unknown }; readonly identifier?: unknown }
    | undefined
  const id = a?.representation?.id
  if (typeof id === "string") return id.replace(/^effect\/schema\//, "")
  return typeof a?.identifier === "string" ? a.identifier : "check"
}

const filterExpected = (issue: Issue.Filter): string => {
  const expected = (issue.filter.annotations as { readonly expected?: unknown } | undefined)?.expected
  return typeof expected === "string" ? `Expected ${expected}` : "Expected a valid value"
}

const format = SchemaIssue.makeFormatterStandardSchemaV1({
  leafHook: (issue) => `${kebab(issue._tag)}${SEP}${SchemaIssue.defaultLeafHook(issue)}`,
  checkHook: (issue) => `${filterRule(issue)}${SEP}${SchemaIssue.defaultCheckHook(issue) ?? filterExpected(issue)}`,
})

/**
 * Every issue of a Schema failure as problem entries `{path, rule, message}`; `prefix` names the request slot.
 *
 * @example
 * problemsOfIssue(err.issue, ["payload"]) // → [{ path: ["payload", "name"], rule: "isMinLength", … }]
 */
export const problemsOfIssue = (issue: Issue.Issue, prefix: ReadonlyArray<string | number> = []): Array<ProblemEntry> =>
  format(issue).issues.map((i) => {
    const at = i.message.indexOf(SEP)
    const rule = at < 0 ? "schema" : i.message.slice(0, at)
    const message = at < 0 ? i.message : i.message.slice(at + 1)
    const path = (i.path ?? []).map((k) => {
      const key = typeof k === "object" && k !== null ? k.key : k
      return typeof key === "number" ? key : String(key)
    })
    return { severity: "error" as const, path: [...prefix, ...path], rule, message }
  })

/** The implementation of @ntm/api's `RequestValidation`: request slots become 400s; a response that fails to encode is a defect (→ 500 problem). */
export const RequestValidationLive = HttpApiMiddleware.layerSchemaErrorTransform(RequestValidation, (error) =>
  error.kind === "Body" || error.kind === "ResponseHeaders"
    ? Effect.die(error)
    : Effect.fail(
        new InvalidRequest({
          detail: "Request validation failed",
          errors: problemsOfIssue(error.cause.issue, [error.kind.toLowerCase()]),
        }),
      ),
)
