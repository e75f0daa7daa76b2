/** Who may call the protected routes: a Cognito user pool created for the API, or an existing JWT issuer. */
import { RemovalPolicy } from "aws-cdk-lib"
import type { IHttpRouteAuthorizer } from "aws-cdk-lib/aws-apigatewayv2"
import { HttpJwtAuthorizer, HttpUserPoolAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers"
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from "aws-cdk-lib/aws-cognito"
import { Construct } from "constructs"

/**
 * The roles of the NTM API, one Cognito group each; tokens carry them in the `cognito:groups` claim. What each role
 * may do is decided by the API's authorization policy, not here.
 */
export const NtmGroups = [
  { name: "province-admin", description: "Province NTM coordination office staff (administrators)" },
  { name: "agency", description: "Staff of a helping agency (cơ quan giúp đỡ)" },
  { name: "commune-official", description: "Commune officials (cán bộ xã)" },
  { name: "unit-viewer", description: "Read-only viewers of one administrative unit" },
] as const

/**
 * Custom user attributes (claims `custom:province`, `custom:agency`, `custom:unit`): the GSO province code, the
 * agency id and the unit code that scope what the user may see. Only administrators set them; the web client
 * can read but not write them, so a user cannot widen their own scope.
 */
export const NtmCustomAttributes = ["province", "agency", "unit"] as const

/** How callers are authenticated. */
export type NtmAuthProps =
  | {
      /** Create a Cognito user pool, its groups and custom attributes, and a web app client (no secret, PKCE). */
      readonly kind: "cognito"
      /** OAuth redirect URLs of the web dashboard. Default: the local dev server `http://localhost:5173/`. */
      readonly callbackUrls?: ReadonlyArray<string> | undefined
      /** Sign-out redirect URLs. Default: the callback URLs. */
      readonly logoutUrls?: ReadonlyArray<string> | undefined
      /** Prefix of the Cognito hosted sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`); none when absent. */
      readonly domainPrefix?: string | undefined
    }
  | {
      /** Trust an existing OpenID Connect issuer (e.g. a province's own Cognito pool or Keycloak). */
      readonly kind: "jwt"
      /** Issuer URL; must match the tokens' `iss` claim exactly. */
      readonly issuer: string
      /** Accepted `aud` (or `client_id`) values. */
      readonly audience: ReadonlyArray<string>
    }

export interface NtmAuthConstructProps {
  readonly auth: NtmAuthProps
  /** Production pools are retained on stack deletion and protected from deletion. */
  readonly production: boolean
}

const DEV_CALLBACK_URL = "http://localhost:5173/"

/** Builds the JWT authorizer, creating the user pool and app client first when `auth.kind` is "cognito". */
export class NtmAuth extends Construct {
  readonly authorizer: IHttpRouteAuthorizer
  /** Present only when the pool was created here. */
  readonly userPool: UserPool | undefined
  /** Present only when the pool was created here. */
  readonly userPoolClient: UserPoolClient | undefined

  constructor(scope: Construct, id: string, props: NtmAuthConstructProps) {
    super(scope, id)
    const { auth } = props
    if (auth.kind === "jwt") {
      if (auth.audience.length === 0) throw new Error("auth.audience must list at least one audience")
      this.userPool = undefined
      this.userPoolClient = undefined
      this.authorizer = new HttpJwtAuthorizer("Jwt", auth.issuer, { jwtAudience: [...auth.audience] })
      return
    }
    const pool = new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: Object.fromEntries(
        NtmCustomAttributes.map((name) => [name, new StringAttribute({ mutable: true, maxLen: 64 })]),
      ),
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    })
    for (const group of NtmGroups) {
      pool.addGroup(group.name, { groupName: group.name, description: group.description })
    }
    const callbackUrls = [...(auth.callbackUrls ?? [DEV_CALLBACK_URL])]
    const client = pool.addClient("WebClient", {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls,
        logoutUrls: [...(auth.logoutUrls ?? callbackUrls)],
      },
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...NtmCustomAttributes),
      // Required attributes must stay writable (Cognito rejects the client otherwise); custom ones never are.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    })
    if (auth.domainPrefix !== undefined)
      pool.addDomain("Domain", { cognitoDomain: { domainPrefix: auth.domainPrefix } })
    this.userPool = pool
    this.userPoolClient = client
    this.authorizer = new HttpUserPoolAuthorizer("Jwt", pool, { userPoolClients: [client] })
  }
}
