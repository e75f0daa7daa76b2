/** Warm request cost through the web handler, without the database: routing, auth middleware, validation, encoding. */
import { RequestAuth } from "@ntm/api"
import { Context, Layer } from "effect"
import { afterAll, bench, describe } from "vitest"
import { makeWebHandler } from "../src/http/app.ts"
import { Dynamo } from "../src/table/Dynamo.ts"

const app = makeWebHandler({
  dynamo: Layer.succeed(Dynamo)({ doc: {} as never, tableName: "unused" }),
  logLevel: "None",
})
afterAll(() => app.dispose())
const anonymous = Context.make(RequestAuth, { claims: undefined })
const admin = Context.make(RequestAuth, {
  claims: { sub: "b", "cognito:groups": "[province-admin]", "custom:province": "91" },
})

describe("warm requests", () => {
  bench("GET /v1/health", async () => {
    await (await app.handler(new Request("http://b/v1/health"), anonymous)).text()
  })
  bench("GET /v1/audit with an invalid query → 400 with every problem", async () => {
    await (await app.handler(new Request("http://b/v1/audit/X/1?limit=0&cursor="), admin)).text()
  })
  bench("GET /v1/audit without a token → 401", async () => {
    await (await app.handler(new Request("http://b/v1/audit/X/1"), anonymous)).text()
  })
})
