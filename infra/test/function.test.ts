/** The API function: runtime, bundling, environment, logs, tracing, concurrency, and table-only permissions. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { ESM_REQUIRE_BANNER } from "@ntm/functions/lambda-bundle"
import { TableDefinition } from "@ntm/functions/table"
import { Match } from "aws-cdk-lib/assertions"
import { RetentionDays } from "aws-cdk-lib/aws-logs"
import { describe, expect, it } from "vitest"
import { DEFAULT_ENTRY, REPO_ROOT } from "../src/NtmFunction.ts"
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
          NODE_OPTIONS: Match.absent(),
        },
      },
    })
  })

  it("enables source maps only when asked (they cost every cold start)", () => {
    synth({ sourceMaps: true }).template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: "--enable-source-maps" }) },
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

  it("bundles the handler locally with esbuild as minified, split ESM with source maps and the require banner", async () => {
    const outdir = mkdtempSync(path.join(tmpdir(), "ntm-cdk-"))
    try {
      // The real entry: the test is about what the API ships (its chunks), not the fixture's one file.
      const { app } = synth({ entry: DEFAULT_ENTRY }, { bundle: true, outdir })
      app.synth()
      const assetDirs = readdirSync(outdir).filter((name) => name.startsWith("asset."))
      expect(assetDirs).toHaveLength(1)
      const dir = path.join(outdir, assetDirs[0] ?? "")
      const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mjs"))
      expect(files).toContain("index.mjs")
      for (const file of files) {
        const code = readFileSync(path.join(dir, file), "utf8")
        expect(code.startsWith(ESM_REQUIRE_BANNER), file).toBe(true)
        expect(code, file).toContain(`//# sourceMappingURL=${path.basename(file)}.map`)
        expect(existsSync(path.join(dir, `${file}.map`)), file).toBe(true)
        // minified: no esbuild module comments, and lines thousands of characters long
        expect(code, file).not.toMatch(/^\/\/ (?:\.\.\/)*(?:packages|node_modules)\//mu)
        expect(code.split("\n").length, file).toBeLessThan(10 + code.length / 500)
      }
      expect(existsSync(path.join(dir, "node_modules"))).toBe(false)
      // exceljs (the XLSX export) is a chunk of its own that index.mjs does not import statically
      const index = readFileSync(path.join(dir, "index.mjs"), "utf8")
      const xlsx = files.filter((f) => readFileSync(path.join(dir, f), "utf8").includes("ExcelJS"))
      expect(xlsx).toHaveLength(1)
      expect(index).toContain(`import("./${xlsx[0]}")`)
      expect(index).not.toMatch(new RegExp(`from"\\./${xlsx[0]}"`, "u"))
      // nothing unreachable is shipped: effect's API documentation pages (~5 MB) never load on Lambda
      const total = files.reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0)
      expect(total).toBeLessThan(3_000_000)
      // the bundle loads as ESM (banner included) and its handler answers an HTTP API event
      const bundle = await import(pathToFileURL(path.join(dir, "index.mjs")).href)
      const health = await bundle.handler({
        version: "2.0",
        rawPath: "/v1/health",
        rawQueryString: "",
        headers: { host: "x" },
        isBase64Encoded: false,
        requestContext: { requestId: "r", domainName: "x", http: { method: "GET", path: "/v1/health" } },
      })
      expect(health).toMatchObject({ statusCode: 200 })
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
