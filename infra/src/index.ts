/** Public surface of @ntm/infra: the reusable constructs (API, dashboard hosting), their parts and the ready stack. */

export { ESM_REQUIRE_BANNER } from "@ntm/functions/lambda-bundle"
export {
  CONTEXT_KEYS,
  type ContextKey,
  DEFAULT_PROVINCE_CODE,
  type StackConfig,
  stackConfigFromContext,
} from "./config.ts"
export { DEFAULT_ALARM_THRESHOLDS, NtmAlarms, type NtmAlarmThresholds } from "./NtmAlarms.ts"
export { DEFAULT_THROTTLE, NtmApi, type NtmApiProps } from "./NtmApi.ts"
export { NtmAuth, type NtmAuthProps, NtmCustomAttributes, NtmGroups } from "./NtmAuth.ts"
export { DEFAULT_ENTRY, type LogLevel, NtmFunction, REPO_ROOT } from "./NtmFunction.ts"
export { ACCESS_LOG_FIELDS, type NtmCustomDomain, NtmHttpApi, type NtmThrottle } from "./NtmHttpApi.ts"
export { NtmStack, type NtmStackProps, type NtmWebOptions } from "./NtmStack.ts"
export { NtmTable, type NtmTableProps } from "./NtmTable.ts"
export {
  API_PATHS,
  DEFAULT_WEB_SOURCE,
  NtmWeb,
  type NtmWebConfig,
  type NtmWebDomain,
  type NtmWebProps,
  requireBuiltWeb,
} from "./NtmWeb.ts"
export {
  DEFAULT_PROTECTED_ROUTES,
  DEFAULT_PUBLIC_ROUTES,
  type PlannedRoute,
  parseRouteKey,
  planRoutes,
  type RouteKey,
  type RouteMethod,
  RouteMethods,
} from "./routes.ts"
export { grantTableAccess, INDEX_ACTIONS, indexArns, KEY_ACTIONS, TABLE_ACTIONS } from "./tableAccess.ts"
