/** Entry point of @ntm/functions: the API platform (definition, app, repositories) for resources and entry points. */
export { Api } from "./api/Api.ts"
export { errors } from "./api/errors.ts"
export { PageOf, PageQuery } from "./api/paging.ts"
export { ClaimNames, type Claims, principalFromClaims } from "./auth/claims.ts"
export { ApiRoutes, GroupsLive, MiddlewareLive, makeWebHandler, OPENAPI_PATH, type WebHandler } from "./http/app.ts"
export { Authentication, CurrentPrincipal, RequestAuth } from "./http/authentication.ts"
export { expectedVersion, IfMatchHeader, VersionField } from "./http/concurrency.ts"
export { IdempotencyKeyHeader, idempotencyClaim } from "./http/idempotencyKey.ts"
export * from "./http/problems.ts"
export { isPublicRoute, type PublicRoute, publicRoutes } from "./http/publicRoutes.ts"
export { authorizeOrFail, currentActor, PolicyFacts, type PolicyFactsShape } from "./http/requestContext.ts"
export { RequestValidation } from "./http/validation.ts"
export { lambdaAdapter } from "./lambda/apigw.ts"
export { Clock, ClockLive, fixedClock, isoTimestamp } from "./services/Clock.ts"
export { IdGenerator, IdGeneratorLive, sequentialIds } from "./services/IdGenerator.ts"
export { type Actor, AuditRecord } from "./table/audit.ts"
export { Dynamo, dynamoFromEnv, dynamoLayer } from "./table/Dynamo.ts"
export { defineEntity, type Entity, type Stored } from "./table/entity.ts"
export {
  auditTrail,
  commit,
  create,
  createEntity,
  get,
  list,
  remove,
  update,
  updateEntity,
} from "./table/repository.ts"
