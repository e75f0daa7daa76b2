/** The reusable NTM API construct: table, function, HTTP API, authorizer and alarms for one province. */
import { Duration } from "aws-cdk-lib"
import type { DomainName, HttpApi } from "aws-cdk-lib/aws-apigatewayv2"
import type { UserPool, UserPoolClient } from "aws-cdk-lib/aws-cognito"
import type { TableV2 } from "aws-cdk-lib/aws-dynamodb"
import type { IKey } from "aws-cdk-lib/aws-kms"
import type { Function as LambdaFunction } from "aws-cdk-lib/aws-lambda"
import { RetentionDays } from "aws-cdk-lib/aws-logs"
import type { Topic } from "aws-cdk-lib/aws-sns"
import { Construct } from "constructs"
import { DEFAULT_ALARM_THRESHOLDS, NtmAlarms, type NtmAlarmThresholds } from "./NtmAlarms.ts"
import { NtmAuth, type NtmAuthProps } from "./NtmAuth.ts"
import { DEFAULT_ENTRY, type LogLevel, NtmFunction } from "./NtmFunction.ts"
import { type NtmCustomDomain, NtmHttpApi, type NtmThrottle } from "./NtmHttpApi.ts"
import { NtmTable } from "./NtmTable.ts"
import { DEFAULT_PROTECTED_ROUTES, DEFAULT_PUBLIC_ROUTES } from "./routes.ts"

/** Properties of {@link NtmApi}. Only `provinceCode`, `production` and `auth` are required. */
export interface NtmApiProps {
  /** GSO province code (mã tỉnh, 2 digits), e.g. "15" for Lào Cai since 1 July 2025. Passed as `PROVINCE_CODE`. */
  readonly provinceCode: string
  /** Production keeps data on deletion (RETAIN, deletion protection) and keeps logs longer. */
  readonly production: boolean
  /** Create a Cognito user pool, or trust an existing JWT issuer. */
  readonly auth: NtmAuthProps
  /** Serve the API on your own domain (regional ACM certificate in the stack's region). */
  readonly customDomain?: NtmCustomDomain | undefined
  /** E-mail address subscribed to the alarm topic. */
  readonly alarmEmail?: string | undefined
  /** Customer-managed KMS key for the table; AWS-owned encryption when absent. */
  readonly encryptionKey?: IKey | undefined
  /** Reserved concurrency of the function; none when absent (accounts with a concurrency quota of 10 cannot reserve any). */
  readonly reservedConcurrency?: number | undefined
  /** Retention of the function and access logs. Default: one year in production, one month otherwise. */
  readonly logRetention?: RetentionDays | undefined
  /** X-Ray active tracing on the function. Default false. */
  readonly tracing?: boolean | undefined
  /**
   * Run the function with `--enable-source-maps`, so logged stack traces name the TypeScript sources. Default false:
   * it costs every cold start (benchmark P4 measures how much); the maps are shipped either way.
   */
  readonly sourceMaps?: boolean | undefined
  /** Browser origins allowed by CORS (e.g. the dashboard's URL). Default none: no CORS configuration. */
  readonly corsOrigins?: ReadonlyArray<string> | undefined
  /** Stage throttling. Default 50 requests/s, burst 100. */
  readonly throttle?: NtmThrottle | undefined
  /** Routes without the authorizer. Default {@link DEFAULT_PUBLIC_ROUTES}. */
  readonly publicRoutes?: ReadonlyArray<string> | undefined
  /** Routes behind the JWT authorizer. Default {@link DEFAULT_PROTECTED_ROUTES}. */
  readonly protectedRoutes?: ReadonlyArray<string> | undefined
  /** The handler file. Default `packages/functions/src/lambda/api.ts` of this repository. */
  readonly entry?: string | undefined
  /** `LOG_LEVEL` of the handler. Default "info". */
  readonly logLevel?: LogLevel | undefined
  /** Function memory in MB. Default 512. */
  readonly memorySize?: number | undefined
  /** Function timeout. Default 10 s (an HTTP API waits at most 30 s). */
  readonly timeout?: Duration | undefined
  /** Bundle the AWS SDK into the function. Default true (the version the tests ran against). */
  readonly bundleAwsSdk?: boolean | undefined
  /** Alarm thresholds. Default {@link DEFAULT_ALARM_THRESHOLDS}. */
  readonly alarmThresholds?: Partial<NtmAlarmThresholds> | undefined
}

/** Default stage throttling: an operational guard, far above the expected province load. */
export const DEFAULT_THROTTLE: NtmThrottle = { rateLimit: 50, burstLimit: 100 }

const requirePositiveInteger = (name: string, value: number | undefined): void => {
  if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
    throw new Error(`${name} must be a positive integer, got ${value}`)
  }
}

/** Checks the props that CloudFormation would only reject at deploy time, or never. */
const validate = (props: NtmApiProps): void => {
  if (!/^\d{2}$/u.test(props.provinceCode)) {
    throw new Error(`provinceCode must be a 2-digit GSO province code, got "${props.provinceCode}"`)
  }
  requirePositiveInteger("reservedConcurrency", props.reservedConcurrency)
  requirePositiveInteger("throttle.rateLimit", props.throttle?.rateLimit)
  requirePositiveInteger("throttle.burstLimit", props.throttle?.burstLimit)
  requirePositiveInteger("memorySize", props.memorySize)
  for (const origin of props.corsOrigins ?? []) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/u.test(origin)) {
      throw new Error(`CORS origin "${origin}" must be "*" or scheme://host[:port] without a path`)
    }
  }
}

/**
 * The NTM API for one province: DynamoDB table, Lambda handler, HTTP API with a JWT authorizer on every non-public
 * route, and alarms. Reuse it in any CDK app.
 *
 * @example
 * new NtmApi(stack, "Api", {
 *   provinceCode: "15",
 *   production: true,
 *   auth: { kind: "cognito", callbackUrls: ["https://ntm.example.vn/"] },
 *   corsOrigins: ["https://ntm.example.vn"],
 *   alarmEmail: "ops@example.vn",
 * })
 */
export class NtmApi extends Construct {
  readonly table: TableV2
  readonly handler: LambdaFunction
  readonly httpApi: HttpApi
  /** Base URL of the API. */
  readonly url: string
  /** The custom domain, when configured: point a CNAME at its `regionalDomainName`. */
  readonly domainName: DomainName | undefined
  readonly userPool: UserPool | undefined
  readonly userPoolClient: UserPoolClient | undefined
  readonly alarmTopic: Topic

  constructor(scope: Construct, id: string, props: NtmApiProps) {
    super(scope, id)
    validate(props)
    const logRetention = props.logRetention ?? (props.production ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH)

    this.table = new NtmTable(this, "Data", {
      production: props.production,
      encryptionKey: props.encryptionKey,
    }).table

    const fn = new NtmFunction(this, "Function", {
      table: this.table,
      provinceCode: props.provinceCode,
      production: props.production,
      entry: props.entry ?? DEFAULT_ENTRY,
      logLevel: props.logLevel ?? "info",
      logRetention,
      tracing: props.tracing ?? false,
      sourceMaps: props.sourceMaps ?? false,
      reservedConcurrency: props.reservedConcurrency,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      bundleAwsSdk: props.bundleAwsSdk ?? true,
    })
    this.handler = fn.fn

    const auth = new NtmAuth(this, "Auth", { auth: props.auth, production: props.production })
    this.userPool = auth.userPool
    this.userPoolClient = auth.userPoolClient

    const http = new NtmHttpApi(this, "Http", {
      handler: this.handler,
      authorizer: auth.authorizer,
      publicRoutes: props.publicRoutes ?? DEFAULT_PUBLIC_ROUTES,
      protectedRoutes: props.protectedRoutes ?? DEFAULT_PROTECTED_ROUTES,
      corsOrigins: props.corsOrigins ?? [],
      throttle: props.throttle ?? DEFAULT_THROTTLE,
      logRetention,
      production: props.production,
      customDomain: props.customDomain,
    })
    this.httpApi = http.api
    this.url = http.url
    this.domainName = http.domainName

    this.alarmTopic = new NtmAlarms(this, "Alarms", {
      stage: http.stage,
      handler: this.handler,
      table: this.table,
      alarmEmail: props.alarmEmail,
      thresholds: { ...DEFAULT_ALARM_THRESHOLDS, ...props.alarmThresholds },
    }).topic
  }
}
