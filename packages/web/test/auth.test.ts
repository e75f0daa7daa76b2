/** Deployed sign-in: `/config.json` decoding, the Cognito OAuth settings, and the session read from an ID token. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  COGNITO_SCOPES,
  cognitoEndpoints,
  cognitoIssuer,
  cognitoLogoutUrl,
  cognitoSettings,
  isSignInCallback,
} from "../src/auth/cognitoSettings.ts"
import { type CognitoAuth, decodeWebConfig, formatProblems } from "../src/auth/config.ts"
import { sessionOf } from "../src/session.ts"

const region = fc.constantFrom("ap-southeast-1", "us-east-1", "eu-central-1")
const host = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/u)
/** Configs as the CDK app writes them. */
const cognitoAuth: fc.Arbitrary<CognitoAuth> = fc
  .record({
    region,
    pool: fc.stringMatching(/^[0-9A-Za-z]{9}$/u),
    clientId: fc.stringMatching(/^[0-9a-z]{26}$/u),
    prefix: host,
    site: host,
  })
  .map(({ region, pool, clientId, prefix, site }) => ({
    kind: "cognito" as const,
    region,
    userPoolId: `${region}_${pool}`,
    clientId,
    domain: `https://${prefix}.auth.${region}.amazoncognito.com`,
    redirectUri: `https://${site}.cloudfront.net/`,
    logoutUri: `https://${site}.cloudfront.net/`,
  }))

const example: CognitoAuth = {
  kind: "cognito",
  region: "ap-southeast-1",
  userPoolId: "ap-southeast-1_AbC123xyz",
  clientId: "4tq2h1n0k5m7p9r3s6u8w0y2a4",
  domain: "https://ntm-15-prod-123456789012.auth.ap-southeast-1.amazoncognito.com",
  redirectUri: "https://d111111abcdef8.cloudfront.net/",
  logoutUri: "https://d111111abcdef8.cloudfront.net/",
}

const pathsOf = (input: unknown): Array<string> => {
  const result = decodeWebConfig(input)
  return result.ok ? [] : result.problems.map((p) => p.path.join("."))
}

describe("/config.json", () => {
  it("accepts every config the CDK app writes, unchanged", () => {
    fc.assert(
      fc.property(cognitoAuth, fc.constantFrom("/", "https://api.ntm.example.vn"), (auth, apiUrl) => {
        expect(decodeWebConfig({ apiUrl, auth })).toEqual({ ok: true, value: { apiUrl, auth } })
      }),
    )
    expect(decodeWebConfig({ apiUrl: "/", auth: { kind: "local" } })).toEqual({
      ok: true,
      value: { apiUrl: "/", auth: { kind: "local" } },
    })
  })

  it("reports every wrong field with its path, not only the first", () => {
    const paths = pathsOf({
      apiUrl: "http://api.example.vn",
      auth: { ...example, region: "Singapore", domain: "http://ntm.auth.example", redirectUri: "https://x.vn" },
    })
    expect(paths.sort()).toEqual(["apiUrl", "auth.domain", "auth.redirectUri", "auth.region"])
    const result = decodeWebConfig({ apiUrl: "/", auth: { ...example, clientId: "" } })
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([expect.stringContaining("auth.clientId")])
  })

  it("names the missing field whichever one is left out", () => {
    const fields = Object.keys(example).filter((k) => k !== "kind")
    fc.assert(
      fc.property(cognitoAuth, fc.constantFrom(...fields), (auth, field) => {
        const { [field as keyof CognitoAuth]: _, ...rest } = auth
        expect(pathsOf({ apiUrl: "/", auth: rest })).toContain(`auth.${field}`)
      }),
    )
  })

  it("refuses an unknown sign-in kind and a config that is not an object", () => {
    expect(pathsOf({ apiUrl: "/", auth: { kind: "password" } })).not.toEqual([])
    expect(pathsOf("local")).not.toEqual([])
    expect(pathsOf({ auth: { kind: "local" } })).toEqual(["apiUrl"])
  })
})

describe("Cognito OAuth settings", () => {
  it("use the authorization code with PKCE, on the pool's own hosted-UI endpoints, without discovery", () => {
    fc.assert(
      fc.property(cognitoAuth, (auth) => {
        const settings = cognitoSettings(auth)
        expect(settings).toMatchObject({
          authority: `https://cognito-idp.${auth.region}.amazonaws.com/${auth.userPoolId}`,
          client_id: auth.clientId,
          redirect_uri: auth.redirectUri,
          post_logout_redirect_uri: auth.logoutUri,
          response_type: "code",
          disablePKCE: false,
          scope: COGNITO_SCOPES,
          automaticSilentRenew: true,
        })
        expect(settings).not.toHaveProperty("client_secret")
        const { issuer, ...endpoints } = cognitoEndpoints(auth)
        expect(issuer).toBe(cognitoIssuer(auth))
        expect(settings.metadata).toEqual({ issuer, ...endpoints })
        for (const url of Object.values(endpoints)) expect(new URL(url).origin).toBe(auth.domain)
      }),
    )
    expect(COGNITO_SCOPES.split(" ")).toContain("openid")
  })

  it("signs out through Cognito's /logout with the client id and the return address", () => {
    fc.assert(
      fc.property(cognitoAuth, (auth) => {
        const url = new URL(cognitoLogoutUrl(auth))
        expect(`${url.origin}${url.pathname}`).toBe(`${auth.domain}/logout`)
        expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: auth.clientId, logout_uri: auth.logoutUri })
      }),
    )
  })

  it("recognises the hosted UI's redirect back (code or error, with state) and nothing else", () => {
    const at = (q: string) => isSignInCallback(new URL(`https://d1.cloudfront.net/${q}#/communes`))
    expect(at("?code=abc&state=s1")).toBe(true)
    expect(at("?error=access_denied&state=s1")).toBe(true)
    expect(at("?code=abc")).toBe(false)
    expect(at("")).toBe(false)
  })
})

/** An unsigned JWT with these claims (the page never checks signatures; API Gateway does). */
const jwt = (claims: Record<string, unknown>): string =>
  ["{}", JSON.stringify(claims), "sig"].map((part) => Buffer.from(part).toString("base64url")).join(".")

describe("session from a Cognito ID token", () => {
  it("reads role and scope from the ID token's groups and custom attributes", () => {
    const token = jwt({
      sub: "5f1c2d3e-aaaa-bbbb-cccc-123456789012",
      aud: example.clientId,
      iss: cognitoIssuer(example),
      token_use: "id",
      "cognito:username": "5f1c2d3e-aaaa-bbbb-cccc-123456789012",
      "cognito:groups": ["agency"],
      email: "so-nn@example.vn",
      name: "Sở Nông nghiệp",
      "custom:province": "15",
      "custom:agency": "so-nong-nghiep",
      exp: 1_800_000_000,
    })
    expect(sessionOf(token)).toEqual({ token, role: "agency", province: "15", agency: "so-nong-nghiep" })
  })

  it("keeps every scope claim the token carries and takes the widest of its roles", () => {
    const roles = ["province-admin", "agency", "commune-official", "unit-viewer"] as const
    const code = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`, "u"))
    fc.assert(
      fc.property(
        fc.subarray([...roles], { minLength: 1 }),
        fc.option(code(2), { nil: undefined }),
        fc.option(code(5), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-z][a-z-]{0,15}$/u), { nil: undefined }),
        (groups, province, unit, agency) => {
          const claims = {
            sub: "u",
            token_use: "id",
            "cognito:groups": [...groups].reverse(),
            ...(province === undefined ? {} : { "custom:province": province }),
            ...(unit === undefined ? {} : { "custom:unit": unit }),
            ...(agency === undefined ? {} : { "custom:agency": agency }),
          }
          const session = sessionOf(jwt(claims))
          expect(session.role).toBe(roles.find((r) => groups.includes(r)))
          expect(session.province).toBe(province)
          expect(session.unit).toBe(unit)
          expect(session.agency).toBe(agency)
        },
      ),
    )
  })
})
