/** The public face of the API: an API Gateway HTTP API with CORS, stage throttling, JSON access logs and the route plan. */
import { Duration, RemovalPolicy } from "aws-cdk-lib"
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway"
import {
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2"
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations"
import { Certificate } from "aws-cdk-lib/aws-certificatemanager"
import type { IFunction } from "aws-cdk-lib/aws-lambda"
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs"
import { Construct } from "constructs"
import { type PlannedRoute, planRoutes } from "./routes.ts"

/** A custom domain for the API; the certificate must be in the stack's region (regional endpoint). */
export interface NtmCustomDomain {
  readonly domainName: string
  readonly certificateArn: string
}

/** Stage-wide request throttling. */
export interface NtmThrottle {
  /** Steady-state requests per second. */
  readonly rateLimit: number
  /** Burst bucket size. */
  readonly burstLimit: number
}

export interface NtmHttpApiProps {
  readonly handler: IFunction
  readonly authorizer: IHttpRouteAuthorizer
  readonly publicRoutes: ReadonlyArray<string>
  readonly protectedRoutes: ReadonlyArray<string>
  /** Allowed browser origins; no CORS configuration when empty. */
  readonly corsOrigins: ReadonlyArray<string>
  readonly throttle: NtmThrottle
  readonly logRetention: RetentionDays
  readonly production: boolean
  readonly customDomain: NtmCustomDomain | undefined
}

/**
 * One JSON object per request. `$context.authorizer.claims.sub` names the caller on protected routes;
 * `authorizerError` and `integrationError` explain 401s and 5xx without opening the function's logs.
 */
export const ACCESS_LOG_FIELDS: Readonly<Record<string, string>> = {
  requestId: "$context.requestId",
  requestTime: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  userAgent: "$context.identity.userAgent",
  method: "$context.httpMethod",
  path: "$context.path",
  routeKey: "$context.routeKey",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  responseLatency: "$context.responseLatency",
  integrationLatency: "$context.integrationLatency",
  integrationStatus: "$context.integrationStatus",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
  sub: "$context.authorizer.claims.sub",
}

/** The HTTP API, its `$default` stage and one route per planned route, all to the one Lambda integration. */
export class NtmHttpApi extends Construct {
  readonly api: HttpApi
  readonly stage: HttpStage
  readonly accessLogs: LogGroup
  readonly routes: ReadonlyArray<PlannedRoute>
  readonly domainName: DomainName | undefined
  /** The base URL callers use: the custom domain when there is one, else the execute-api URL. */
  readonly url: string

  constructor(scope: Construct, id: string, props: NtmHttpApiProps) {
    super(scope, id)
    const cors = props.corsOrigins.length > 0
    this.routes = planRoutes({ publicRoutes: props.publicRoutes, protectedRoutes: props.protectedRoutes, cors })
    this.api = new HttpApi(this, "Api", {
      description: "NTM toolkit API",
      createDefaultStage: false,
      ...(cors
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [CorsHttpMethod.ANY],
              allowHeaders: ["authorization", "content-type", "idempotency-key"],
              exposeHeaders: ["location"],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    })
    this.domainName =
      props.customDomain === undefined
        ? undefined
        : new DomainName(this, "Domain", {
            domainName: props.customDomain.domainName,
            certificate: Certificate.fromCertificateArn(this, "Certificate", props.customDomain.certificateArn),
          })
    this.accessLogs = new LogGroup(this, "AccessLogs", {
      retention: props.logRetention,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    })
    this.stage = new HttpStage(this, "Stage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
      ...(this.domainName === undefined ? {} : { domainMapping: { domainName: this.domainName } }),
    })
    const integration = new HttpLambdaIntegration("Handler", props.handler)
    const none = new HttpNoneAuthorizer()
    for (const route of this.routes) {
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        authorizer: route.authorized ? props.authorizer : none,
      })
    }
    this.url = props.customDomain === undefined ? this.stage.url : `https://${props.customDomain.domainName}/`
  }
}
