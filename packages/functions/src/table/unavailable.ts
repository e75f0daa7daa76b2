/** Which DynamoDB failures mean "try again later" (→ 503 with Retry-After) rather than a bug (→ 500). */

/** Error names DynamoDB and the SDK use for throttling and temporary unavailability. */
export const unavailableErrorNames: ReadonlySet<string> = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "InternalServerError",
  "InternalServerErrorException",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "NetworkingError",
])

/** Node network error codes that mean the endpoint could not be reached. */
const networkCodes: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
])

/** Transaction cancellation reason codes that mean throttling. */
const unavailableReasonCodes: ReadonlySet<string> = new Set([
  "ThrottlingError",
  "ProvisionedThroughputExceeded",
  "RequestLimitExceeded",
])

/** True when `error` (anything the SDK threw) is throttling, unavailability or a network failure. */
export const isUnavailable = (error: unknown): boolean => {
  if (typeof error !== "object" || error === null) return false
  const e = error as {
    name?: unknown
    code?: unknown
    cause?: unknown
    CancellationReasons?: ReadonlyArray<{ Code?: string | undefined }>
    $retryable?: { throttling?: boolean }
  }
  if (typeof e.name === "string" && unavailableErrorNames.has(e.name)) return true
  if (typeof e.code === "string" && networkCodes.has(e.code)) return true
  if (e.$retryable?.throttling === true) return true
  if (e.CancellationReasons?.some((r) => r.Code !== undefined && unavailableReasonCodes.has(r.Code))) return true
  return e.cause !== undefined && e.cause !== error && isUnavailable(e.cause)
}
