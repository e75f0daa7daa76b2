/** The policy's assignment facts read from stored assignments: the communes an agency helps today. */
import type { StoredAssignment, Unavailable } from "@ntm/api"
import type { Assignment } from "@ntm/core/authz"
import { Effect, Layer } from "effect"
import { dateOf } from "../http/communeScope.ts"
import { PolicyFacts } from "../http/requestContext.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { AssignmentEntity } from "../table/entities/Assignment.ts"
import { listAll } from "../table/repository.ts"
import { Clock } from "./Clock.ts"

/** Every stored assignment of a helper (all pages of the gsi2 `HELPER#<helper>` query). */
export const assignmentsOfHelper = (
  helper: string,
): Effect.Effect<ReadonlyArray<StoredAssignment>, Unavailable, Dynamo> =>
  listAll(AssignmentEntity, "byHelper", { helper })

/** True when the record is in force on `date` (from ≤ date < to). */
export const inForce = (a: { readonly from: string; readonly to?: string | undefined }, date: string): boolean =>
  a.from <= date && (a.to === undefined || date < a.to)

/**
 * `PolicyFacts` from the table: an agency acts on the communes whose assignment to it is in force today (by the
 * Clock). Ended and superseded records carry their end, so they no longer count.
 */
export const assignmentFactsLayer = Layer.effect(PolicyFacts)(
  Effect.gen(function* () {
    const dynamo = yield* Dynamo
    const clock = yield* Clock
    return {
      assignmentsOf: (agency: string) =>
        assignmentsOfHelper(agency).pipe(
          Effect.map((all): ReadonlyArray<Assignment> => {
            const today = dateOf(clock.now())
            return all.filter((a) => inForce(a, today)).map((a) => ({ agency: a.helper, commune: a.commune }))
          }),
          Effect.provideService(Dynamo, dynamo),
        ),
    }
  }),
)
