/**
 * The deployed sign-in in a real browser: the built dashboard with a Cognito `config.json`, served under the CSP
 * CloudFront sends, driven in Debian's Chromium. The hosted UI is played by Playwright's request routing on the
 * pool's domain: it checks the PKCE challenge against the verifier and hands out unsigned ID tokens (the page never
 * verifies signatures; API Gateway does). Skipped when /usr/bin/chromium is missing.
 */
import { createHash } from "node:crypto"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { staticResponse } from "@ntm/functions/local"
import { type Browser, chromium, type Page, type Route } from "playwright-core"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { CognitoAuth, WebConfig } from "../src/auth/config.ts"
import { contentSecurityPolicy } from "../src/csp.ts"

const CHROMIUM = "/usr/bin/chromium"
const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const DOMAIN = "https://ntm-test-123456789012.auth.ap-southeast-1.amazoncognito.com"

/** An unsigned JWT (header, claims, empty signature). */
const jwt = (claims: Record<string, unknown>): string =>
  [{ alg: "none", typ: "JWT" }, claims].map((p) => Buffer.from(JSON.stringify(p)).toString("base64url")).join(".") +
  ".sig"
const base64url = (bytes: Buffer): string => bytes.toString("base64url")

describe.skipIf(!existsSync(CHROMIUM))("Cognito sign-in in Chromium (hosted UI simulated)", () => {
  const cleanup: Array<() => Promise<void> | void> = []
  let browser: Browser
  let origin = ""
  let auth: CognitoAuth
  /** What the simulated hosted UI saw. */
  const seen = { authorize: [] as URLSearchParams[], token: [] as URLSearchParams[], logout: [] as URLSearchParams[] }
  let issued = 0
  const violations: string[] = []

  /** The ID token of the signed-in province administrator; each one numbered, so a renewal is visible. */
  const idToken = () =>
    jwt({
      sub: "0b9c2f7e-1111-2222-3333-444455556666",
      iss: `https://cognito-idp.ap-southeast-1.amazonaws.com/${auth.userPoolId}`,
      aud: auth.clientId,
      token_use: "id",
      "cognito:groups": ["province-admin"],
      "custom:province": "10",
      email: "admin@example.vn",
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 3600,
      n: ++issued,
    })

  const cors = () => ({ "access-control-allow-origin": origin, "content-type": "application/json" })

  /** The hosted UI and OAuth endpoints of the pool's domain. */
  const hostedUi = async (route: Route) => {
    const request = route.request()
    const url = new URL(request.url())
    if (url.pathname === "/oauth2/authorize") {
      seen.authorize.push(url.searchParams)
      const back = new URL(url.searchParams.get("redirect_uri") ?? "")
      back.searchParams.set("code", "code-1")
      back.searchParams.set("state", url.searchParams.get("state") ?? "")
      return route.fulfill({ status: 302, headers: { location: back.href } })
    }
    if (url.pathname === "/oauth2/token") {
      const form = new URLSearchParams(request.postData() ?? "")
      seen.token.push(form)
      // A short first lifetime, so the client renews with the refresh token within seconds.
      const expires = seen.token.length === 1 ? 62 : 3600
      return route.fulfill({
        status: 200,
        headers: cors(),
        body: JSON.stringify({
          id_token: idToken(),
          access_token: jwt({ sub: "x", token_use: "access", client_id: auth.clientId }),
          ...(form.get("grant_type") === "authorization_code" ? { refresh_token: "refresh-1" } : {}),
          expires_in: expires,
          token_type: "Bearer",
        }),
      })
    }
    if (url.pathname === "/oauth2/revoke") return route.fulfill({ status: 200, headers: cors(), body: "" })
    if (url.pathname === "/logout") {
      seen.logout.push(url.searchParams)
      return route.fulfill({ status: 302, headers: { location: url.searchParams.get("logout_uri") ?? "/" } })
    }
    return route.fulfill({ status: 404, body: "not simulated" })
  }

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), "ntm-web-cognito-"))
    cleanup.push(() => rmSync(outDir, { recursive: true, force: true }))
    await build({ root: webRoot, logLevel: "warn", build: { outDir, emptyOutDir: true } })
    const csp = contentSecurityPolicy([DOMAIN])
    const server: Server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname
      void staticResponse(outDir, req.method ?? "GET", path).then(async (response) => {
        const headers = Object.fromEntries(response?.headers ?? [])
        res.writeHead(response?.status ?? 404, { ...headers, "content-security-policy": csp })
        res.end(response === undefined ? "" : Buffer.from(await response.arrayBuffer()))
      })
    })
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done))
    cleanup.push(() => new Promise<void>((done) => server.close(() => done())))
    origin = `http://localhost:${(server.address() as AddressInfo).port}`
    auth = {
      kind: "cognito",
      region: "ap-southeast-1",
      userPoolId: "ap-southeast-1_Test12345",
      clientId: "4tq2h1n0k5m7p9r3s6u8w0y2a4",
      domain: DOMAIN,
      redirectUri: `${origin}/`,
      logoutUri: `${origin}/`,
    }
    const config: WebConfig = { apiUrl: "/", auth }
    writeFileSync(join(outDir, "config.json"), JSON.stringify(config))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] })
    cleanup.push(() => browser.close())
  })

  afterAll(async () => {
    for (const f of cleanup.reverse()) await f()
  })

  const open = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: "vi-VN" })
    await context.route(`${DOMAIN}/**`, hostedUi)
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        ;(window as unknown as { ntmViolations: string[] }).ntmViolations ??= []
        ;(window as unknown as { ntmViolations: string[] }).ntmViolations.push(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    const page = await context.newPage()
    await page.goto(`${origin}/#/communes`)
    return page
  }
  const recordViolations = async (page: Page) => {
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { ntmViolations?: string[] }).ntmViolations ?? [])),
    )
  }
  const storedToken = (page: Page) => page.evaluate(() => sessionStorage.getItem("ntm.session.token"))
  const claimsOf = (token: string | null): Record<string, unknown> =>
    JSON.parse(Buffer.from(token?.split(".")[1] ?? "", "base64url").toString() || "{}")

  it("signs in through the hosted UI with PKCE, renews the session, keeps it on reload, and signs out", async () => {
    const page = await open()
    // no dev tokens on a deployed site: one button to the hosted UI
    await page.getByRole("button", { name: "Đăng nhập bằng tài khoản" }).click()
    await expect.poll(() => page.getByText("Đã đăng nhập: Quản trị tỉnh").count(), { timeout: 20_000 }).toBe(1)

    // authorization code with PKCE (S256), this client, this redirect, the OpenID scope
    const [authorize] = seen.authorize
    expect(authorize?.get("response_type")).toBe("code")
    expect(authorize?.get("client_id")).toBe(auth.clientId)
    expect(authorize?.get("redirect_uri")).toBe(auth.redirectUri)
    expect(authorize?.get("scope")?.split(" ")).toContain("openid")
    expect(authorize?.get("code_challenge_method")).toBe("S256")
    const [exchange] = seen.token
    expect(exchange?.get("grant_type")).toBe("authorization_code")
    expect(exchange?.get("code")).toBe("code-1")
    expect(exchange?.has("client_secret")).toBe(false)
    const verifier = exchange?.get("code_verifier") ?? ""
    expect(base64url(createHash("sha256").update(verifier).digest())).toBe(authorize?.get("code_challenge"))
    // the code and state are gone from the address bar; the session is the ID token's
    expect(new URL(page.url()).search).toBe("")
    // the session is the ID token (the renewal below may already have replaced the first one)
    expect(claimsOf(await storedToken(page))).toMatchObject({ token_use: "id", "custom:province": "10" })

    // about a minute before the first tokens expire, the refresh token renews them and the page uses the new one
    await expect.poll(() => seen.token.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
    expect(seen.token[1]?.get("grant_type")).toBe("refresh_token")
    expect(seen.token[1]?.get("refresh_token")).toBe("refresh-1")
    await expect.poll(async () => claimsOf(await storedToken(page)).n, { timeout: 5_000 }).toBeGreaterThanOrEqual(2)
    // a reload keeps the tab's (renewed) session without going back to the hosted UI
    const renewed = await storedToken(page)
    await page.reload()
    await expect.poll(() => page.getByText("Đã đăng nhập: Quản trị tỉnh").count(), { timeout: 10_000 }).toBe(1)
    expect(seen.authorize).toHaveLength(1)
    expect(await storedToken(page)).toBe(renewed)

    // sign-out ends the hosted-UI session and comes back signed out
    await recordViolations(page)
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await expect.poll(() => seen.logout.length, { timeout: 10_000 }).toBe(1)
    await page.waitForURL(`${origin}/`)
    await expect
      .poll(() => page.getByRole("button", { name: "Đăng nhập bằng tài khoản" }).count(), { timeout: 15_000 })
      .toBe(1)
    expect(Object.fromEntries(seen.logout[0] ?? [])).toEqual({ client_id: auth.clientId, logout_uri: auth.logoutUri })
    expect(await storedToken(page)).toBeNull()
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("oidc.user")))).toEqual([])
    await recordViolations(page)
    // the page ran under the CloudFront CSP without a single violation
    expect(violations).toEqual([])
    await page.context().close()
  })
})
