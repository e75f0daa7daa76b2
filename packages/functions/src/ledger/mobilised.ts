/** Money mobilised (huy động) from the ledger: a province's confirmed lines of some years, read by key, as core's `MobilisedMoney`. */

import type { Unavailable } from "@ntm/api"
import { type Contribution, Lifecycle } from "@ntm/core/contributions"
import { mobilisedMoney } from "@ntm/core/integration"
import type { Inputs } from "@ntm/core/plans"
import { Effect } from "effect"
import type { Dynamo } from "../table/Dynamo.ts"
import { ContributionEntity } from "../table/entities/Contribution.ts"
import { allContributions } from "../table/ledgerQueries.ts"

/**
 * The province's lines counted in official totals (confirmed by the receiving commune) dated in the years
 * `first`…`last`: one C7 Query per year and official status (`LEDGER#<province>#<year>` /
 * `CONTRIBUTION#<status>#…`), all pages. Lines filed under another province are left out.
 */
export const officialLines = (
  province: string,
  first: number,
  last: number,
): Effect.Effect<Array<Contribution.Contribution>, Unavailable, Dynamo> =>
  Effect.gen(function* () {
    const out: Array<Contribution.Contribution> = []
    for (let year = first; year <= last; year++) {
      for (const status of Lifecycle.officialStatuses) {
        const q = ContributionEntity.query("byYear", { province, year: String(year), status })
        const lines = yield* allContributions(q).pipe(Effect.catchTag("InvalidRequest", Effect.die))
        for (const l of lines) if (l.province === province) out.push(l)
      }
    }
    return out
  })

/**
 * Core's `MobilisedMoney` over the province's official lines of the years `first`…`last` (exact `bigint` đồng per
 * commune and date range; see `Integration.mobilisedMoney`).
 *
 * @example
 * const money = yield* officialMoney("10", 2022, 2022)
 * money(unitCode("02794"), isoDate("2022-01-01"), isoDate("2022-12-31")) // confirmed đồng of Tả Thàng in 2022
 */
export const officialMoney = (
  province: string,
  first: number,
  last: number,
): Effect.Effect<Inputs.MobilisedMoney, Unavailable, Dynamo> =>
  Effect.map(officialLines(province, first, last), (lines) => mobilisedMoney(lines))
