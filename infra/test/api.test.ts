/** The HTTP API: the authorizer on every non-public route, CORS, stage throttling, JSON access logs, custom domain. */
import { Match, type Template } from "aws-cdk-lib/assertions"
import { describe, expect, it } from "vitest"
import { ACCESS_LOG_FIELDS } from "../src/NtmHttpApi.ts"
import { DEFAULT_PROTECTED_ROUTES, DEFAULT_PUBLIC_ROUTES } from "../src/routes.ts"
import { synth } from "./synth.ts"

type Resource = { Properties: Record<string, unknown> }
const routesOf = (template: Template): Resource[] =>
  Object.values(template.findResources("AWS::ApiGatewayV2::Route")) as Resource[]
const authorizerIds = (template: Template): string[] =>
  Object.keys(template.findResources("AWS::ApiGatewayV2::Authorizer"))

/** Asserts the route table: exactly the given keys, public ones open, every other one behind the one JWT authorizer. */
const expectGuarded = (template: Template, publicKeys: ReadonlyArray<string>, protectedKeys: ReadonlyArray<string>) => {
  const routes = routesOf(template)
  expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual([...publicKeys, ...protectedKeys].sort())
  const [authorizerId, ...others] = authorizerIds(template)
  expect(others).toEqual([])
  for (const route of routes) {
    const { RouteKey, AuthorizationType, AuthorizerId } = route.Properties
    if (publicKeys.includes(RouteKey as string)) {
      expect({ RouteKey, AuthorizationType, AuthorizerId }).toEqual({
        RouteKey,
        AuthorizationType: "NONE",
        AuthorizerId: undefined,
      })
    } else {
      expect({ RouteKey, AuthorizationType, AuthorizerId }).toEqual({
        RouteKey,
        AuthorizationType: "JWT",
        AuthorizerId: { Ref: authorizerId },
      })
    }
  }
}

describe("HTTP API", () => {
  it("puts the JWT authorizer on every route except the public ones, and has no catch-all $default route", () => {
    const { template } = synth()
    expectGuarded(template, DEFAULT_PUBLIC_ROUTES, DEFAULT_PROTECTED_ROUTES)
    expect(routesOf(template).some((r) => r.Properties.RouteKey === "$default")).toBe(false)
    template.hasResourceProperties("AWS::ApiGatewayV2::Integration", {
      IntegrationType: "AWS_PROXY",
      PayloadFormatVersion: "2.0",
    })
    template.resourceCountIs("AWS::ApiGatewayV2::Integration", 1)
  })

  it("guards custom route lists the same way", () => {
    const publicRoutes = ["GET /v1/health"]
    const protectedRoutes = ["ANY /v1/{proxy+}", "GET /openapi.json"]
    expectGuarded(synth({ publicRoutes, protectedRoutes }).template, publicRoutes, protectedRoutes)
  })

  it("uses the created user pool and its web client as issuer and audience", () => {
    const { template } = synth()
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp("^NtmAuthUserPoolWebClient") }],
        Issuer: {
          "Fn::Join": [
            "",
            ["https://cognito-idp.ap-southeast-1.amazonaws.com/", { Ref: Match.stringLikeRegexp("^NtmAuthUserPool") }],
          ],
        },
      },
    })
  })

  it("trusts an external issuer and audience instead, creating no user pool", () => {
    const issuer = "https://id.example.vn/realms/ntm"
    const { template } = synth({ auth: { kind: "jwt", issuer, audience: ["ntm-api", "ntm-web"] } })
    template.resourceCountIs("AWS::Cognito::UserPool", 0)
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      JwtConfiguration: { Issuer: issuer, Audience: ["ntm-api", "ntm-web"] },
    })
    expectGuarded(template, DEFAULT_PUBLIC_ROUTES, DEFAULT_PROTECTED_ROUTES)
    expect(() => synth({ auth: { kind: "jwt", issuer, audience: [] } })).toThrow(/audience/u)
  })

  it("configures CORS for the given origins only", () => {
    const origins = ["https://ntm.example.vn", "http://localhost:5173"]
    synth({ corsOrigins: origins }).template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      ProtocolType: "HTTP",
      CorsConfiguration: {
        AllowOrigins: origins,
        AllowHeaders: ["authorization", "content-type", "idempotency-key"],
        AllowMethods: ["*"],
        MaxAge: 3600,
      },
    })
    const [api] = Object.values(synth().template.findResources("AWS::ApiGatewayV2::Api"))
    expect(api?.Properties.CorsConfiguration).toBeUndefined()
    expect(() => synth({ corsOrigins: ["https://ntm.example.vn/path"] })).toThrow(/CORS origin/u)
    // a protected ANY route would swallow the preflight
    expect(() => synth({ corsOrigins: origins, protectedRoutes: ["ANY /v1/{proxy+}"] })).toThrow(/preflight/u)
  })

  it("throttles the stage and writes one JSON access-log line per request", () => {
    const { template } = synth({ throttle: { rateLimit: 20, burstLimit: 40 } })
    template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1)
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: {
        DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^NtmHttpAccessLogs"), "Arn"] },
        Format: Match.anyValue(),
      },
    })
    const [stage] = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"))
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format)
    expect(format).toEqual(ACCESS_LOG_FIELDS)
    expect(format.requestId).toBe("$context.requestId")
    template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 })
    // defaults
    synth().template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    })
    expect(() => synth({ throttle: { rateLimit: 0, burstLimit: 1 } })).toThrow(/rateLimit/u)
  })

  it("maps a custom domain with its certificate, and not otherwise", () => {
    const certificateArn = "arn:aws:acm:ap-southeast-1:123456789012:certificate/abc"
    const { template } = synth({ customDomain: { domainName: "api.ntm.example.vn", certificateArn } })
    template.hasResourceProperties("AWS::ApiGatewayV2::DomainName", {
      DomainName: "api.ntm.example.vn",
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: certificateArn, EndpointType: "REGIONAL" })],
    })
    template.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 1)
    template.hasOutput("ApiUrl", { Value: "https://api.ntm.example.vn/" })
    template.hasOutput("CustomDomainTarget", Match.anyValue())
    synth().template.resourceCountIs("AWS::ApiGatewayV2::DomainName", 0)
  })

  it("rejects a malformed province code", () => {
    expect(() => synth({ provinceCode: "LC" })).toThrow(/GSO province code/u)
    expect(() => synth({ reservedConcurrency: 0 })).toThrow(/reservedConcurrency/u)
  })
})
