/** The ledger's own problem: a write the ledger's rules refuse (an illegal status change), 409 with the rules broken. */
import { Schema } from "effect"
import { HttpApiError } from "effect/http-api"
import { ProblemEntry } from "../http/problems.ts"

/**
 * 409: the request is well-formed but the ledger's rules refuse it in the entity's current state — e.g. confirming a
 * voided line (`lifecycle.illegal-transition`). `errors` names each rule and field path, like a 400.
 */
export class RuleViolation extends HttpApiError.Problem<RuleViolation>()(
  "RuleViolation",
  { type: "urn:ntm:problem:rule-violation", status: 409, title: "Refused by the ledger's rules" },
  { errors: Schema.Array(ProblemEntry) },
) {}
