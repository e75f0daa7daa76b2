/** The API function: runtime, bundling, environment, logs, tracing, concurrency, and table-only permissions. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { TableDefinition } from "@ntm/functions/table"
import { Match } from "aws-cdk-lib/assertions"
import { RetentionDays } from "aws-cdk-lib/aws-logs"
import { describe, expect, it } from "vitest"
import { DEFAULT_ENTRY, ESM_REQUIRE_BANNER, REPO_ROOT } from "../src/NtmFunction.ts"
import { INDEX_ACTIONS, TABLE_ACTIONS } from "../src/tableAccess.ts"
import { synth } from "./synth.ts"

type Statement = { Action: string | string[]; Resource: unknown; Effect: string }

/** Every statement of every IAM policy in the template. */
const statementsOf = (template: ReturnType<typeof synth>["template"]): Statement[] =>
  Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
  )
const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action])

describe("API function", () => {
  it("runs Node 22 on ARM64 with the agreed environment", () => {
    const { template } = synth({ provinceCode: "15", logLevel: "debug" })
    template.resourceCountIs("AWS::Lambda::Function", 1)
    template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      Handler: "index.handler",
      MemorySize: 512,
      Timeout: 10,
      TracingConfig: Match.absent(),
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.stringLikeRegexp("^NtmData") },
          PROVINCE_CODE: "15",
          LOG_LEVEL: "debug",
          NODE_OPTIONS: "--enable-source-maps",
        },
      },
    })
  })

  it("defaults the entry to the handler agreed with @ntm/functions", () => {
    expect(path.relative(REPO_ROOT, DEFAULT_ENTRY)).toBe(path.join("packages", "functions", "src", "lambda", "api.ts"))
  })

  it("has no reserved concurrency unless asked, then exactly the value asked", () => {
    const none = synth().template.findResources("AWS::Lambda::Function")
    expect(Object.values(none)[0]?.Properties.ReservedConcurrentExecutions).toBeUndefined()
    synth({ reservedConcurrency: 7 }).template.hasResourceProperties("AWS::Lambda::Function", {
      ReservedConcurrentExecutions: 7,
    })
  })

  it("turns X-Ray tracing on when asked, and may write traces only then", () => {
    const on = synth({ tracing: true }).template
    on.hasResourceProperties("AWS::Lambda::Function", { TracingConfig: { Mode: "Active" } })
    expect(statementsOf(on).some((s) => actionsOf(s).includes("xray:PutTraceSegments"))).toBe(true)
    expect(statementsOf(synth().template).some((s) => actionsOf(s).some((a) => a.startsWith("xray:")))).toBe(false)
  })

  it("logs to its own log group with the retention set", () => {
    const { template } = synth({ logRetention: RetentionDays.TWO_WEEKS })
    template.hasResourceProperties("AWS::Lambda::Function", {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp("^NtmFunctionLogs") } },
    })
    template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 14 })
    // the default depends on the stage
    synth({ production: true }).template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 365 })
    synth({ production: false }).template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 })
  })

  it("may use only the listed DynamoDB item actions, only on the table and its indexes: no Scan, no wildcard", () => {
    const { template } = synth()
    const dynamo = statementsOf(template).filter((s) => actionsOf(s).some((a) => a.startsWith("dynamodb:")))
    const actions = dynamo.flatMap(actionsOf)
    expect(new Set(actions)).toEqual(new Set([...TABLE_ACTIONS, ...INDEX_ACTIONS]))
    expect(actions).not.toContain("dynamodb:Scan")
    expect(actions.filter((a) => a.includes("*"))).toEqual([])
    expect(dynamo.every((s) => s.Effect === "Allow")).toBe(true)
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: "TableItems",
            Effect: "Allow",
            Action: [...TABLE_ACTIONS],
            Resource: { "Fn::GetAtt": [Match.stringLikeRegexp("^NtmData"), "Arn"] },
          },
          {
            Sid: "IndexQueries",
            Effect: "Allow",
            Action: "dynamodb:Query",
            Resource: TableDefinition.indexes.map((index) => ({
              "Fn::Join": ["", [{ "Fn::GetAtt": [Match.stringLikeRegexp("^NtmData"), "Arn"] }, `/index/${index.name}`]],
            })),
          },
        ]),
      },
    })
    // nothing in any policy grants a bare "*" action or "dynamodb:*"
    expect(
      statementsOf(template)
        .flatMap(actionsOf)
        .filter((a) => a === "*" || a === "dynamodb:*"),
    ).toEqual([])
  })

  it("bundles the handler locally with esbuild as minified ESM with a source map and the require banner", async () => {
    const outdir = mkdtempSync(path.join(tmpdir(), "ntm-cdk-"))
    try {
      const { app } = synth({}, { bundle: true, outdir })
      app.synth()
      const assetDirs = readdirSync(outdir).filter((name) => name.startsWith("asset."))
      expect(assetDirs).toHaveLength(1)
      const dir = path.join(outdir, assetDirs[0] ?? "")
      expect(readdirSync(dir).sort()).toEqual(["index.mjs", "index.mjs.map"])
      const code = readFileSync(path.join(dir, "index.mjs"), "utf8")
      expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true)
      expect(code).toMatch(/export\s*\{/u)
      expect(code).toContain("//# sourceMappingURL=index.mjs.map")
      expect(code.split("\n").length).toBeLessThan(5) // minified
      expect(existsSync(path.join(dir, "node_modules"))).toBe(false)
      // the bundle loads as ESM (banner included) and its handler answers an HTTP API event
      const bundle = await import(pathToFileURL(path.join(dir, "index.mjs")).href)
      expect(await bundle.handler({ rawPath: "/v1/health" })).toMatchObject({ statusCode: 200 })
    } finally {
      rmSync(outdir, { recursive: true, force: true })
    }
  })
})

describe("API function role", () => {
  it("has no managed policies and may write only to its own log group", () => {
    const { template } = synth()
    template.resourceCountIs("AWS::IAM::Role", 1)
    const [role] = Object.values(template.findResources("AWS::IAM::Role"))
    expect(role?.Properties.ManagedPolicyArns).toBeUndefined()
    const logs = statementsOf(template).filter((s) => actionsOf(s).some((a) => a.startsWith("logs:")))
    expect(logs).toEqual([
      {
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: { "Fn::GetAtt": [expect.stringMatching(/^NtmFunctionLogs/u), "Arn"] },
      },
    ])
  })
})
