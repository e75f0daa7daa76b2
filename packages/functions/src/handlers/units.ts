/** Handlers of the units group: registry queries at a date (core `units`), no database. */
import { Api, CurrentPrincipal, NotFound } from "@ntm/api"
import {
  childrenAt,
  levelOfUnit,
  parentAt,
  predecessorsAt,
  predecessorsOf,
  successorsAt,
  type UnitRegistry,
  unitAt,
  unitsAt,
} from "@ntm/core/units"
import { Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { authorizeReferenceRead } from "../http/reference.ts"
import { UnitRegistries } from "../reference/units.ts"

/** The registry of the caller's province (404 when this deployment holds none). */
const registry: Effect.Effect<UnitRegistry, NotFound, CurrentPrincipal> = Effect.gen(function* () {
  const principal = yield* CurrentPrincipal
  const province = principal.role === "public" ? "" : principal.province
  const found = (yield* UnitRegistries).get(province)
  if (found === undefined) {
    return yield* new NotFound({ detail: `No unit registry for province ${province}`, entityType: "UnitRegistry" })
  }
  return found
})

const noUnit = (code: string, date: string) =>
  new NotFound({ detail: `No unit ${code} on ${date}`, entityType: "Unit", id: code })

/** The units group. */
export const UnitsLive = HttpApiBuilder.group(Api, "units", (handlers) =>
  handlers
    .handle("list", ({ query }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const r = yield* registry
        if (query.parent !== undefined) {
          if (unitAt(r, query.parent, query.date) === undefined) return yield* noUnit(query.parent, query.date)
          const children = childrenAt(r, query.parent, query.date)
          const level = query.level
          return { items: level === undefined ? children : children.filter((u) => levelOfUnit(u) === level) }
        }
        return { items: unitsAt(r, query.date, query.level) }
      }),
    )
    .handle("get", ({ params, query }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const r = yield* registry
        const unit = unitAt(r, params.code, query.date)
        if (unit === undefined) return yield* noUnit(params.code, query.date)
        const parent = parentAt(r, params.code, query.date)
        return { unit, ...(parent === undefined ? {} : { parent }), children: childrenAt(r, params.code, query.date) }
      }),
    )
    .handle("lineage", ({ params, query }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const r = yield* registry
        const unit = unitAt(r, params.code, query.date)
        if (unit === undefined) return yield* noUnit(params.code, query.date)
        return {
          unit,
          ...(query.at === undefined ? {} : { successors: successorsAt(r, params.code, query.date, query.at) }),
          predecessors:
            query.earlier === undefined
              ? predecessorsOf(r, params.code, query.date)
              : predecessorsAt(r, params.code, query.date, query.earlier),
        }
      }),
    ),
)
