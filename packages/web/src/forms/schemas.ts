/**
 * The API's request Schemas the forms validate with — the ONLY web module that reaches into the API definition
 * (`@ntm/api`). Each Schema is read from the endpoint itself,
 * so the form checks exactly what the server decodes.
 */
import { Api } from "@ntm/api"
import type { Schema } from "effect"
import type { HttpApiEndpoint } from "effect/http-api"

type WithPayload = { readonly payload: HttpApiEndpoint.PayloadMap; readonly "~Payload": Schema.Top }

/** The JSON body Schema an endpoint decodes (its first payload encoding). */
const payloadOf = <E extends WithPayload>(endpoint: E): E["~Payload"] => {
  const first = endpoint.payload.values().next().value
  if (first === undefined) throw new Error("endpoint without a payload")
  return first.schemas[0] as E["~Payload"]
}

const g = Api.groups

/** `POST /v1/contributions`. */
export const NewContribution = payloadOf(g.contributions.endpoints.create)
/** `POST /v1/contributions/{id}/confirm` and `…/reject` (reject needs `reason`). */
export const StatusChangeRequest = payloadOf(g.contributions.endpoints.reject)
/** `POST …/communes/{c}/activities`. */
export const NewActivity = payloadOf(g.activities.endpoints.create)
/** `POST …/communes/{c}/assessments`. */
export const NewAssessment = payloadOf(g.assessments.endpoints.submit)
/** `POST …/communes/{c}/assignments`. */
export const NewAssignment = payloadOf(g.assignments.endpoints.create)
/** `POST /v1/assignments/{id}/reassign`. */
export const Reassignment = payloadOf(g.assignments.endpoints.reassign)
/** `POST /v1/assignments/{id}/end`. */
export const Ending = payloadOf(g.assignments.endpoints.end)
/** `POST /v1/price-lists`. */
export const NewPriceList = payloadOf(g.priceLists.endpoints.create)
/** `POST /v1/provinces/{p}/targets`. */
export const NewTarget = payloadOf(g.plans.endpoints.createTarget)
