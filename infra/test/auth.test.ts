/** The created Cognito user pool: one group per role, admin-only scope attributes, a public PKCE web client. */
import { Match } from "aws-cdk-lib/assertions"
import { describe, expect, it } from "vitest"
import { NtmCustomAttributes, NtmGroups } from "../src/NtmAuth.ts"
import { synth } from "./synth.ts"

describe("Cognito user pool", () => {
  it("has exactly the four role groups", () => {
    const { template } = synth()
    const groups = Object.values(template.findResources("AWS::Cognito::UserPoolGroup")).map(
      (g) => g.Properties.GroupName,
    )
    expect(groups.sort()).toEqual(["agency", "commune-official", "province-admin", "unit-viewer"])
    expect(NtmGroups.map((g) => g.name).sort()).toEqual(groups)
  })

  it("declares the custom scope attributes, admin-created users only, e-mail sign-in", () => {
    const { template } = synth()
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ["email"],
      Schema: Match.arrayWith(
        NtmCustomAttributes.map((name) => Match.objectLike({ Name: name, AttributeDataType: "String", Mutable: true })),
      ),
      MfaConfiguration: "OPTIONAL",
      UserPoolTier: "ESSENTIALS",
    })
  })

  it("has a web client with no secret, code flow only, that can read but never write the scope attributes", () => {
    const { template } = synth({ auth: { kind: "cognito", callbackUrls: ["https://ntm.example.vn/"] } })
    template.resourceCountIs("AWS::Cognito::UserPoolClient", 1)
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      AllowedOAuthFlows: ["code"],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(["openid"]),
      CallbackURLs: ["https://ntm.example.vn/"],
      LogoutURLs: ["https://ntm.example.vn/"],
      SupportedIdentityProviders: ["COGNITO"],
    })
    const [client] = Object.values(template.findResources("AWS::Cognito::UserPoolClient"))
    const custom = NtmCustomAttributes.map((name) => `custom:${name}`)
    expect(client?.Properties.ReadAttributes).toEqual(expect.arrayContaining(custom))
    expect(client?.Properties.WriteAttributes.filter((a: string) => a.startsWith("custom:"))).toEqual([])
  })

  it("creates the hosted-UI domain only when a prefix is given", () => {
    synth().template.resourceCountIs("AWS::Cognito::UserPoolDomain", 0)
    synth({ auth: { kind: "cognito", domainPrefix: "ntm-lao-cai" } }).template.hasResourceProperties(
      "AWS::Cognito::UserPoolDomain",
      { Domain: "ntm-lao-cai" },
    )
  })

  it("is retained and deletion-protected in production only", () => {
    const pool = (production: boolean) =>
      Object.values(synth({ production }).template.findResources("AWS::Cognito::UserPool"))[0]
    expect(pool(true)?.DeletionPolicy).toBe("Retain")
    expect(pool(true)?.Properties.DeletionProtection).toBe("ACTIVE")
    expect(pool(false)?.DeletionPolicy).toBe("Delete")
    expect(pool(false)?.Properties.DeletionProtection).toBe("INACTIVE")
  })

  it("outputs the pool and client ids when it creates them, and not otherwise", () => {
    const created = synth().template
    created.hasOutput("UserPoolId", { Value: { Ref: Match.stringLikeRegexp("^NtmAuthUserPool") } })
    created.hasOutput("UserPoolClientId", { Value: { Ref: Match.stringLikeRegexp("^NtmAuthUserPoolWebClient") } })
    created.hasOutput("TableName", { Value: { Ref: Match.stringLikeRegexp("^NtmData") } })
    created.hasOutput("ApiUrl", Match.anyValue())
    const external = synth({ auth: { kind: "jwt", issuer: "https://id.example.vn", audience: ["ntm"] } }).template
    expect(Object.keys(external.findOutputs("*")).sort()).toEqual(["AlarmTopicArn", "ApiUrl", "TableName"])
  })
})
