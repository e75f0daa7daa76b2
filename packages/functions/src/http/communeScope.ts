/** The authorization scope of a commune named in a request, completed from the unit registry where it knows the commune. */

import { IsoDate } from "@ntm/core"
import type { Scope } from "@ntm/core/authz"
import { ancestorAt } from "@ntm/core/units"
import { Effect } from "effect"
import { UnitRegistries } from "../reference/units.ts"

/**
 * `{province, district?, commune}` for a commune on `date`. When the province's registry knows the commune, its
 * district comes from there (so district viewers are authorized), and a commune of another province keeps that
 * province (so the policy refuses it). Unknown communes keep the province named in the request.
 *
 * @example
 * const scope = yield* communeScope("10", "02839", isoDate("2026-01-01"))
 */
export const communeScope = (province: string, commune: string, date: IsoDate.IsoDate): Effect.Effect<Scope> =>
  Effect.gen(function* () {
    const registry = (yield* UnitRegistries).get(province)
    if (registry === undefined) return { province, commune }
    const district = ancestorAt(registry, commune, date, "district")?.code
    const owner = ancestorAt(registry, commune, date, "province")?.code
    return {
      province: owner ?? province,
      commune,
      ...(district === undefined ? {} : { district }),
    }
  })

/** Today's date from an epoch-millisecond clock reading. */
export const dateOf = (epochMs: number): IsoDate.IsoDate =>
  IsoDate.isoDate(new Date(epochMs).toISOString().slice(0, 10))
