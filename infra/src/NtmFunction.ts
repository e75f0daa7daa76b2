/** The API's Lambda function: the HTTP handler bundled locally with esbuild (no Docker), split ESM for Node 22 on ARM64. */
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  HANDLER_NODE_OPTIONS,
  LAMBDA_ENTRY,
  lambdaBuildOptions,
  shippedFiles,
  writeOutputs,
} from "@ntm/functions/lambda-bundle"
import { AssetHashType, DockerImage, type Duration, RemovalPolicy } from "aws-cdk-lib"
import type { TableV2 } from "aws-cdk-lib/aws-dynamodb"
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam"
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from "aws-cdk-lib/aws-lambda"
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs"
import { Construct } from "constructs"
import { buildSync } from "esbuild"
import { grantTableAccess } from "./tableAccess.ts"

/** The monorepo root (this file is `infra/src/NtmFunction.ts`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** The Lambda entry agreed with `@ntm/functions`: exports `handler` for API Gateway HTTP API payload v2 events. */
export const DEFAULT_ENTRY = LAMBDA_ENTRY

/**
 * The handler's code asset: `index.mjs` and its chunks, bundled by `@ntm/functions/lambda-bundle`'s options at synth
 * time (esbuild's code splitting is not available through `NodejsFunction`, which writes one file). Hashed by output,
 * so an unchanged bundle is not uploaded again. Stacks excluded from bundling (`aws:cdk:bundling-stacks`) skip it.
 */
const handlerCode = (entry: string, bundleAwsSdk: boolean): Code =>
  Code.fromAsset(path.dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: local bundling always succeeds or throws (the same placeholder NodejsFunction uses).
      image: DockerImage.fromRegistry("dummy"),
      local: {
        tryBundle: (outdir) => {
          const build = buildSync(lambdaBuildOptions({ entry, outdir, bundleAwsSdk, target: "node22" }))
          writeOutputs(shippedFiles(build, outdir))
          return true
        },
      },
    },
  })

/** Log levels the handler understands through `LOG_LEVEL`. */
export type LogLevel = "debug" | "info" | "warn" | "error"

export interface NtmFunctionProps {
  readonly table: TableV2
  /** GSO province code handed to the handler as `PROVINCE_CODE`. */
  readonly provinceCode: string
  readonly production: boolean
  readonly entry: string
  readonly logLevel: LogLevel
  readonly logRetention: RetentionDays
  readonly tracing: boolean
  /** `--enable-source-maps` in `NODE_OPTIONS` (else the bundle's own `HANDLER_NODE_OPTIONS`). */
  readonly sourceMaps: boolean
  readonly reservedConcurrency: number | undefined
  readonly memorySize: number
  readonly timeout: Duration
  /** Bundle the AWS SDK (pinned, tested version) instead of using the one in the Lambda runtime. */
  readonly bundleAwsSdk: boolean
}

/** `NODE_OPTIONS` of the function: the bundle's own, or source maps on; none when empty. */
const nodeOptions = (sourceMaps: boolean): { NODE_OPTIONS?: string } => {
  const options = sourceMaps ? "--enable-source-maps" : HANDLER_NODE_OPTIONS
  return options === "" ? {} : { NODE_OPTIONS: options }
}

/** The handler function with its own log group, its environment and table-only permissions. */
export class NtmFunction extends Construct {
  readonly fn: LambdaFunction
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
    this.fn = new LambdaFunction(this, "Handler", {
      role,
      code: handlerCode(props.entry, props.bundleAwsSdk),
      handler: "index.handler",
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
        ...nodeOptions(props.sourceMaps),
      },
    })
    grantTableAccess(props.table, this.fn)
  }
}
