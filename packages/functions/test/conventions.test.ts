/** API conventions through the real web handler: health, OpenAPI, 404/400 problems, authentication, public routes. */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { isPublicRoute, publicRoutes } from "../src/http/publicRoutes.ts"
import { committedPath, openApiText } from "../src/openapi/document.ts"
import { call, claims, makeTestApp } from "./support/widgets.ts"

const srcDir = fileURLToPath(new URL("../src", import.meta.url))
const app = makeTestApp()
afterAll(() => app.dispose())

const problemJson = "application/problem+json"

describe("conventions", () => {
  it("GET /v1/health answers without a token", async () => {
    const r = await call(app, "GET", "/v1/health")
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ status: "ok", service: "ntm-api" })
    expect(r.headers.get("x-request-id")).toMatch(/.+/u)
  })

  it("serves an OpenAPI 3.1 document with the bearer scheme and problem responses", async () => {
    const r = await call(app, "GET", "/openapi.json")
    expect(r.status).toBe(200)
    expect(r.json.openapi).toBe("3.1.0")
    expect(Object.keys(r.json.paths)).toEqual(expect.arrayContaining(["/v1/health", "/v1/audit/{entityType}/{id}"]))
    const trail = r.json.paths["/v1/audit/{entityType}/{id}"].get
    expect(Object.keys(trail.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404", "503"]))
    expect(trail.responses["400"].content[problemJson]).toBeDefined()
    expect(JSON.stringify(r.json.components.securitySchemes)).toContain("bearer")
  })

  it("docs/openapi.json is up to date (run `pnpm --filter @ntm/functions openapi` when this fails)", () => {
    expect(readFileSync(committedPath, "utf8")).toBe(openApiText())
  })

  it("an unknown route is a 404 problem, never an empty body", async () => {
    const r = await call(app, "GET", "/v1/nothing-here", { claims: claims.admin })
    expect(r.status).toBe(404)
    expect(r.headers.get("content-type")).toContain(problemJson)
    expect(r.json).toMatchObject({ status: 404, type: "urn:ntm:problem:not-found" })
  })

  it("bad JSON is a 400 problem naming the payload", async () => {
    const r = await call(app, "POST", "/v1/widgets", { claims: claims.admin, rawBody: '{"name": "x",' })
    expect(r.status).toBe(400)
    expect(r.headers.get("content-type")).toContain(problemJson)
    expect(r.json.errors.length).toBeGreaterThan(0)
    expect(r.json.errors[0].path[0]).toBe("payload")
  })

  it("a failing Schema lists every field path and rule", async () => {
    const r = await call(app, "POST", "/v1/widgets", {
      claims: claims.admin,
      body: { province: "9", commune: "91101", name: "", amount: "1.5", extra: true },
    })
    expect(r.status).toBe(400)
    const found = (r.json.errors as Array<{ path: Array<string>; rule: string }>).map((e) => [e.path.join("."), e.rule])
    expect(found).toEqual(
      expect.arrayContaining([
        ["payload.province", "isPattern"],
        ["payload.name", "isMinLength"],
        ["payload.amount", "isPattern"],
        ["payload.extra", "unexpected-key"],
      ]),
    )
  })

  it("a missing field is reported with rule missing-key", async () => {
    const r = await call(app, "POST", "/v1/widgets", { claims: claims.admin, body: { province: "91" } })
    expect(r.status).toBe(400)
    const paths = (r.json.errors as Array<{ path: Array<string>; rule: string }>).map(
      (e) => `${e.path.join(".")}:${e.rule}`,
    )
    expect(paths).toEqual(
      expect.arrayContaining(["payload.commune:missing-key", "payload.name:missing-key", "payload.amount:missing-key"]),
    )
  })
})

describe("authentication", () => {
  it("no token on a non-public route → 401 problem", async () => {
    for (const [method, path] of [
      ["GET", "/v1/audit/TestWidget/x"],
      ["GET", "/v1/widgets/x"],
      ["POST", "/v1/widgets"],
    ] as const) {
      const r = await call(app, method, path, { body: method === "POST" ? {} : undefined })
      expect(r.status, `${method} ${path}`).toBe(401)
      expect(r.headers.get("content-type")).toContain(problemJson)
    }
  })

  it("a token without an NTM group, or without the unit its role needs → 403", async () => {
    expect((await call(app, "GET", "/v1/widgets/x", { claims: claims.noGroup })).status).toBe(403)
    const r = await call(app, "GET", "/v1/widgets/x", {
      claims: { sub: "u", "cognito:groups": "[agency]", "custom:province": "91" },
    })
    expect(r.status).toBe(403)
    expect(r.json.detail).toContain("custom:agency")
  })

  it("the public route list is exactly the documented one", () => {
    expect(publicRoutes.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /openapi.json",
      "GET /docs",
      "GET /docs/{proxy+}",
      "GET /v1/health",
      "GET /v1/public/{proxy+}",
    ])
    expect(isPublicRoute("GET", "/v1/public/reports/x")).toBe(true)
    expect(isPublicRoute("GET", "/v1/public/")).toBe(false)
    expect(isPublicRoute("POST", "/v1/health")).toBe(false)
    expect(isPublicRoute("GET", "/v1/audit/x/y")).toBe(false)
    expect(isPublicRoute("GET", "/docsx")).toBe(false)
  })
})

describe("every operation documents the common problems", () => {
  it("400 and 503 (problem+json) on every operation; 401 on every non-public one", async () => {
    const r = await call(app, "GET", "/openapi.json")
    for (const [path, ops] of Object.entries(r.json.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const codes = Object.keys(op.responses)
        expect(codes, `${method} ${path}`).toEqual(expect.arrayContaining(["400", "503"]))
        const openPath = path.replace(/\{[^}]+\}/gu, "x")
        if (!isPublicRoute(method, openPath)) expect(codes, `${method} ${path}`).toContain("401")
      }
    }
  })
})

describe("no Scan in a request path", () => {
  it("no source file under src/ uses ScanCommand", () => {
    const offenders = readdirSync(srcDir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /\bScan(Command|Input)\b|\.scan\(/u.test(readFileSync(join(srcDir, f), "utf8")))
    expect(offenders).toEqual([])
  })
})
