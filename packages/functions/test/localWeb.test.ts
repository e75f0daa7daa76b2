/** The local server's web pieces: static files beside the API, and the dev-token offer (local mode only). */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { devUsers, makeDevTokens } from "../src/auth/devTokens.ts"
import { devTokenOffer } from "../src/local/devTokenOffer.ts"
import { isApiPath, staticResponse } from "../src/local/static.ts"

const outer = mkdtempSync(join(tmpdir(), "ntm-static-"))
const root = join(outer, "dist")
mkdirSync(root)
writeFileSync(join(root, "index.html"), "<!doctype html><title>x</title>")
mkdirSync(join(root, "assets"))
writeFileSync(join(root, "assets", "a-1.js"), "export {}")
writeFileSync(join(outer, "secret.txt"), "secret")

describe("static files", () => {
  it("serves index.html at / and hashed assets with a long cache", async () => {
    const index = await staticResponse(root, "GET", "/")
    expect(index?.headers.get("content-type")).toBe("text/html; charset=utf-8")
    expect(await index?.text()).toContain("<title>x</title>")
    const asset = await staticResponse(root, "GET", "/assets/a-1.js")
    expect(asset?.headers.get("cache-control")).toContain("immutable")
    expect(await staticResponse(root, "POST", "/")).toBeUndefined()
    expect(await staticResponse(root, "GET", "/missing.js")).toBeUndefined()
  })

  it("never answers an API path and never leaves its folder", async () => {
    for (const p of ["/v1/health", "/openapi.json", "/docs", "/docs/x", "/local/dev-tokens"]) {
      expect(isApiPath(p)).toBe(true)
      expect(await staticResponse(root, "GET", p)).toBeUndefined()
    }
    for (const p of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/%2e%2e%2fsecret.txt"]) {
      expect(await staticResponse(root, "GET", p)).toBeUndefined()
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("..", "%2e%2e", "assets", "secret.txt", "%2f", "."), { maxLength: 6 }),
        async (parts) => {
          const r = await staticResponse(root, "GET", `/${parts.join("/")}`)
          if (r !== undefined) expect(await r.text()).not.toBe("secret")
        },
      ),
    )
  })
})

describe("dev-token offer", () => {
  const users = devUsers({ province: "10", district: "080", commune: "02746", agency: "demo-agency" })

  it("offers one verifiable token per role in local mode", async () => {
    const dev = makeDevTokens({ NTM_LOCAL: "1" })
    const r = devTokenOffer(dev, users, { NTM_LOCAL: "1" })
    expect(r.status).toBe(200)
    const body = (await r.json()) as { tokens: Array<{ role: string; token: string }> }
    expect(body.tokens.map((t) => t.role)).toEqual(Object.keys(users))
    for (const t of body.tokens) expect(dev.verify(t.token).ok).toBe(true)
  })

  it("refuses (404) outside local mode or on Lambda, even with an issuer at hand", async () => {
    const dev = makeDevTokens({ NTM_LOCAL: "1" })
    for (const env of [{}, { NTM_LOCAL: "0" }, { NTM_LOCAL: "1", AWS_LAMBDA_FUNCTION_NAME: "api" }]) {
      const r = devTokenOffer(dev, users, env)
      expect(r.status).toBe(404)
      expect(await r.text()).not.toContain("eyJ")
    }
  })
})
