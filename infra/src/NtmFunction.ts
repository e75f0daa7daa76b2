/** The API's Lambda function: the HTTP handler bundled locally with esbuild (no Docker) as minified ESM for Node 22 on ARM64. */
import path from "node:path"
import { fileURLToPath } from "node:url"
import { type Duration, RemovalPolicy } from "aws-cdk-lib"
import type { TableV2 } from "aws-cdk-lib/aws-dynamodb"
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam"
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda"
import { NodejsFunction, OutputFormat, SourceMapMode } from "aws-cdk-lib/aws-lambda-nodejs"
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs"
import { Construct } from "constructs"
import { grantTableAccess } from "./tableAccess.ts"

/** The monorepo root (this file is `infra/src/NtmFunction.ts`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** The Lambda entry agreed with `@ntm/functions`: exports `handler` for API Gateway HTTP API payload v2 events. */
export const DEFAULT_ENTRY = path.join(REPO_ROOT, "packages/functions/src/lambda/api.ts")

/**
 * esbuild emits ESM, but bundled CommonJS dependencies (the AWS SDK among them) still call `require`;
 * this banner gives them one.
 */
export const ESM_REQUIRE_BANNER = "import{createRequire}from'module';const require=createRequire(import.meta.url);"

/** Log levels the handler understands through `LOG_LEVEL`. */
export type LogLevel = "debug" | "info" | "warn" | "error"

export interface NtmFunctionProps {
  readonly table: TableV2
  /** GSO province code handed to the handler as `PROVINCE_CODE`. */
  readonly provinceCode: string
  readonly production: boolean
  readonly entry: string
  readonly projectRoot: string
  readonly depsLockFilePath: string
  readonly logLevel: LogLevel
  readonly logRetention: RetentionDays
  readonly tracing: boolean
  readonly reservedConcurrency: number | undefined
  readonly memorySize: number
  readonly timeout: Duration
  /** Bundle the AWS SDK (pinned, tested version) instead of using the one in the Lambda runtime. */
  readonly bundleAwsSdk: boolean
}

/** The handler function with its own log group, its environment and table-only permissions. */
export class NtmFunction extends Construct {
  readonly fn: NodejsFunction
  readonly logGroup: LogGroup

  constructor(scope: Construct, id: string, props: NtmFunctionProps) {
    super(scope, id)
    this.logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    })
    // Own role instead of AWSLambdaBasicExecutionRole: logs go to this log group only, not to any log group.
    const role = new Role(this, "Role", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") })
    this.logGroup.grantWrite(role)
    this.fn = new NodejsFunction(this, "Handler", {
      role,
      entry: props.entry,
      handler: "handler",
      projectRoot: props.projectRoot,
      depsLockFilePath: props.depsLockFilePath,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup: this.logGroup,
      tracing: props.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      ...(props.reservedConcurrency === undefined ? {} : { reservedConcurrentExecutions: props.reservedConcurrency }),
      environment: {
        TABLE_NAME: props.table.tableName,
        PROVINCE_CODE: props.provinceCode,
        LOG_LEVEL: props.logLevel,
        NODE_OPTIONS: "--enable-source-maps",
      },
      bundling: {
        format: OutputFormat.ESM,
        target: "node22",
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        mainFields: ["module", "main"],
        banner: ESM_REQUIRE_BANNER,
        bundleAwsSDK: props.bundleAwsSdk,
        externalModules: props.bundleAwsSdk ? [] : ["@aws-sdk/*"],
        forceDockerBundling: false,
      },
    })
    grantTableAccess(props.table, this.fn)
  }
}
