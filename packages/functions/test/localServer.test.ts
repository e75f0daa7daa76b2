/**
 * The local server's node adapter: node's request runs effect's router directly, and must answer exactly as the
 * WHATWG path (`Request` → web handler → `Response`) it replaced — headers with several values, set-cookie, body
 * bytes, HEAD, empty and streamed bodies, parse errors, crashes — plus the 500 problem, request ids and close.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { request as httpRequest } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Layer, Stream } from "effect"
import { HttpRouter, type HttpServerRequest, HttpServerResponse } from "effect/http"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { devUsers, makeDevTokens } from "../src/auth/devTokens.ts"
import { appLayerOf, makeWebHandler, type WebHandler } from "../src/http/app.ts"
import { REQUEST_ID_HEADER } from "../src/http/requestContext.ts"
import { type LocalServer, serveLocal } from "../src/local/server.ts"
import { dynamoLayer } from "../src/table/Dynamo.ts"
import { claims, dynamo } from "./support/widgets.ts"

const localEnv = { NTM_LOCAL: "1" } as NodeJS.ProcessEnv
const encoder = new TextEncoder()

/** Test-only routes showing what the adapter must carry through. */
const routes = Layer.mergeAll(
  // Echoes what the app saw: method, url, headers (sorted, without the host — the servers' ports differ — and the
  // request id, fresh per request), body bytes, cookies.
  HttpRouter.add("*", "/t/echo", (req: HttpServerRequest.HttpServerRequest) =>
    Effect.gen(function* () {
      const headers = Object.entries(req.headers)
        .filter(([k]) => k !== "host" && k !== REQUEST_ID_HEADER)
        .sort(([a], [b]) => (a < b ? -1 : 1))
      const body =
        req.method === "GET" || req.method === "HEAD"
          ? null
          : Buffer.from(yield* Effect.orDie(req.arrayBuffer)).toString("base64")
      return HttpServerResponse.jsonUnsafe({ method: req.method, url: req.url, headers, body, cookies: req.cookies })
    }),
  ),
  HttpRouter.add("POST", "/t/json", (req: HttpServerRequest.HttpServerRequest) =>
    Effect.map(req.json, (json) => HttpServerResponse.jsonUnsafe({ json })),
  ),
  HttpRouter.add("POST", "/t/bytes", (req: HttpServerRequest.HttpServerRequest) =>
    Effect.map(req.arrayBuffer, (b) => HttpServerResponse.uint8Array(new Uint8Array(b))),
  ),
  HttpRouter.add(
    "GET",
    "/t/cookies",
    HttpServerResponse.text("cookies", { headers: { "x-two": "a, b" } }).pipe(
      HttpServerResponse.setCookieUnsafe("a", "1"),
      HttpServerResponse.setCookieUnsafe("b", "2", { path: "/", httpOnly: true }),
    ),
  ),
  HttpRouter.add(
    "GET",
    "/t/stream",
    HttpServerResponse.stream(Stream.make(encoder.encode("ab"), encoder.encode("çd")), { contentType: "text/plain" }),
  ),
  HttpRouter.add("GET", "/t/empty", HttpServerResponse.empty({ status: 204 })),
  // A public route (no token needed), as the real API's health.
  HttpRouter.add("GET", "/v1/health", HttpServerResponse.jsonUnsafe({ status: "ok" })),
  HttpRouter.add("GET", "/t/crash", Effect.die(new Error("boom"))),
  HttpRouter.add("GET", "/t/bad-header", HttpServerResponse.text("x", { headers: { "x-bad": "a\nb" } })),
)

const { endpoint, tableName } = dynamo()
const app = makeWebHandler({ dynamo: dynamoLayer({ endpoint, tableName }), routes, logLevel: "None" })
const devTokens = makeDevTokens(localEnv)
/** The same app behind a plain function: the local server then takes the WHATWG path (the reference). */
const viaWeb: WebHandler = (request, context) => app.handler(request, context)

interface Answer {
  readonly status: number
  readonly headers: Record<string, string | Array<string> | undefined>
  readonly body: Buffer
}

/** One raw HTTP/1.1 request (repeated headers as arrays are sent as separate lines). */
const send = (
  base: string,
  method: string,
  path: string,
  headers: Record<string, string | Array<string>> = {},
  body?: Uint8Array,
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(base)
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, agent: false }, (res) => {
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on("error", reject)
    })
    req.on("error", reject)
    req.end(body === undefined ? undefined : Buffer.from(body))
  })

/** What must be equal on both paths: everything but the date, the fresh request id and a correlation id. */
const comparable = (a: Answer) => {
  const { date: _d, [REQUEST_ID_HEADER]: _r, ...headers } = a.headers
  return { status: a.status, headers, body: a.body.toString("latin1").replace(/"correlationId":"[^"]+"/u, "") }
}

let native: LocalServer
let web: LocalServer
beforeAll(async () => {
  native = await serveLocal({ handler: app.handler, devTokens, port: 0 })
  web = await serveLocal({ handler: viaWeb, devTokens, port: 0 })
})
afterAll(async () => {
  await native.close()
  await web.close()
  await app.dispose()
})

describe("local server: node adapter", () => {
  it("runs a handler from makeWebHandler natively and any other web handler through WHATWG objects", () => {
    expect(appLayerOf(app.handler)).toBeDefined()
    expect(appLayerOf(viaWeb)).toBeUndefined()
  })

  it("answers every request exactly as the WHATWG path does (property)", async () => {
    const header = fc.constantFrom("accept", "x-multi", "cookie", "x-request-id", "content-type", "if-match")
    const value = fc.stringMatching(/^[a-zA-Z0-9=;,. /-]{0,12}$/u).map((s) => s.trim())
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"),
        fc.constantFrom(
          "/t/echo",
          "/t/echo?a=1&b=%C3%A7&a=2",
          "/t/x/../echo",
          "/t/%65cho",
          "/t/echo#frag",
          "/t/json",
          "/t/bytes",
          "/t/cookies",
          "/t/stream",
          "/t/empty",
          "/t/crash",
          "/nowhere",
          "/v1/health",
        ),
        fc.dictionary(header, fc.oneof(value, fc.array(value, { minLength: 2, maxLength: 3 })), { maxKeys: 4 }),
        fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }),
        async (method, path, headers, body) => {
          const withBody = method === "GET" || method === "HEAD" ? undefined : body
          const [a, b] = await Promise.all([
            send(native.url, method, path, headers, withBody),
            send(web.url, method, path, headers, withBody),
          ])
          expect(comparable(a)).toEqual(comparable(b))
        },
      ),
      { numRuns: 120 },
    )
  })

  it("carries repeated request headers joined, the body's bytes, and cookies", async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
    const echo = await send(
      native.url,
      "POST",
      "/t/echo?q=1",
      { "x-multi": ["a", "b"], cookie: "s=1; t=2", [REQUEST_ID_HEADER]: "client-chosen" },
      bytes,
    )
    expect(echo.status).toBe(200)
    const seen = JSON.parse(echo.body.toString()) as {
      url: string
      headers: Array<[string, string]>
      body: string
      cookies: Record<string, string>
    }
    expect(seen.url).toBe("/t/echo?q=1")
    expect(Object.fromEntries(seen.headers)["x-multi"]).toBe("a, b")
    expect(seen.cookies).toEqual({ s: "1", t: "2" })
    expect(Buffer.from(seen.body, "base64")).toEqual(Buffer.from(bytes))
    // The server picks the request id; a client's own is not trusted.
    expect(echo.headers[REQUEST_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/u)
    const back = await send(native.url, "POST", "/t/bytes", {}, bytes)
    expect(back.body).toEqual(Buffer.from(bytes))
  })

  it("sends every cookie as its own set-cookie line, after a set-cookie header", async () => {
    const r = await send(native.url, "GET", "/t/cookies")
    expect(r.headers["set-cookie"]).toEqual(["a=1", "b=2; Path=/; HttpOnly"])
    expect(r.headers["x-two"]).toBe("a, b")
    expect(r.body.toString()).toBe("cookies")
  })

  it("answers HEAD without a body but with the GET's length; 204 without one; streams in full", async () => {
    const get = await send(native.url, "GET", "/t/cookies")
    const head = await send(native.url, "HEAD", "/t/cookies")
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers["content-length"]).toBe(get.headers["content-length"])
    const empty = await send(native.url, "GET", "/t/empty")
    expect([empty.status, empty.body.length, empty.headers["content-length"]]).toEqual([204, 0, undefined])
    const streamed = await send(native.url, "GET", "/t/stream")
    expect(streamed.body.toString()).toBe("abçd")
  })

  it("turns bad JSON into a 400, a crash into the 500 problem with its correlation id, and a refused header into the 500 problem", async () => {
    expect((await send(native.url, "POST", "/t/json", {}, encoder.encode("{nope"))).status).toBe(400)
    expect((await send(native.url, "POST", "/t/json", {}, new Uint8Array(0))).status).toBe(400)
    const ok = await send(native.url, "POST", "/t/json", {}, encoder.encode('{"a":[1,"ç"]}'))
    expect(JSON.parse(ok.body.toString())).toEqual({ json: { a: [1, "ç"] } })
    const crash = await send(native.url, "GET", "/t/crash")
    expect(crash.status).toBe(500)
    expect(crash.headers["content-type"]).toBe("application/problem+json")
    expect(JSON.parse(crash.body.toString()).correlationId).toBe(crash.headers[REQUEST_ID_HEADER])
    const refused = await send(native.url, "GET", "/t/bad-header")
    expect(refused.status).toBe(500)
    expect(JSON.parse(refused.body.toString())).toMatchObject({ type: "urn:ntm:problem:internal", status: 500 })
  })

  it("verifies dev tokens before the app runs, like API Gateway", async () => {
    const token = devTokens.issue(claims.admin)
    expect((await send(native.url, "GET", "/t/echo", { authorization: `Bearer ${token}` })).status).toBe(200)
    const bad = await send(native.url, "GET", "/t/echo", { authorization: "Bearer a.b.c" })
    expect([bad.status, bad.headers["content-type"]]).toEqual([401, "application/problem+json"])
    expect((await send(native.url, "GET", "/v1/health", { authorization: "Bearer a.b.c" })).status).toBe(200)
  })

  it("serves the static web app and the dev-token offer beside the API, and closes", async () => {
    const root = mkdtempSync(join(tmpdir(), "ntm-local-"))
    mkdirSync(join(root, "assets"))
    writeFileSync(join(root, "index.html"), "<!doctype html><title>x</title>")
    const users = devUsers({ province: "10", district: "080", commune: "02746", agency: "demo-agency" })
    const server = await serveLocal({ handler: app.handler, devTokens, port: 0, staticDir: root, offerDevUsers: users })
    const index = await send(server.url, "GET", "/")
    expect([index.status, index.headers["content-type"], index.body.toString()]).toEqual([
      200,
      "text/html; charset=utf-8",
      "<!doctype html><title>x</title>",
    ])
    // 200 with tokens in local mode, 404 otherwise: either way the offer answers, not the API.
    const offer = await send(server.url, "GET", "/local/dev-tokens")
    expect(offer.headers["content-type"]).toMatch(/^application\/(problem\+)?json$/u)
    expect((await send(server.url, "GET", "/v1/health")).status).toBe(200)
    await server.close()
    await expect(send(server.url, "GET", "/v1/health")).rejects.toThrow()
  })
})
