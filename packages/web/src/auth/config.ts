/** The deployment's `/config.json`: where the API is and how users sign in (local dev tokens or Cognito). */
import { Problem } from "@ntm/core"
import { Schema } from "effect"

const https = (what: string) =>
  Schema.String.check(
    Schema.isPattern(/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/u, { message: `${what} must be an https:// URL` }),
  )

/** A redirect target: https, or http on localhost (a developer trying the Cognito flow against `vite dev`). */
const RedirectUri = Schema.String.check(
  Schema.isPattern(/^(https:\/\/[^\s/?#]+|http:\/\/localhost(:\d+)?)\/[^\s?#]*$/u, {
    message: "must be an https:// URL (or http://localhost) with a path, e.g. https://ntm.example.vn/",
  }),
)

/** Sign-in with the local server's dev tokens (`pnpm start` only; the server refuses them elsewhere). */
export const LocalAuth = Schema.Struct({ kind: Schema.Literal("local") })

/**
 * Sign-in through a Cognito user pool's hosted UI: OAuth 2.0 authorization code with PKCE, no client secret. The
 * values are the stack's outputs; the CDK app writes them, so one build of the dashboard serves every account.
 */
export const CognitoAuth = Schema.Struct({
  kind: Schema.Literal("cognito"),
  /** AWS region of the user pool, e.g. "ap-southeast-1". */
  region: Schema.String.check(
    Schema.isPattern(/^[a-z]{2}(-[a-z]+)+-\d$/u, { message: "must be an AWS region such as ap-southeast-1" }),
  ),
  /** The pool id, `<region>_<id>`. */
  userPoolId: Schema.String.check(
    Schema.isPattern(/^[a-z]{2}(-[a-z]+)+-\d_[0-9A-Za-z]+$/u, { message: "must be a user pool id <region>_<id>" }),
  ),
  /** The public web app client (no secret). */
  clientId: Schema.String.check(Schema.isPattern(/^[0-9a-z]{1,128}$/u, { message: "must be an app client id" })),
  /** Base URL of the hosted UI, e.g. `https://ntm-15-prod-123456789012.auth.ap-southeast-1.amazoncognito.com`. */
  domain: https("domain"),
  /** Where Cognito sends the browser back with the code; one of the client's callback URLs. */
  redirectUri: RedirectUri,
  /** Where Cognito sends the browser after sign-out; one of the client's logout URLs. */
  logoutUri: RedirectUri,
})

/** The contents of `/config.json`. */
export const WebConfig = Schema.Struct({
  /** Base URL of the API; "/" = this site (CloudFront routes `/v1/*` to the API). */
  apiUrl: Schema.Union([Schema.Literal("/"), https("apiUrl")]),
  auth: Schema.Union([LocalAuth, CognitoAuth]),
})
export type WebConfig = typeof WebConfig.Type
export type CognitoAuth = typeof CognitoAuth.Type

/**
 * Decodes `/config.json`, reporting every problem with its field path.
 *
 * @example
 * decodeWebConfig({ apiUrl: "/", auth: { kind: "local" } }) // { ok: true, value: … }
 */
export const decodeWebConfig: (
  input: unknown,
) => { ok: true; value: WebConfig } | { ok: false; problems: Array<Problem.Problem> } = Problem.decodeAll(WebConfig)

/** One line per problem, for the sign-in page. */
export const formatProblems = (problems: ReadonlyArray<Problem.Problem>): Array<string> =>
  problems.map(Problem.formatProblem)
