/** The dashboard's hosting: a private S3 bucket behind CloudFront (Origin Access Control), `/v1/*` routed to the API. */
import { existsSync } from "node:fs"
import path from "node:path"
import type { WebConfig } from "@ntm/web/config"
import { contentSecurityPolicy } from "@ntm/web/csp"
import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib"
import { Certificate } from "aws-cdk-lib/aws-certificatemanager"
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront"
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins"
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket, ObjectOwnership } from "aws-cdk-lib/aws-s3"
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment"
import { Construct } from "constructs"
import { REPO_ROOT } from "./NtmFunction.ts"

/** The dashboard build `pnpm --filter @ntm/web build` writes. */
export const DEFAULT_WEB_SOURCE = path.join(REPO_ROOT, "packages", "web", "dist")

/** Paths CloudFront sends to the API instead of the bucket: the API itself (the docs stay on the API's own URL). */
export const API_PATHS: ReadonlyArray<string> = ["/v1/*"]

/** A custom domain for the dashboard; CloudFront only takes certificates from us-east-1. */
export interface NtmWebDomain {
  readonly domainName: string
  /** ACM certificate in **us-east-1** covering `domainName`. */
  readonly certificateArn: string
}

export interface NtmWebProps {
  /** Production keeps the bucket on stack deletion; other stages delete it with its objects. */
  readonly production: boolean
  /** Origins the page may call besides itself (CSP `connect-src`), e.g. the Cognito hosted-UI domain. */
  readonly connectSources: ReadonlyArray<string>
  /** Serve the dashboard on this domain too (point its CNAME or alias at the distribution's domain name). */
  readonly customDomain?: NtmWebDomain | undefined
}

/**
 * What `config.json` says to the dashboard: the web's own `WebConfig` Schema type
 * (`packages/web/src/auth/config.ts`), which decodes it in the browser. Values may be CloudFormation tokens.
 */
export type NtmWebConfig = WebConfig

/** Fails the synth early, with the command that fixes it, when the dashboard has not been built. */
export const requireBuiltWeb = (source: string): void => {
  if (!existsSync(path.join(source, "index.html"))) {
    throw new Error(
      `The dashboard build is missing (${path.join(source, "index.html")}): run \`pnpm --filter @ntm/web build\` ` +
        "first (the infra synth/deploy scripts do), or pass -c web=false to deploy the API alone.",
    )
  }
}

/**
 * The dashboard on S3 + CloudFront. The bucket is private (public access blocked, TLS enforced, S3-managed
 * encryption) and readable only by this distribution through Origin Access Control. The dashboard uses hash routes,
 * so no error page rewrites are needed: a missing file is a real 403/404. Build it in two steps: the constructor
 * makes the bucket and distribution (its URL is known, e.g. for Cognito's callback URLs), then {@link routeApi}
 * and {@link deploy}.
 *
 * @example
 * const web = new NtmWeb(stack, "Web", { production: true, connectSources: [cognitoDomain] })
 * const api = new NtmApi(stack, "Api", { …, auth: { kind: "cognito", callbackUrls: [web.url] } })
 * web.routeApi(api.httpApi)
 * web.deploy(DEFAULT_WEB_SOURCE, { apiUrl: "/", auth: { kind: "cognito", … } })
 */
export class NtmWeb extends Construct {
  readonly bucket: Bucket
  /** The bucket as `IBucket`: CDK's class declares `isWebsite: boolean | undefined`, which `exactOptionalPropertyTypes` does not let through. */
  private readonly target: IBucket
  readonly distribution: Distribution
  /** The dashboard's address with a trailing slash (the custom domain when there is one); the OAuth redirect URL. */
  readonly url: string
  /** Every address the dashboard answers on, with a trailing slash. */
  readonly urls: ReadonlyArray<string>

  constructor(scope: Construct, id: string, props: NtmWebProps) {
    super(scope, id)
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !props.production,
    })
    this.target = this.bucket as IBucket
    const headers = new ResponseHeadersPolicy(this, "Headers", {
      comment: "NTM dashboard: CSP and security headers",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.connectSources),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    })
    const domain = props.customDomain
    this.distribution = new Distribution(this, "Distribution", {
      comment: "NTM dashboard",
      defaultRootObject: "index.html",
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.target),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      ...(domain === undefined
        ? {}
        : {
            domainNames: [domain.domainName],
            certificate: Certificate.fromCertificateArn(this, "Certificate", domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }),
    })
    const own = `https://${this.distribution.distributionDomainName}/`
    this.urls = domain === undefined ? [own] : [`https://${domain.domainName}/`, own]
    this.url = this.urls[0] ?? own
  }

  /**
   * Sends {@link API_PATHS} to the HTTP API, so the dashboard and the API share one origin (no CORS preflight on
   * a slow connection, `connect-src 'self'`). Nothing is cached; every viewer header except Host (API Gateway
   * needs its own) and every query string reach the API; only HTTPS is accepted, never redirected.
   */
  routeApi(api: { readonly apiId: string }): void {
    const stack = Stack.of(this)
    const origin = new HttpOrigin(`${api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    })
    for (const pattern of API_PATHS) {
      this.distribution.addBehavior(pattern, origin, {
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
      })
    }
  }

  /**
   * Uploads the build and its `config.json`. Hashed files under `assets/` are cached for a year; `index.html`
   * and `config.json` are revalidated on every load, so a new release or configuration shows at the next visit
   * without an invalidation. Old hashed files stay (no prune), so a page opened before a release keeps working.
   */
  deploy(source: string, config: NtmWebConfig): void {
    requireBuiltWeb(source)
    const build = Source.asset(source)
    const assets = new BucketDeployment(this, "Assets", {
      sources: [build],
      destinationBucket: this.target,
      exclude: ["index.html", "config.json"],
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
    })
    const entry = new BucketDeployment(this, "Entry", {
      sources: [build, Source.jsonData("config.json", config)],
      destinationBucket: this.target,
      exclude: ["*"],
      include: ["index.html", "config.json"],
      prune: false,
      cacheControl: [CacheControl.noCache()],
    })
    // index.html names the hashed files: upload them first.
    entry.node.addDependency(assets)
  }
}
