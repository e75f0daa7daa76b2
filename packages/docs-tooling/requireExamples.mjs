// TypeDoc plugin: every documented function of @ntm/core carries an `@example` block, checked with the other validations.
import { Application, ReflectionKind } from "typedoc"

/**
 * A function declaration, or a constant whose value is a function (e.g. `validator(schema, rules)`).
 *
 * @param {import("typedoc").DeclarationReflection} r
 */
const isFunction = (r) =>
  r.kind === ReflectionKind.Function ||
  (r.type?.type === "reflection" && (r.type.declaration.signatures?.length ?? 0) > 0)

/**
 * The functions of `project` (declared, or constants holding one) whose comment, on the declaration or on any of its
 * signatures, has no `@example`.
 *
 * @param {import("typedoc").ProjectReflection} project
 * @returns {import("typedoc").DeclarationReflection[]}
 */
export const functionsWithoutExample = (project) =>
  /** @type {import("typedoc").DeclarationReflection[]} */ (
    project.getReflectionsByKind(ReflectionKind.Function | ReflectionKind.Variable)
  ).filter(
    (fn) => isFunction(fn) && ![fn, ...(fn.signatures ?? [])].some((r) => r.comment?.getTag("@example") !== undefined),
  )

/**
 * Adds the `@example` requirement to TypeDoc's validation run, as a validation warning naming the function and its file.
 *
 * @param {import("typedoc").Application} app
 */
export const requireExamples = (app) => {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const fn of functionsWithoutExample(project)) {
      const file = project.getSymbolIdFromReflection(fn)?.packagePath ?? "?"
      app.logger.validationWarning(
        `${fn.getFriendlyFullName()}, defined in ${file}, has no @example in its doc comment`,
      )
    }
  })
}
