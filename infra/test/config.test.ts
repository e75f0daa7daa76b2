/** Context → stack props: defaults, every key, and errors that name the key. */
import path from "node:path"
import { RetentionDays } from "aws-cdk-lib/aws-logs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type ContextKey, DEFAULT_PROVINCE_CODE, stackConfigFromContext } from "../src/config.ts"
import { REPO_ROOT } from "../src/NtmFunction.ts"

const from = (context: Partial<Record<ContextKey, unknown>>) => stackConfigFromContext((key) => context[key])

describe("stackConfigFromContext", () => {
  it("defaults to a dev stage of Lào Cai (GSO 15) with a created Cognito pool and nothing optional", () => {
    expect(DEFAULT_PROVINCE_CODE).toBe("15")
    expect(from({})).toEqual({
      stackName: "Ntm-15-dev",
      stage: "dev",
      api: { provinceCode: "15", production: false, auth: { kind: "cognito" } },
      web: {},
    })
  })

  it("hosts the dashboard unless web=false, by default only with the created pool, on a custom domain when given", () => {
    expect(from({ web: "false" }).web).toBeUndefined()
    expect(from({ authIssuer: "https://id.example.vn", authAudience: "ntm" }).web).toBeUndefined()
    // asked for explicitly with an external issuer: the stack refuses it with a message (web.test.ts)
    expect(from({ authIssuer: "https://id.example.vn", authAudience: "ntm", web: true }).web).toEqual({})
    const certificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/web"
    expect(from({ webDomainName: "ntm.example.vn", webCertificateArn: certificateArn }).web).toEqual({
      customDomain: { domainName: "ntm.example.vn", certificateArn },
    })
  })

  it("makes only the prod stage production", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,19}$/u), (stage) => {
        const config = from({ stage })
        expect(config.api.production).toBe(stage === "prod")
        expect(config.stackName).toBe(`Ntm-15-${stage}`)
      }),
    )
  })

  it("reads every key, from CLI strings as from cdk.json values", () => {
    const config = from({
      stage: "prod",
      province: "15",
      callbackUrls: "https://ntm.example.vn/, http://localhost:5173/",
      cognitoDomainPrefix: "ntm-lao-cai",
      domainName: "api.ntm.example.vn",
      certificateArn: "arn:aws:acm:ap-southeast-1:123456789012:certificate/abc",
      alarmEmail: "ops@example.vn",
      corsOrigins: ["https://ntm.example.vn"],
      reservedConcurrency: "5",
      logRetentionDays: 90,
      tracing: "true",
      sourceMaps: "true",
      throttleRate: 10,
      throttleBurst: "20",
      entry: "infra/test/fixtures/handler.ts",
    })
    expect(config.api).toEqual({
      provinceCode: "15",
      production: true,
      auth: {
        kind: "cognito",
        callbackUrls: ["https://ntm.example.vn/", "http://localhost:5173/"],
        domainPrefix: "ntm-lao-cai",
      },
      customDomain: {
        domainName: "api.ntm.example.vn",
        certificateArn: "arn:aws:acm:ap-southeast-1:123456789012:certificate/abc",
      },
      alarmEmail: "ops@example.vn",
      corsOrigins: ["https://ntm.example.vn"],
      reservedConcurrency: 5,
      logRetention: RetentionDays.THREE_MONTHS,
      tracing: true,
      sourceMaps: true,
      throttle: { rateLimit: 10, burstLimit: 20 },
      entry: path.join(REPO_ROOT, "infra/test/fixtures/handler.ts"),
    })
  })

  it("switches to an external issuer when issuer and audience are given", () => {
    expect(from({ authIssuer: "https://id.example.vn", authAudience: "a,b" }).api.auth).toEqual({
      kind: "jwt",
      issuer: "https://id.example.vn",
      audience: ["a", "b"],
    })
  })

  it("splits comma lists, trimming and dropping empty parts", () => {
    const item = fc.stringMatching(/^[a-z0-9:/.-]{1,12}$/u)
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (origins) => {
        expect(from({ corsOrigins: ` ${origins.join(" , ")} ,` }).api.corsOrigins).toEqual(origins)
      }),
    )
  })

  it.each<[Partial<Record<ContextKey, unknown>>, RegExp]>([
    [{ stage: "Prod" }, /"stage"/u],
    [{ authIssuer: "https://id.example.vn" }, /"authIssuer" and "authAudience"/u],
    [{ domainName: "api.example.vn" }, /"domainName" and "certificateArn"/u],
    [{ reservedConcurrency: "five" }, /"reservedConcurrency"/u],
    [{ logRetentionDays: 42 }, /"logRetentionDays"/u],
    [{ tracing: "yes" }, /"tracing"/u],
    [{ sourceMaps: "on" }, /"sourceMaps"/u],
    [{ throttleRate: 10 }, /"throttleRate" and "throttleBurst"/u],
    [{ web: "no" }, /"web"/u],
    [{ webDomainName: "ntm.example.vn" }, /"webDomainName" and "webCertificateArn"/u],
  ])("rejects %j naming the key", (context, message) => {
    expect(() => from(context)).toThrow(message)
  })
})
