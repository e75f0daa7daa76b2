// TypeDoc plugin: names each entry module after the specifier an app imports (`@ntm/core/units`), not its path.
import { Converter, ReflectionKind } from "typedoc"
import { specifiers } from "./published.mjs"

/** @param {import("typedoc").Application} app */
export const load = (app) => {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const specifier = specifiers.get(module.name)
      if (specifier !== undefined) module.name = specifier
    }
  })
}
