/** Authentication and authorization end to end: claims, dev tokens, the Lambda adapter, the local server, no BOLA. */
import { call as callApi, NotFound } from "@ntm/api/client"
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda"
import { Effect } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { groupsOf, principalFromClaims } from "../src/auth/claims.ts"
import { localModeRefusal, makeDevTokens, NotLocalModeError } from "../src/auth/devTokens.ts"
import { lambdaAdapter, toRequest } from "../src/lambda/apigw.ts"
import { type LocalServer, serveLocal } from "../src/local/server.ts"
import { call, claims, makeTestApp } from "./support/widgets.ts"

const app = makeTestApp()
afterAll(() => app.dispose())

const localEnv = { NTM_LOCAL: "1" } as NodeJS.ProcessEnv

describe("claims → principal", () => {
  it("reads API Gateway's flattened group list, JSON lists and comma lists", () => {
    expect(groupsOf("[province-admin unit-viewer]")).toEqual(["province-admin", "unit-viewer"])
    expect(groupsOf(["agency"])).toEqual(["agency"])
    expect(groupsOf("agency,unit-viewer")).toEqual(["agency", "unit-viewer"])
    expect(groupsOf(undefined)).toEqual([])
  })

  it("builds each role with its unit, and the widest group wins", () => {
    expect(principalFromClaims(claims.commune)).toEqual({
      ok: true,
      principal: { role: "commune-official", subject: "t-commune", province: "91", commune: "91101" },
    })
    expect(principalFromClaims(claims.viewer)).toMatchObject({
      ok: true,
      principal: { role: "unit-viewer", unit: "91101" },
    })
    expect(principalFromClaims({ ...claims.viewer, "cognito:groups": "[unit-viewer province-admin]" })).toMatchObject({
      ok: true,
      principal: { role: "province-admin" },
    })
  })

  it("never grants more than the token states: unknown groups or missing units are refused", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("sub", "cognito:groups", "custom:province", "custom:agency", "custom:unit", "x"),
          fc.jsonValue(),
        ),
        (c) => {
          const r = principalFromClaims(c)
          if (!r.ok) return
          const p = r.principal
          expect(groupsOf(c["cognito:groups"])).toContain(p.role)
          if (p.role !== "public") expect(String(c["custom:province"]).trim()).toBe(p.province)
        },
      ),
    )
  })
})

describe("dev tokens", () => {
  it("refuse to exist outside explicit local mode", () => {
    expect(() => makeDevTokens({} as NodeJS.ProcessEnv)).toThrow(NotLocalModeError)
    expect(() => makeDevTokens({ NTM_LOCAL: "true" } as NodeJS.ProcessEnv)).toThrow(NotLocalModeError)
    expect(() => makeDevTokens({ NTM_LOCAL: "1", AWS_LAMBDA_FUNCTION_NAME: "api" } as NodeJS.ProcessEnv)).toThrow(
      NotLocalModeError,
    )
    expect(localModeRefusal(localEnv)).toBeUndefined()
  })

  it("verify their own tokens only: another process's secret, tampering and expiry are refused", () => {
    let now = 1_800_000_000_000
    const a = makeDevTokens(localEnv, () => now)
    const b = makeDevTokens(localEnv, () => now)
    const token = a.issue(claims.admin, 60)
    expect(a.verify(token)).toMatchObject({ ok: true, claims: { sub: "t-admin" } })
    expect(b.verify(token).ok).toBe(false)
    const [h, body, s] = token.split(".") as [string, string, string]
    const forged = Buffer.from(JSON.stringify({ ...claims.admin, "custom:province": "92", exp: 9e9 })).toString(
      "base64url",
    )
    expect(a.verify(`${h}.${forged}.${s}`).ok).toBe(false)
    expect(a.verify(`${h}.${body}`).ok).toBe(false)
    now += 61_000
    expect(a.verify(token)).toEqual({ ok: false, reason: "token expired" })
  })
})

const event = (
  method: string,
  path: string,
  options: { claims?: Record<string, string>; body?: string; query?: string } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer =>
  ({
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: options.query ?? "",
    headers: {
      host: "api.example.test",
      "content-type": "application/json",
      "x-request-id": "client-sent-must-be-replaced",
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example.test",
      domainPrefix: "api",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "test" },
      requestId: "apigw-request-1",
      routeKey: "$default",
      stage: "$default",
      time: "27/Nov/2026:00:00:00 +0000",
      timeEpoch: 0,
      ...(options.claims === undefined
        ? {}
        : { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: options.claims, scopes: [] } } }),
    },
    body: options.body,
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer

describe("Lambda adapter (API Gateway HTTP API, payload v2)", () => {
  const lambda = lambdaAdapter(app.handler)
  const body = JSON.stringify({ province: "91", commune: "91101", name: "Nhà văn hoá", amount: "250000000" })

  it("round trip: the same status and body as the web handler, claims taken from the JWT authorizer", async () => {
    const created = await lambda(event("POST", "/v1/widgets", { claims: claims.admin, body }))
    if (typeof created === "string") throw new Error("structured result expected")
    expect(created.statusCode).toBe(201)
    expect(created.isBase64Encoded).toBe(false)
    const id = JSON.parse(created.body ?? "").id as string
    const viaLambda = await lambda(event("GET", `/v1/widgets/${id}`, { claims: claims.admin }))
    const viaWeb = await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.admin })
    if (typeof viaLambda === "string") throw new Error("structured result expected")
    expect(viaLambda.statusCode).toBe(viaWeb.status)
    expect(JSON.parse(viaLambda.body ?? "")).toEqual(viaWeb.json)
    expect(viaLambda.headers?.["content-type"]).toBe(viaWeb.headers.get("content-type"))
    expect(viaLambda.headers?.["x-request-id"]).toBe("apigw-request-1")
    // The audit record carries API Gateway's request id, never the client's header.
    const trail = await call(app, "GET", `/v1/audit/TestWidget/${id}`, { claims: claims.admin })
    expect(trail.json.items[0].requestId).toBe("apigw-request-1")
  })

  it("no authorizer claims → 401 problem; query strings and bad JSON pass through", async () => {
    const r = await lambda(event("GET", "/v1/widgets/x"))
    if (typeof r === "string") throw new Error("structured result expected")
    expect(r.statusCode).toBe(401)
    expect(r.headers?.["content-type"]).toContain("application/problem+json")
    const bad = await lambda(
      event("GET", "/v1/provinces/91/communes/91101/widgets", { claims: claims.admin, query: "limit=0" }),
    )
    if (typeof bad === "string") throw new Error("structured result expected")
    expect(bad.statusCode).toBe(400)
    const badJson = await lambda(event("POST", "/v1/widgets", { claims: claims.admin, body: "{" }))
    if (typeof badJson === "string") throw new Error("structured result expected")
    expect(badJson.statusCode).toBe(400)
  })

  it("a client cannot smuggle claims through headers", async () => {
    const e = event("GET", "/v1/widgets/x")
    e.headers["x-amzn-oidc-data"] = "x"
    // Even a valid dev token means nothing on Lambda: only the authorizer's claims count.
    e.headers.authorization = `Bearer ${makeDevTokens(localEnv).issue(claims.admin)}`
    const r = await lambda(e)
    if (typeof r === "string") throw new Error("structured result expected")
    expect(r.statusCode).toBe(401)
    expect(toRequest(e).headers.get("x-request-id")).toBe("apigw-request-1")
  })
})

describe("authorization through the endpoints (object-level, no BOLA)", () => {
  let id: string
  beforeAll(async () => {
    const r = await call(app, "POST", "/v1/widgets", {
      claims: claims.admin,
      body: { province: "91", commune: "91101", name: "Trường học", amount: "1000" },
    })
    id = r.json.id
  })

  it("reads: own commune and unit yes; another commune, another province, no group → 403", async () => {
    expect((await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.commune })).status).toBe(200)
    expect((await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.viewer })).status).toBe(200)
    expect((await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.otherCommune })).status).toBe(403)
    expect((await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.otherAdmin })).status).toBe(403)
    expect((await call(app, "GET", `/v1/audit/TestWidget/${id}`, { claims: claims.otherCommune })).status).toBe(403)
    expect((await call(app, "GET", `/v1/audit/TestWidget/${id}`, { claims: claims.commune })).status).toBe(200)
  })

  it("writes: a body naming another commune or province is refused and nothing is written", async () => {
    const foreign = { province: "91", commune: "91102", name: "x", amount: "1" }
    const r = await call(app, "POST", "/v1/widgets", { claims: claims.commune, body: foreign })
    expect(r.status).toBe(403)
    const r2 = await call(app, "POST", "/v1/widgets", {
      claims: claims.otherAdmin,
      body: { ...foreign, province: "91" },
    })
    expect(r2.status).toBe(403)
    const list = await call(app, "GET", "/v1/provinces/91/communes/91102/widgets", { claims: claims.admin })
    expect(list.json.items).toEqual([])
  })

  it("updates check the STORED object's scope, not the caller's claim about it", async () => {
    const r = await call(app, "PATCH", `/v1/widgets/${id}`, {
      claims: claims.otherCommune,
      body: { name: "hijack", version: 1 },
    })
    expect(r.status).toBe(403)
    // A wrong version from an outsider is still a 403, so the 409's currentVersion cannot leak.
    const stale = await call(app, "PATCH", `/v1/widgets/${id}`, {
      claims: claims.otherCommune,
      body: { name: "hijack", version: 99 },
    })
    expect(stale.status).toBe(403)
    const now = await call(app, "GET", `/v1/widgets/${id}`, { claims: claims.admin })
    expect(now.json.name).toBe("Trường học")
  })

  it("a viewer may read but not write; an agency writes only in its assigned communes (PolicyFacts)", async () => {
    const patch = await call(app, "PATCH", `/v1/widgets/${id}`, {
      claims: claims.viewer,
      body: { name: "v", version: 1 },
    })
    expect(patch.status).toBe(403)
    const make = (agencyClaims: Record<string, unknown>, commune: string) =>
      call(app, "POST", "/v1/widgets", {
        claims: agencyClaims,
        body: { province: "91", commune, name: "a", amount: "1" },
      })
    expect((await make(claims.agency, "91101")).status).toBe(201)
    expect((await make(claims.agency, "91102")).status).toBe(403)
    expect((await make({ ...claims.agency, "custom:agency": "AG9" }, "91101")).status).toBe(403)
  })

  it("lists check the scope named in the path", async () => {
    expect((await call(app, "GET", "/v1/provinces/91/communes/91101/widgets", { claims: claims.commune })).status).toBe(
      200,
    )
    expect((await call(app, "GET", "/v1/provinces/91/communes/91102/widgets", { claims: claims.commune })).status).toBe(
      403,
    )
  })
})

describe("local server (node:http + dev tokens)", () => {
  let server: LocalServer
  const dev = makeDevTokens(localEnv)
  beforeAll(async () => {
    server = await serveLocal({ handler: app.handler, devTokens: dev, port: 0 })
  })
  afterAll(() => server.close())

  it("serves the same handler: public routes open, a valid dev token acts, an invalid one → 401", async () => {
    expect((await fetch(`${server.url}/v1/health`)).status).toBe(200)
    expect((await fetch(`${server.url}/v1/health`, { headers: { authorization: "Bearer junk" } })).status).toBe(200)
    const token = dev.issue(claims.admin)
    const created = await fetch(`${server.url}/v1/widgets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ province: "91", commune: "91101", name: "Chợ", amount: "5" }),
    })
    expect(created.status).toBe(201)
    const bad = await fetch(`${server.url}/v1/widgets/x`, { headers: { authorization: "Bearer a.b.c" } })
    expect(bad.status).toBe(401)
    expect(bad.headers.get("content-type")).toContain("application/problem+json")
    expect((await fetch(`${server.url}/v1/widgets/x`)).status).toBe(401)
    const other = makeDevTokens(localEnv).issue(claims.admin)
    expect((await fetch(`${server.url}/v1/widgets/x`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(
      401,
    )
  })

  it("the typed client talks to it: decoded bodies, and problems decoded into their classes", async () => {
    const token = dev.issue(claims.admin)
    const health = await callApi({ baseUrl: server.url }, (c) => c.system.health())
    expect(health).toEqual({ status: "ok", service: "ntm-api" })
    const created = await fetch(`${server.url}/v1/widgets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ province: "91", commune: "91101", name: "Cầu", amount: "7" }),
    })
    const id = ((await created.json()) as { id: string }).id
    const trail = await callApi({ baseUrl: server.url, token }, (c) =>
      c.audit.trail({ params: { entityType: "TestWidget", id }, query: {} }),
    )
    expect(trail.items.map((r) => [r.operation, r.version, r.actor.subject])).toEqual([["create", 1, "t-admin"]])
    const missing = await callApi({ baseUrl: server.url, token }, (c) =>
      Effect.flip(c.audit.trail({ params: { entityType: "TestWidget", id: "nope" }, query: {} })),
    )
    expect(missing).toBeInstanceOf(NotFound)
  })
})
