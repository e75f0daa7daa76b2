/** Reads the ready app's settings from CDK context (`-c key=value` or `cdk.json`) into typed stack props. */
import path from "node:path"
import { RetentionDays } from "aws-cdk-lib/aws-logs"
import type { NtmApiProps } from "./NtmApi.ts"
import type { NtmAuthProps } from "./NtmAuth.ts"
import { REPO_ROOT } from "./NtmFunction.ts"
import type { NtmWebOptions } from "./NtmStack.ts"

/**
 * Context keys the app reads. Lists are comma-separated. Only `stage` and `province` matter for a first deploy:
 * - `stage` (default "dev"); "prod" is the production stage.
 * - `province`: GSO province code, default "15" (Lào Cai since 1 July 2025, /work/shared/domain/lao-cai-units.md §4).
 * - `authIssuer` + `authAudience`: trust an existing JWT issuer instead of creating a Cognito pool.
 * - `callbackUrls`, `cognitoDomainPrefix`: the created pool's web client redirect URLs and hosted-UI domain.
 * - `domainName` + `certificateArn`: custom domain (both or neither).
 * - `alarmEmail`, `corsOrigins`, `reservedConcurrency`, `logRetentionDays`, `tracing`, `sourceMaps`, `throttleRate`, `throttleBurst`.
 * - `entry`: another handler file, relative to the repository root (for trying the app before the handler exists).
 * - `web` (default true with the created Cognito pool, false with an external issuer): host the dashboard;
 *   `webDomainName` + `webCertificateArn` (us-east-1): its custom domain (both or neither).
 */
export const CONTEXT_KEYS = [
  "stage",
  "province",
  "authIssuer",
  "authAudience",
  "callbackUrls",
  "cognitoDomainPrefix",
  "domainName",
  "certificateArn",
  "alarmEmail",
  "corsOrigins",
  "reservedConcurrency",
  "logRetentionDays",
  "tracing",
  "sourceMaps",
  "throttleRate",
  "throttleBurst",
  "entry",
  "web",
  "webDomainName",
  "webCertificateArn",
] as const
export type ContextKey = (typeof CONTEXT_KEYS)[number]

/** What the app needs to create the stack. */
export interface StackConfig {
  readonly stackName: string
  readonly stage: string
  readonly api: NtmApiProps
  /** The dashboard's hosting; none when `web=false`. */
  readonly web?: NtmWebOptions
}

/** Lào Cai's GSO province code after the 1 July 2025 reorganisation (lao-cai-units.md, §4, sources S1 and S2). */
export const DEFAULT_PROVINCE_CODE = "15"

const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined
  const s = String(value).trim()
  return s === "" ? undefined : s
}

const list = (value: unknown): ReadonlyArray<string> | undefined => {
  if (Array.isArray(value)) return value.map(String)
  const s = text(value)
  return s === undefined
    ? undefined
    : s
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "")
}

const integer = (key: string, value: unknown): number | undefined => {
  const s = text(value)
  if (s === undefined) return undefined
  if (!/^\d+$/u.test(s)) throw new Error(`context "${key}" must be a whole number, got "${s}"`)
  return Number(s)
}

const flag = (key: string, value: unknown): boolean | undefined => {
  const s = text(value)
  if (s === undefined) return undefined
  if (s !== "true" && s !== "false") throw new Error(`context "${key}" must be true or false, got "${s}"`)
  return s === "true"
}

const retention = (value: number | undefined): RetentionDays | undefined => {
  if (value === undefined) return undefined
  const allowed = Object.values(RetentionDays).filter((v): v is RetentionDays => typeof v === "number")
  const match = allowed.find((v) => v === value)
  if (match === undefined) throw new Error(`context "logRetentionDays" must be one of ${allowed.join(", ")}`)
  return match
}

const STAGE = /^[a-z][a-z0-9-]{0,19}$/u

/**
 * Turns context values into the stack name and {@link NtmApiProps}; throws with the key's name on a bad value.
 *
 * @example
 * stackConfigFromContext((key) => ({ stage: "prod", province: "15" })[key])
 * // { stackName: "Ntm-15-prod", stage: "prod", api: { provinceCode: "15", production: true, auth: { kind: "cognito" }, … } }
 */
export const stackConfigFromContext = (read: (key: ContextKey) => unknown): StackConfig => {
  const stage = text(read("stage")) ?? "dev"
  if (!STAGE.test(stage)) throw new Error(`context "stage" must match ${STAGE}, got "${stage}"`)
  const provinceCode = text(read("province")) ?? DEFAULT_PROVINCE_CODE

  const issuer = text(read("authIssuer"))
  const audience = list(read("authAudience"))
  if ((issuer === undefined) !== (audience === undefined)) {
    throw new Error('context "authIssuer" and "authAudience" go together')
  }
  const callbackUrls = list(read("callbackUrls"))
  const domainPrefix = text(read("cognitoDomainPrefix"))
  const auth: NtmAuthProps =
    issuer !== undefined && audience !== undefined
      ? { kind: "jwt", issuer, audience }
      : {
          kind: "cognito",
          ...(callbackUrls === undefined ? {} : { callbackUrls }),
          ...(domainPrefix === undefined ? {} : { domainPrefix }),
        }

  const domainName = text(read("domainName"))
  const certificateArn = text(read("certificateArn"))
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new Error('context "domainName" and "certificateArn" go together')
  }
  const alarmEmail = text(read("alarmEmail"))
  const corsOrigins = list(read("corsOrigins"))
  const reservedConcurrency = integer("reservedConcurrency", read("reservedConcurrency"))
  const logRetention = retention(integer("logRetentionDays", read("logRetentionDays")))
  const tracing = flag("tracing", read("tracing"))
  const sourceMaps = flag("sourceMaps", read("sourceMaps"))
  const rateLimit = integer("throttleRate", read("throttleRate"))
  const burstLimit = integer("throttleBurst", read("throttleBurst"))
  if ((rateLimit === undefined) !== (burstLimit === undefined)) {
    throw new Error('context "throttleRate" and "throttleBurst" go together')
  }
  const entry = text(read("entry"))
  const web = flag("web", read("web")) ?? auth.kind === "cognito"
  const webDomainName = text(read("webDomainName"))
  const webCertificateArn = text(read("webCertificateArn"))
  if ((webDomainName === undefined) !== (webCertificateArn === undefined)) {
    throw new Error('context "webDomainName" and "webCertificateArn" go together')
  }

  return {
    stackName: `Ntm-${provinceCode}-${stage}`,
    stage,
    ...(web
      ? {
          web:
            webDomainName !== undefined && webCertificateArn !== undefined
              ? { customDomain: { domainName: webDomainName, certificateArn: webCertificateArn } }
              : {},
        }
      : {}),
    api: {
      provinceCode,
      production: stage === "prod",
      auth,
      ...(domainName !== undefined && certificateArn !== undefined
        ? { customDomain: { domainName, certificateArn } }
        : {}),
      ...(alarmEmail === undefined ? {} : { alarmEmail }),
      ...(corsOrigins === undefined ? {} : { corsOrigins }),
      ...(reservedConcurrency === undefined ? {} : { reservedConcurrency }),
      ...(logRetention === undefined ? {} : { logRetention }),
      ...(tracing === undefined ? {} : { tracing }),
      ...(sourceMaps === undefined ? {} : { sourceMaps }),
      ...(rateLimit !== undefined && burstLimit !== undefined ? { throttle: { rateLimit, burstLimit } } : {}),
      ...(entry === undefined ? {} : { entry: path.resolve(REPO_ROOT, entry) }),
    },
  }
}
