/**
 * Entry point of @ntm/functions: the API platform (app, middleware implementations, repositories) for resources and
 * entry points. The API definition, its wire Schemas and problems are in @ntm/api.
 */
export { ClaimNames, type Claims, principalFromClaims } from "./auth/claims.ts"
export { ApiRoutes, GroupsLive, MiddlewareLive, makeWebHandler, OPENAPI_PATH, type WebHandler } from "./http/app.ts"
export { expectedVersion } from "./http/concurrency.ts"
export { idempotencyClaim } from "./http/idempotencyKey.ts"
export { isPublicRoute, type PublicRoute, publicRoutes } from "./http/publicRoutes.ts"
export { authorizeOrFail, currentActor, PolicyFacts, type PolicyFactsShape } from "./http/requestContext.ts"
export { lambdaAdapter } from "./lambda/apigw.ts"
export { Clock, ClockLive, fixedClock, isoTimestamp } from "./services/Clock.ts"
export { IdGenerator, IdGeneratorLive, sequentialIds } from "./services/IdGenerator.ts"
export type { Actor } from "./table/audit.ts"
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
