/** Administrative units (đơn vị hành chính) as of a date, one unit with its parent and children, and lineage. */
import { IsoDate } from "@ntm/core"
import { Level, Unit } from "@ntm/core/units"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { Forbidden, NotFound } from "../http/problems.ts"
import { errors } from "./errors.ts"

const Code = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{2,5}$/u)))

/** The units group: reads of the caller's province registry (`reference:read`). */
export class UnitsApi extends HttpApiGroup.make("units")
  .add(
    HttpApiEndpoint.get("list", "/units", {
      query: { date: IsoDate.IsoDate, level: Schema.optionalKey(Level), parent: Schema.optionalKey(Code) },
      success: Schema.Struct({ items: Schema.Array(Unit) }),
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/units/:code", {
      params: { code: Code },
      query: { date: IsoDate.IsoDate },
      success: Schema.Struct({ unit: Unit, parent: Schema.optionalKey(Unit), children: Schema.Array(Unit) }),
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("lineage", "/units/:code/lineage", {
      params: { code: Code },
      query: {
        date: IsoDate.IsoDate,
        /** Successors: the units valid on `at` that this unit became. */
        at: Schema.optionalKey(IsoDate.IsoDate),
        /** Predecessors as of `earlier`; without it, the direct predecessors (the `from` side of its events). */
        earlier: Schema.optionalKey(IsoDate.IsoDate),
      },
      success: Schema.Struct({
        unit: Unit,
        successors: Schema.optionalKey(Schema.Array(Unit)),
        predecessors: Schema.Array(Unit),
      }),
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
