// TypeDoc plugin: every documented function of @ntm/core carries an `@example` block, checked with the other validations.
import { Application, ReflectionKind } from "typedoc"

/**
 * The functions of `project` whose comment (on the declaration or on any of its signatures) has no `@example`.
 *
 * @param {import("typedoc").ProjectReflection} project
 * @returns {import("typedoc").DeclarationReflection[]}
 */
export const functionsWithoutExample = (project) =>
  /** @type {import("typedoc").DeclarationReflection[]} */ (
    project.getReflectionsByKind(ReflectionKind.Function)
  ).filter((fn) => ![fn, ...(fn.signatures ?? [])].some((r) => r.comment?.getTag("@example") !== undefined))

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
