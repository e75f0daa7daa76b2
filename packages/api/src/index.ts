/**
 * @ntm/api: the NTM toolkit's HTTP API as data — the `Api` definition (every endpoint, its request and response
 * Schemas and declared problems), the wire Schemas it is built from, and the stored records it returns. No server
 * code: a server implements it (`@ntm/functions`), a client is derived from it (`@ntm/api/client`).
 *
 * @example
 * import { Api, ContributionOut } from "@ntm/api"
 * import { OpenApi } from "effect/http-api"
 * const spec = OpenApi.fromApi(Api)
 */
export * from "./definition/ActivitiesApi.ts"
export * from "./definition/Api.ts"
export * from "./definition/AssessmentsApi.ts"
export * from "./definition/AssignmentsApi.ts"
export * from "./definition/AuditApi.ts"
export * from "./definition/ContributionsApi.ts"
export * from "./definition/CriteriaApi.ts"
export {
  EvaluationRequest,
  EvaluationResponse,
  LangQuery,
  MeasuredValues,
  TiersRequest,
  TiersResponse,
  Year,
} from "./definition/criteriaSchemas.ts"
export * from "./definition/errors.ts"
export * from "./definition/idempotencyHeader.ts"
export * from "./definition/ledgerProblems.ts"
export * from "./definition/PlansApi.ts"
export * from "./definition/PriceListsApi.ts"
export * from "./definition/paging.ts"
export * from "./definition/ReportsApi.ts"
export * from "./definition/SystemApi.ts"
export * from "./definition/UnitsApi.ts"
export * from "./http/authentication.ts"
export * from "./http/concurrency.ts"
export * from "./http/problems.ts"
export * from "./http/validation.ts"
export * from "./records/Activity.ts"
export * from "./records/Assessment.ts"
export * from "./records/Assignment.ts"
export * from "./records/Audit.ts"
export * from "./records/Contribution.ts"
export * from "./records/Plan.ts"
export * from "./records/PriceList.ts"
export * from "./records/PublishedReport.ts"
