/** A test-only resource ("widgets") built exactly as a real resource would be, plus an app and request helpers. */
import {
  Api,
  Authentication,
  Conflict,
  errors,
  Forbidden,
  IdempotencyKeyHeader,
  IfMatchHeader,
  NotFound,
  PageOf,
  PageQuery,
  RequestAuth,
  RequestValidation,
  VersionField,
} from "@ntm/api"
import { Context, Effect, Layer, Schema } from "effect"
import { HttpApiBuilder, HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "effect/http-api"
import { inject } from "vitest"
import { GroupsLive, MiddlewareLive, makeWebHandler, OPENAPI_PATH } from "../../src/http/app.ts"
import { expectedVersion } from "../../src/http/concurrency.ts"
import { idempotencyClaim } from "../../src/http/idempotencyKey.ts"
import { authorizeOrFail, currentActor } from "../../src/http/requestContext.ts"
import { Clock, isoTimestamp } from "../../src/services/Clock.ts"
import { IdGenerator } from "../../src/services/IdGenerator.ts"
import { Dynamo, type DynamoOptions, dynamoLayer } from "../../src/table/Dynamo.ts"
import { defineEntity } from "../../src/table/entity.ts"
import { createEntity, get, list, updateEntity } from "../../src/table/repository.ts"

// 1. The Schemas: the stored entity and the API's inputs.
const Code5 = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{5}$/u)))
const Name = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(100)))
/** Money as a decimal string of whole đồng. */
const Amount = Schema.String.pipe(Schema.check(Schema.isPattern(/^(0|[1-9]\d{0,17})$/u)))
const Widget = Schema.Struct({
  id: Schema.String,
  province: Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{2}$/u))),
  commune: Code5,
  name: Name,
  amount: Amount,
  createdAt: Schema.String,
})
type Widget = typeof Widget.Type
const WidgetOut = Schema.Struct({ ...Widget.fields, version: Schema.Int })
const NewWidget = Schema.Struct({ province: Widget.fields.province, commune: Code5, name: Name, amount: Amount })
const WidgetPatch = Schema.Struct({
  name: Schema.optionalKey(Name),
  amount: Schema.optionalKey(Amount),
  version: VersionField,
})

// 2. The entity: key templates per access pattern.
export const WidgetEntity = defineEntity({
  type: "TestWidget",
  schemaVersion: 1,
  schema: Widget,
  id: (w) => w.id,
  scope: (w) => ({ province: w.province, commune: w.commune }),
  primary: { pk: { prefix: "TESTWIDGET", composite: ["id"] }, sk: { prefix: "TESTWIDGET", composite: [] } },
  patterns: {
    byCommune: {
      index: "gsi1",
      pk: { prefix: "COMMUNE", composite: ["commune"] },
      sk: { prefix: "TESTWIDGET", composite: ["createdAt", "id"] },
    },
  },
})

// 3. The endpoints.
export class WidgetsApi extends HttpApiGroup.make("widgets")
  .add(
    HttpApiEndpoint.post("create", "/widgets", {
      payload: NewWidget,
      headers: IdempotencyKeyHeader,
      success: WidgetOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/widgets/:id", {
      params: { id: Schema.String },
      success: WidgetOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.patch("update", "/widgets/:id", {
      params: { id: Schema.String },
      payload: WidgetPatch,
      headers: IfMatchHeader,
      success: WidgetOut,
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("list", "/provinces/:province/communes/:commune/widgets", {
      params: { province: Schema.String, commune: Code5 },
      query: PageQuery,
      success: PageOf(WidgetOut),
      error: errors(Forbidden),
    }),
  )
  .middleware(Authentication)
  // A group added to `Api` after its `.middleware(RequestValidation)` must apply it itself (middleware applies to
  // the groups present when it is added); in src/api/Api.ts add groups before that line instead.
  .middleware(RequestValidation)
  .prefix("/v1") {}

export const TestApi = Api.add(WidgetsApi)

const out = (s: { value: Widget; version: number }) => ({ ...s.value, version: s.version })

// 4. The handlers: decode (done by HttpApi), authorize on every object named, call the repository, encode.
export const WidgetsLive = HttpApiBuilder.group(TestApi, "widgets", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
      .pipe(Context.add(Clock, yield* Clock))
      .pipe(Context.add(IdGenerator, yield* IdGenerator))
    return handlers
      .handle("create", ({ payload, headers }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("activity:record", { province: payload.province, commune: payload.commune })
          const actor = yield* currentActor
          const now = (yield* Clock).now()
          const value: Widget = { ...payload, id: (yield* IdGenerator).next(), createdAt: isoTimestamp(now) }
          const idempotency = yield* idempotencyClaim(actor.principal, headers["idempotency-key"], payload)
          const stored = yield* createEntity(WidgetEntity, value, actor, { idempotency })
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) =>
        Effect.gen(function* () {
          const stored = yield* get(WidgetEntity, { id: params.id })
          yield* authorizeOrFail("read", WidgetEntity.config.scope(stored.value))
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("update", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const actor = yield* currentActor
          const stored = yield* updateEntity(
            WidgetEntity,
            { id: params.id },
            version,
            (current) =>
              Effect.as(authorizeOrFail("activity:record", WidgetEntity.config.scope(current)), {
                ...current,
                ...(payload.name === undefined ? {} : { name: payload.name }),
                ...(payload.amount === undefined ? {} : { amount: payload.amount }),
              }),
            actor,
          )
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("list", ({ params, query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("read", { province: params.province, commune: params.commune })
          const page = yield* list(WidgetEntity, "byCommune", { commune: params.commune }, query)
          // Object-level check on what came back too: items of another province are never returned.
          const items = page.items.filter((s) => s.value.province === params.province).map(out)
          return { items, ...(page.cursor === undefined ? {} : { cursor: page.cursor }) }
        }).pipe(Effect.provideContext(services)),
      )
  }),
)

/** The routes of the API plus the test resource. */
export const TestRoutes = HttpApiBuilder.layer(TestApi, { openapiPath: OPENAPI_PATH }).pipe(
  Layer.provide(Layer.mergeAll(GroupsLive, WidgetsLive)),
  Layer.provide(MiddlewareLive),
)

/** The DynamoDB Local the global setup started. */
export const dynamo = () => inject("dynamo")

/** An app on DynamoDB Local serving the API plus widgets. */
export const makeTestApp = (
  options: { configure?: DynamoOptions["configure"]; logLevel?: "None" | "Info" | "Error" } = {},
) => {
  const { endpoint, tableName } = dynamo()
  return makeWebHandler({
    dynamo: dynamoLayer({ endpoint, tableName, configure: options.configure }),
    // Illustrative assignment facts: agency AG1 helps commune 91101 only.
    policyFacts: {
      assignmentsOf: (agency: string) => Effect.succeed(agency === "AG1" ? [{ agency: "AG1", commune: "91101" }] : []),
    },
    routes: TestRoutes,
    logLevel: options.logLevel ?? "None",
  })
}

/** Claims for a role in illustrative province 91 (district 911, communes 91101/91102; agency AG1). */
export const claims = {
  admin: { sub: "t-admin", "cognito:groups": "[province-admin]", "custom:province": "91" },
  otherAdmin: { sub: "t-admin-92", "cognito:groups": "[province-admin]", "custom:province": "92" },
  agency: { sub: "t-agency", "cognito:groups": "[agency]", "custom:province": "91", "custom:agency": "AG1" },
  commune: {
    sub: "t-commune",
    "cognito:groups": "[commune-official]",
    "custom:province": "91",
    "custom:unit": "91101",
  },
  otherCommune: {
    sub: "t-commune-2",
    "cognito:groups": "[commune-official]",
    "custom:province": "91",
    "custom:unit": "91102",
  },
  viewer: { sub: "t-viewer", "cognito:groups": "[unit-viewer]", "custom:province": "91", "custom:unit": "91101" },
  noGroup: { sub: "t-nogroup", "custom:province": "91" },
} as const

type App = ReturnType<typeof makeTestApp>

/** Sends one request to the web handler with the given verified claims (undefined = no token). */
export const call = async (
  app: App,
  method: string,
  path: string,
  options: {
    claims?: Record<string, unknown> | undefined
    body?: unknown
    rawBody?: string
    headers?: Record<string, string>
  } = {},
) => {
  const headers = new Headers(options.headers)
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json")
  const response = await app.handler(
    new Request(`http://test.local${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
    Context.make(RequestAuth, { claims: options.claims }),
  )
  const text = await response.text()
  let json: unknown
  try {
    json = text === "" ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
  return { status: response.status, headers: response.headers, text, json: json as any }
}
