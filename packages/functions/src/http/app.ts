/** Assembles the API into one web handler `(Request, context) → Response`, shared by Lambda, the local server and tests. */
import { Api, type RequestAuth } from "@ntm/api"
import type { ValidPack } from "@ntm/core/criteria"
import { type Context, Layer, Logger, type LogLevel, ManagedRuntime, References } from "effect"
import { HttpRouter, HttpServer } from "effect/http"
import { HttpApiBuilder } from "effect/http-api"
import { ActivitiesLive, DifficultiesLive } from "../handlers/activities.ts"
import { AssessmentsLive } from "../handlers/assessments.ts"
import { AssignmentsLive } from "../handlers/assignments.ts"
import { AuditLive } from "../handlers/audit.ts"
import { ContributionsLive } from "../handlers/contributions.ts"
import { CriteriaLive } from "../handlers/criteria.ts"
import { PlansLive } from "../handlers/plans.ts"
import { PriceListsLive } from "../handlers/priceLists.ts"
import { PublicReportsLive, ReportsLive } from "../handlers/reports.ts"
import { SystemLive } from "../handlers/system.ts"
import { UnitsLive } from "../handlers/units.ts"
import { LedgerReference, type LedgerReferenceShape } from "../ledger/reference.ts"
import { assignmentFactsLayer } from "../services/assignmentFacts.ts"
import { type Clock, ClockLive } from "../services/Clock.ts"
import { type IdGenerator, IdGeneratorLive } from "../services/IdGenerator.ts"
import type { Dynamo } from "../table/Dynamo.ts"
import { AuthenticationLive } from "./authentication.ts"
import { LocalMode, LocalPacks, localModeRefusal } from "./localMode.ts"
import { PolicyFacts, type PolicyFactsShape } from "./requestContext.ts"
import { ServerMiddleware } from "./serverMiddleware.ts"
import { RequestValidationLive } from "./validation.ts"

/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = "/openapi.json"

/** The web handler: `context` carries the request's verified claims (`RequestAuth`). */
export type WebHandler = (request: Request, context: Context.Context<RequestAuth>) => Promise<Response>

/** The app behind a handler made by `makeWebHandler`: its layer and memo map, for servers that run it natively. */
export interface AppLayer {
  // biome-ignore lint/suspicious/noExplicitAny: the app's services, whatever the options chose
  readonly layer: Layer.Layer<any, unknown, any>
  readonly memoMap: Layer.MemoMap
}

const appLayerKey = Symbol.for("ntm/AppLayer")

/**
 * The `AppLayer` of a handler made by `makeWebHandler` (undefined for any other web handler). The local server uses
 * it to run the router on node's request without building WHATWG `Request` / `Response` objects.
 */
export const appLayerOf = (handler: WebHandler): AppLayer | undefined =>
  (handler as WebHandler & { readonly [appLayerKey]?: AppLayer })[appLayerKey]

/** The handlers of every group of `Api`. A new resource adds its `…Live` layer here. */
export const GroupsLive = Layer.mergeAll(
  SystemLive,
  AuditLive,
  CriteriaLive,
  UnitsLive,
  AssessmentsLive,
  AssignmentsLive,
  ActivitiesLive,
  DifficultiesLive,
  PlansLive,
  PriceListsLive,
  ContributionsLive,
  ReportsLive,
  PublicReportsLive,
)

/** The middleware implementations every group needs. */
export const MiddlewareLive = Layer.mergeAll(RequestValidationLive, AuthenticationLive)

/** The routes of `Api` (and `/openapi.json`), needing the table, clock and ids. */
export const ApiRoutes = HttpApiBuilder.layer(Api, { openapiPath: OPENAPI_PATH }).pipe(
  Layer.provide(GroupsLive),
  Layer.provide(MiddlewareLive),
)

/** The services handlers use. Tests replace clock and ids; the table comes from the entry point. */
export interface ServicesOptions<E> {
  readonly dynamo: Layer.Layer<Dynamo, E>
  readonly clock?: Layer.Layer<Clock> | undefined
  readonly ids?: Layer.Layer<IdGenerator> | undefined
  /** Database facts the policy needs (an agency's assignments); read from stored assignments by default. */
  readonly policyFacts?: PolicyFactsShape | undefined
  /** The ledger's reference data (units, catalogue, price zones); the shipped Lào Cai default when absent. */
  readonly ledgerReference?: LedgerReferenceShape | undefined
  /**
   * Local mode: the API may serve `localPacks`. Default: `NTM_LOCAL=1` and not on Lambda (`localModeRefusal`); a
   * deployed API answers 404 for a `demo:` pack and refuses inline ones.
   */
  readonly localMode?: boolean | undefined
  /**
   * Packs served only in local mode, e.g. the ILLUSTRATIVE demo packs (`demoPacks` of `@ntm/functions/local`);
   * ignored when local mode is off. Passed in rather than imported here, so the Lambda bundle does not build them.
   */
  readonly localPacks?: ReadonlyArray<ValidPack> | undefined
  /** Lowest level logged (JSON lines on stdout). Default `Info`. */
  readonly logLevel?: LogLevel.LogLevel | undefined
}

/** The service layer: table, clock, ids and the JSON logger. */
export const servicesLayer = <E>(options: ServicesOptions<E>) => {
  const local = options.localMode ?? localModeRefusal() === undefined
  return Layer.mergeAll(
    options.dynamo,
    options.clock ?? ClockLive,
    options.ids ?? IdGeneratorLive,
    Logger.layer([Logger.consoleJson]),
    Layer.succeed(References.MinimumLogLevel)(options.logLevel ?? "Info"),
    Layer.succeed(LocalMode)(local),
    Layer.succeed(LocalPacks)(local ? (options.localPacks ?? []) : []),
    options.ledgerReference === undefined ? Layer.empty : Layer.succeed(LedgerReference)(options.ledgerReference),
    options.policyFacts === undefined
      ? assignmentFactsLayer.pipe(Layer.provide(Layer.merge(options.dynamo, options.clock ?? ClockLive)))
      : Layer.succeed(PolicyFacts)(options.policyFacts),
  )
}

/** Options of `makeWebHandler`. */
export interface AppOptions<E> extends ServicesOptions<E> {
  /** More routes beside the API, e.g. `DocsLive` locally (kept out of the Lambda bundle: it is 3 MB). */
  // biome-ignore lint/suspicious/noExplicitAny: any router layer
  readonly extraRoutes?: Layer.Layer<never, never, any> | undefined
  /** Other routes to serve instead of `ApiRoutes` (tests add a test-only resource this way). */
  // biome-ignore lint/suspicious/noExplicitAny: any routes layer built like ApiRoutes
  readonly routes?: Layer.Layer<never, never, any> | undefined
}

/**
 * Builds the app. One `ManagedRuntime` owns the services (DynamoDB client, logger); the web handler shares its
 * memo map, so the services are built once per container and reused by every request.
 *
 * @example
 * const app = makeWebHandler({ dynamo: dynamoFromEnv() })
 * const res = await app.handler(new Request("http://x/v1/health"), Context.make(RequestAuth, { claims: undefined }))
 */
export const makeWebHandler = <E>(options: AppOptions<E>) => {
  const services = servicesLayer(options)
  const runtime = ManagedRuntime.make(services)
  const routes = options.routes ?? ApiRoutes
  const app = Layer.mergeAll(routes, ServerMiddleware, options.extraRoutes ?? Layer.empty).pipe(
    Layer.provide(HttpServer.layerServices),
    Layer.provideMerge(services),
  )
  const web = HttpRouter.toWebHandler(app, { disableLogger: true, memoMap: runtime.memoMap })
  const appLayer: AppLayer = { layer: app, memoMap: runtime.memoMap }
  return {
    handler: Object.assign(web.handler as unknown as WebHandler, { [appLayerKey]: appLayer }) as WebHandler,
    runtime,
    dispose: async () => {
      await web.dispose()
      await runtime.dispose()
    },
  }
}
