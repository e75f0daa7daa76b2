/** The route plan: public routes open, every other route behind the authorizer, no route listed twice. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  DEFAULT_PROTECTED_ROUTES,
  DEFAULT_PUBLIC_ROUTES,
  parseRouteKey,
  planRoutes,
  type RouteMethod,
  RouteMethods,
} from "../src/routes.ts"

const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/u)
const pathArb = fc
  .tuple(fc.array(segment, { minLength: 0, maxLength: 3 }), fc.boolean())
  .map(([parts, greedy]) => `/${[...parts, ...(greedy ? ["{proxy+}"] : [])].join("/")}`)
const methodArb = fc.constantFrom<RouteMethod>(...RouteMethods)
const keyArb = fc.tuple(methodArb, pathArb).map(([m, p]) => `${m} ${p}`)
/** Two disjoint lists of distinct route keys. */
const listsArb = fc.uniqueArray(keyArb, { maxLength: 12 }).chain((keys) =>
  fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }).map((sides) => ({
    publicRoutes: keys.filter((_, i) => sides[i]),
    protectedRoutes: keys.filter((_, i) => !sides[i]),
  })),
)

describe("planRoutes", () => {
  it("authorizes exactly the routes not listed as public, keeping every route (without CORS)", () => {
    fc.assert(
      fc.property(listsArb, ({ publicRoutes, protectedRoutes }) => {
        const plan = planRoutes({ publicRoutes, protectedRoutes, cors: false })
        expect(plan.map((r) => r.key).sort()).toEqual([...publicRoutes, ...protectedRoutes].sort())
        for (const route of plan) expect(route.authorized).toBe(!publicRoutes.includes(route.key))
      }),
    )
  })

  it("rejects a route listed twice, whichever lists it is in", () => {
    fc.assert(
      fc.property(listsArb, keyArb, fc.boolean(), fc.boolean(), (lists, key, firstPublic, secondPublic) => {
        const publicRoutes = [...lists.publicRoutes.filter((k) => k !== key)]
        const protectedRoutes = [...lists.protectedRoutes.filter((k) => k !== key)]
        ;(firstPublic ? publicRoutes : protectedRoutes).push(key)
        ;(secondPublic ? publicRoutes : protectedRoutes).push(key)
        expect(() => planRoutes({ publicRoutes, protectedRoutes, cors: false })).toThrow(/more than once/u)
      }),
    )
  })

  it("with CORS on, refuses protected ANY/OPTIONS routes (the preflight carries no token) but allows public ones", () => {
    fc.assert(
      fc.property(pathArb, fc.constantFrom("ANY", "OPTIONS"), (path, method) => {
        expect(() => planRoutes({ publicRoutes: [], protectedRoutes: [`${method} ${path}`], cors: true })).toThrow(
          /preflight/u,
        )
        expect(planRoutes({ publicRoutes: [`${method} ${path}`], protectedRoutes: [], cors: true })).toHaveLength(1)
        expect(planRoutes({ publicRoutes: [], protectedRoutes: [`${method} ${path}`], cors: false })).toHaveLength(1)
      }),
    )
  })

  it("the defaults are the agreed public routes and every write/read method under /v1 behind the authorizer", () => {
    const plan = planRoutes({
      publicRoutes: DEFAULT_PUBLIC_ROUTES,
      protectedRoutes: DEFAULT_PROTECTED_ROUTES,
      cors: true,
    })
    expect(plan.filter((r) => !r.authorized).map((r) => r.key)).toEqual([
      "GET /openapi.json",
      "GET /docs",
      "GET /docs/{proxy+}",
      "GET /v1/health",
      "GET /v1/public/{proxy+}",
    ])
    expect(plan.filter((r) => r.authorized).map((r) => r.method)).toEqual(["GET", "POST", "PUT", "PATCH", "DELETE"])
    expect(plan.filter((r) => r.authorized).every((r) => r.path === "/v1/{proxy+}")).toBe(true)
  })
})

describe("parseRouteKey", () => {
  it("round-trips every well-formed key", () => {
    fc.assert(
      fc.property(methodArb, pathArb, (method, path) => {
        expect(parseRouteKey(`${method} ${path}`)).toEqual({ method, path })
      }),
    )
  })

  it.each(["get /v1/x", "FETCH /v1/x", "GET v1/x", "GET  /v1/x", "GET /v1/x y", "$default", ""])(
    "rejects %j",
    (key) => {
      expect(() => parseRouteKey(key)).toThrow(/route key/u)
    },
  )
})
