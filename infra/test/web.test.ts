/** The dashboard's hosting: private bucket behind CloudFront (OAC), `/v1/*` to the API, config.json, Cognito redirects. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { decodeWebConfig } from "@ntm/web/config"
import { contentSecurityPolicy } from "@ntm/web/csp"
import type { Template } from "aws-cdk-lib/assertions"
import { describe, expect, it } from "vitest"
import { stackConfigFromContext } from "../src/config.ts"
import { API_PATHS } from "../src/NtmWeb.ts"
import { synth } from "./synth.ts"

/** A resource of the synthesised template, as loosely typed as CDK's `findResources` gives it. */
type Resource = ReturnType<Template["findResources"]>[string]
/** A CloudFront origin or cache behaviour, with the fields read here. */
type Origin = {
  Id: string
  DomainName?: unknown
  S3OriginConfig?: unknown
  OriginAccessControlId?: unknown
  CustomOriginConfig?: unknown
}
type Behavior = { PathPattern: string; TargetOriginId: string }
const resources = (template: Template, type: string): Array<[string, Resource]> =>
  Object.entries(template.findResources(type)) as Array<[string, Resource]>
const only = (template: Template, type: string): [string, Resource] => {
  const found = resources(template, type)
  expect(found).toHaveLength(1)
  return found[0] as [string, Resource]
}

const hosted = synth({}, { web: {} })
const [distributionId, distribution] = only(hosted.template, "AWS::CloudFront::Distribution")
const config = distribution.Properties.DistributionConfig
/** `https://<distribution domain>/` as CloudFormation writes it. */
const distributionUrl = { "Fn::Join": ["", ["https://", { "Fn::GetAtt": [distributionId, "DomainName"] }, "/"]] }

describe("dashboard bucket", () => {
  it("is private: public access blocked, TLS enforced, encrypted, ACLs off", () => {
    const [, bucket] = only(hosted.template, "AWS::S3::Bucket")
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    })
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined()
  })

  it("lets only this distribution read objects, and nobody use plain HTTP", () => {
    const [, policy] = only(hosted.template, "AWS::S3::BucketPolicy")
    const statements = policy.Properties.PolicyDocument.Statement as Array<Resource>
    const allows = statements.filter((s) => s.Effect === "Allow")
    // nothing is granted to everyone
    for (const s of allows) expect(JSON.stringify(s.Principal)).not.toMatch(/"\*"/u)
    const reads = allows.filter((s) => [s.Action].flat().includes("s3:GetObject"))
    expect(reads).toEqual([
      expect.objectContaining({
        Principal: { Service: "cloudfront.amazonaws.com" },
        Condition: {
          StringEquals: {
            "AWS:SourceArn": {
              "Fn::Join": ["", expect.arrayContaining([":distribution/", { Ref: distributionId }])],
            },
          },
        },
      }),
    ])
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    )
  })

  it("is kept in production and deleted with its objects otherwise", () => {
    expect(only(hosted.template, "AWS::S3::Bucket")[1].DeletionPolicy).toBe("Delete")
    hosted.template.resourceCountIs("Custom::S3AutoDeleteObjects", 1)
    const prod = synth({ production: true }, { web: {} }).template
    expect(only(prod, "AWS::S3::Bucket")[1].DeletionPolicy).toBe("Retain")
    prod.resourceCountIs("Custom::S3AutoDeleteObjects", 0)
  })
})

describe("dashboard distribution", () => {
  it("reads the bucket through Origin Access Control (no legacy OAI)", () => {
    const [oacId, oac] = only(hosted.template, "AWS::CloudFront::OriginAccessControl")
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: "s3",
      SigningBehavior: "always",
      SigningProtocol: "sigv4",
    })
    hosted.template.resourceCountIs("AWS::CloudFront::CloudFrontOriginAccessIdentity", 0)
    const s3Origin = (config.Origins as Array<Origin>).find((o) => o.S3OriginConfig !== undefined)
    expect(s3Origin?.OriginAccessControlId).toEqual({ "Fn::GetAtt": [oacId, "Id"] })
    expect(s3Origin?.S3OriginConfig).toEqual({ OriginAccessIdentity: "" })
  })

  it("serves index.html at the root, HTTPS only, and no error rewrites (the dashboard uses hash routes)", () => {
    expect(config.DefaultRootObject).toBe("index.html")
    expect(config.CustomErrorResponses).toBeUndefined()
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: "redirect-to-https",
      AllowedMethods: ["GET", "HEAD"],
      Compress: true,
    })
  })

  it("sends /v1/* to the HTTP API uncached, with the caller's headers except Host, over HTTPS only", () => {
    expect((config.CacheBehaviors as Array<Behavior>).map((b) => b.PathPattern)).toEqual(API_PATHS)
    const [behavior] = config.CacheBehaviors
    expect(behavior).toMatchObject({
      ViewerProtocolPolicy: "https-only",
      AllowedMethods: expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
      CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", // Managed-CachingDisabled
      OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac", // Managed-AllViewerExceptHostHeader
    })
    const [apiId] = Object.keys(hosted.template.findResources("AWS::ApiGatewayV2::Api"))
    const apiOrigin = (config.Origins as Array<Origin>).find((o) => o.Id === behavior.TargetOriginId)
    expect(apiOrigin?.CustomOriginConfig).toEqual({
      OriginProtocolPolicy: "https-only",
      OriginSSLProtocols: ["TLSv1.2"],
    })
    expect(apiOrigin?.DomainName).toEqual({
      "Fn::Join": ["", [{ Ref: apiId }, ".execute-api.ap-southeast-1.", { Ref: "AWS::URLSuffix" }]],
    })
  })

  it("sends the security headers with a CSP that lets the page call itself and the Cognito domain only", () => {
    const [policyId, policy] = only(hosted.template, "AWS::CloudFront::ResponseHeadersPolicy")
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId })
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
    const signIn = "https://ntmtest-123456789012.auth.ap-southeast-1.amazoncognito.com"
    expect(headers.ContentSecurityPolicy).toEqual({
      ContentSecurityPolicy: contentSecurityPolicy([signIn]),
      Override: true,
    })
    const csp = new Map<string, string>(
      headers.ContentSecurityPolicy.ContentSecurityPolicy.split("; ").map((d: string) => {
        const [name, ...values] = d.split(" ")
        return [name, values.join(" ")] as const
      }),
    )
    expect(csp.get("connect-src")).toBe(`'self' ${signIn}`)
    expect(csp.get("script-src")).toBe("'self'")
    expect(csp.get("default-src")).toBe("'none'")
    expect(csp.get("frame-ancestors")).toBe("'none'")
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: "DENY" },
    })
  })

  it("takes a custom domain with its us-east-1 certificate and TLS 1.2 at least", () => {
    const certificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/web"
    const { template } = synth(
      { auth: { kind: "cognito", callbackUrls: ["https://ntm.example.vn/"] } },
      { web: { customDomain: { domainName: "ntm.example.vn", certificateArn } } },
    )
    const [, d] = only(template, "AWS::CloudFront::Distribution")
    expect(d.Properties.DistributionConfig).toMatchObject({
      Aliases: ["ntm.example.vn"],
      ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: "TLSv1.2_2021" },
    })
    const [, client] = only(template, "AWS::Cognito::UserPoolClient")
    // the custom domain first (the redirect the dashboard uses), each URL once
    expect(client.Properties.CallbackURLs).toEqual(["https://ntm.example.vn/", distributionUrl])
    template.hasOutput("WebUrl", { Value: "https://ntm.example.vn/" })
  })
})

describe("dashboard deployment", () => {
  const deployments = resources(hosted.template, "Custom::CDKBucketDeployment")

  it("uploads hashed files cached for a year first, then index.html and config.json revalidated on every load", () => {
    expect(deployments).toHaveLength(2)
    const [assetsId, assets] = deployments.find(([, d]) => d.Properties.Include === undefined) ?? []
    const [, entry] = deployments.find(([, d]) => d.Properties.Include !== undefined) ?? []
    expect(assets?.Properties).toMatchObject({
      Exclude: ["index.html", "config.json"],
      Prune: false,
      SystemMetadata: { "cache-control": "public, max-age=31536000, immutable" },
    })
    expect(entry?.Properties).toMatchObject({
      Exclude: ["*"],
      Include: ["index.html", "config.json"],
      Prune: false,
      SystemMetadata: { "cache-control": "no-cache" },
    })
    expect(entry?.DependsOn).toContain(assetsId)
    for (const [, d] of deployments) {
      const [bucketId] = Object.keys(hosted.template.findResources("AWS::S3::Bucket"))
      expect(d.Properties.DestinationBucketName).toEqual({ Ref: bucketId })
    }
  })

  it("writes a config.json the dashboard decodes: same-origin API, the pool, its client and the redirect URLs", () => {
    const [, entry] = deployments.find(([, d]) => d.Properties.Include !== undefined) ?? []
    const keys: string[] = entry?.Properties.SourceObjectKeys
    const markers: Record<string, unknown> = entry?.Properties.SourceMarkers[1]
    const file = path.join(hosted.app.outdir, `asset.${keys[1]?.replace(/\.zip$/u, "")}`, "config.json")
    // Deploy-time values: what CloudFormation would put in place of each marker.
    const [poolId] = Object.keys(hosted.template.findResources("AWS::Cognito::UserPool"))
    const [clientId] = Object.keys(hosted.template.findResources("AWS::Cognito::UserPoolClient"))
    const values = new Map<string, string>([
      [JSON.stringify({ Ref: poolId }), "ap-southeast-1_Ab12Cd34E"],
      [JSON.stringify({ Ref: clientId }), "4tq2h1n0k5m7p9r3s6u8w0y2a4"],
      [JSON.stringify({ "Fn::GetAtt": [distributionId, "DomainName"] }), "d111111abcdef8.cloudfront.net"],
    ])
    let text = readFileSync(file, "utf8")
    for (const [marker, token] of Object.entries(markers)) {
      const value = values.get(JSON.stringify(token))
      expect(value, `marker ${marker} = ${JSON.stringify(token)}`).toBeDefined()
      text = text.replaceAll(marker, value ?? "")
    }
    expect(decodeWebConfig(JSON.parse(text))).toEqual({
      ok: true,
      value: {
        apiUrl: "/",
        auth: {
          kind: "cognito",
          region: "ap-southeast-1",
          userPoolId: "ap-southeast-1_Ab12Cd34E",
          clientId: "4tq2h1n0k5m7p9r3s6u8w0y2a4",
          domain: "https://ntmtest-123456789012.auth.ap-southeast-1.amazoncognito.com",
          redirectUri: "https://d111111abcdef8.cloudfront.net/",
          logoutUri: "https://d111111abcdef8.cloudfront.net/",
        },
      },
    })
    expect(hosted.stack.resolve(hosted.stack.webConfig)).toMatchObject({
      auth: { userPoolId: { Ref: poolId }, clientId: { Ref: clientId }, redirectUri: distributionUrl },
    })
  })

  it("refuses to synthesise without a dashboard build, naming the command that makes one", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "ntm-web-"))
    try {
      expect(() => synth({}, { web: { source: empty } })).toThrow(/pnpm --filter @ntm\/web build/u)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})

describe("Cognito with the dashboard", () => {
  it("redirects to the dashboard after sign-in and sign-out (code flow, no secret), and nowhere else", () => {
    const [, client] = only(hosted.template, "AWS::Cognito::UserPoolClient")
    expect(client.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ["code"],
      CallbackURLs: [distributionUrl],
      LogoutURLs: [distributionUrl],
    })
    expect(JSON.stringify(client.Properties)).not.toContain("localhost")
  })

  it("keeps extra callback URLs given by the operator, after the dashboard's", () => {
    const { template } = synth({ auth: { kind: "cognito", callbackUrls: ["http://localhost:5173/"] } }, { web: {} })
    const [, client] = only(template, "AWS::Cognito::UserPoolClient")
    expect(client.Properties.CallbackURLs).toEqual([distributionUrl, "http://localhost:5173/"])
    expect(client.Properties.LogoutURLs).toEqual([distributionUrl, "http://localhost:5173/"])
  })

  it("gets a hosted-UI domain: the given prefix, else <stack name>-<account>", () => {
    hosted.template.hasResourceProperties("AWS::Cognito::UserPoolDomain", { Domain: "ntmtest-123456789012" })
    synth({ auth: { kind: "cognito", domainPrefix: "ntm-lao-cai" } }, { web: {} }).template.hasResourceProperties(
      "AWS::Cognito::UserPoolDomain",
      { Domain: "ntm-lao-cai" },
    )
    hosted.template.hasOutput("SignInDomain", {
      Value: "https://ntmtest-123456789012.auth.ap-southeast-1.amazoncognito.com",
    })
    hosted.template.hasOutput("WebUrl", { Value: distributionUrl })
  })

  it("is not offered with an external issuer", () => {
    const external = { kind: "jwt", issuer: "https://id.example.vn", audience: ["ntm"] } as const
    expect(() => synth({ auth: external }, { web: {} })).toThrow(/web=false/u)
    expect(
      stackConfigFromContext((k) => ({ authIssuer: "https://id.example.vn", authAudience: "ntm" })[k as string]).web,
    ).toBeUndefined()
  })

  it("leaves the stack without web resources when the dashboard is off", () => {
    const { template } = synth()
    for (const type of ["AWS::S3::Bucket", "AWS::CloudFront::Distribution", "Custom::CDKBucketDeployment"]) {
      template.resourceCountIs(type, 0)
    }
    expect(Object.keys(template.findOutputs("*"))).not.toContain("WebUrl")
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", { CallbackURLs: ["http://localhost:5173/"] })
  })
})
