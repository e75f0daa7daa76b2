/** The deployable stack: what an operator gets from `cdk deploy` — one NtmApi, the dashboard on NtmWeb, and their outputs. */
import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib"
import type { Construct } from "constructs"
import { NtmApi, type NtmApiProps } from "./NtmApi.ts"
import type { NtmAuthProps } from "./NtmAuth.ts"
import { DEFAULT_WEB_SOURCE, NtmWeb, type NtmWebConfig, type NtmWebDomain } from "./NtmWeb.ts"

/** The dashboard's hosting options. */
export interface NtmWebOptions {
  /** The built dashboard. Default `packages/web/dist` of this repository. */
  readonly source?: string | undefined
  /** Serve the dashboard on your own domain (certificate in us-east-1). */
  readonly customDomain?: NtmWebDomain | undefined
}

export interface NtmStackProps extends StackProps {
  readonly api: NtmApiProps
  /** Host the dashboard (S3 + CloudFront, signing in through the created Cognito pool). None when absent. */
  readonly web?: NtmWebOptions | undefined
}

const unique = (urls: ReadonlyArray<string>): Array<string> => [...new Set(urls)]

/** The Cognito hosted-UI base URL of a domain prefix in the stack's region. */
const hostedUi = (stack: Stack, prefix: string): string => `https://${prefix}.auth.${stack.region}.amazoncognito.com`

/**
 * One province's API in one stage, with the dashboard when `web` is given, and the values an operator needs
 * printed as outputs. A production stack has termination protection unless `terminationProtection` says otherwise.
 *
 * With the dashboard, the created user pool gets a hosted-UI domain (default prefix `<stack name>-<account>`, in
 * lower case) and the dashboard's URLs as its OAuth callback and sign-out URLs; CloudFront routes `/v1/*` to the API.
 */
export class NtmStack extends Stack {
  readonly api: NtmApi
  readonly web: NtmWeb | undefined
  /** What the dashboard's `config.json` says (tokens resolve at deploy time). */
  readonly webConfig: NtmWebConfig | undefined

  constructor(scope: Construct, id: string, props: NtmStackProps) {
    super(scope, id, { terminationProtection: props.api.production, ...props })
    const hosting = props.web === undefined ? undefined : this.hostWeb(props.api, props.web)
    this.web = hosting?.web
    this.api = new NtmApi(this, "Ntm", hosting?.api ?? props.api)
    new CfnOutput(this, "ApiUrl", { value: this.api.url, description: "Base URL of the API" })
    new CfnOutput(this, "TableName", { value: this.api.table.tableName, description: "DynamoDB table" })
    new CfnOutput(this, "AlarmTopicArn", {
      value: this.api.alarmTopic.topicArn,
      description: "SNS topic of the alarms",
    })
    const { userPool, userPoolClient } = this.api
    if (userPool !== undefined && userPoolClient !== undefined) {
      new CfnOutput(this, "UserPoolId", { value: userPool.userPoolId, description: "Cognito user pool" })
      new CfnOutput(this, "UserPoolClientId", {
        value: userPoolClient.userPoolClientId,
        description: "Web dashboard app client (no secret, PKCE)",
      })
    }
    if (this.api.domainName !== undefined) {
      new CfnOutput(this, "CustomDomainTarget", {
        value: this.api.domainName.regionalDomainName,
        description: "Point the custom domain's CNAME (or alias) here",
      })
    }

    this.webConfig =
      hosting === undefined || userPool === undefined || userPoolClient === undefined
        ? undefined
        : {
            apiUrl: "/",
            auth: {
              kind: "cognito",
              region: this.region,
              userPoolId: userPool.userPoolId,
              clientId: userPoolClient.userPoolClientId,
              domain: hosting.cognitoDomain,
              redirectUri: hosting.web.url,
              logoutUri: hosting.web.url,
            },
          }
    if (hosting !== undefined && this.webConfig !== undefined) {
      hosting.web.routeApi(this.api.httpApi)
      hosting.web.deploy(hosting.source, this.webConfig)
      new CfnOutput(this, "WebUrl", { value: hosting.web.url, description: "The dashboard" })
      new CfnOutput(this, "WebDistributionDomain", {
        value: hosting.web.distribution.distributionDomainName,
        description: "CloudFront domain of the dashboard (point a custom domain's CNAME or alias here)",
      })
      new CfnOutput(this, "SignInDomain", { value: hosting.cognitoDomain, description: "Cognito hosted sign-in" })
    }
  }

  /**
   * Creates the bucket and distribution before the API, so the user pool's app client can name the dashboard's
   * URLs as its callback and sign-out URLs; gives the pool a hosted-UI domain.
   */
  private hostWeb(api: NtmApiProps, options: NtmWebOptions) {
    const { auth } = api
    if (auth.kind !== "cognito") {
      throw new Error(
        "The hosted dashboard signs in through the Cognito pool this stack creates; with an external issuer " +
          "(authIssuer/authAudience) deploy the API alone (-c web=false).",
      )
    }
    const domainPrefix = auth.domainPrefix ?? `${this.stackName.toLowerCase()}-${this.account}`
    const cognitoDomain = hostedUi(this, domainPrefix)
    const web = new NtmWeb(this, "Web", {
      production: api.production,
      connectSources: [cognitoDomain],
      customDomain: options.customDomain,
    })
    const withWeb: NtmAuthProps = {
      ...auth,
      domainPrefix,
      callbackUrls: unique([...web.urls, ...(auth.callbackUrls ?? [])]),
      logoutUrls: unique([...web.urls, ...(auth.logoutUrls ?? auth.callbackUrls ?? [])]),
    }
    return { web, cognitoDomain, source: options.source ?? DEFAULT_WEB_SOURCE, api: { ...api, auth: withWeb } }
  }
}
