/** The dev tokens a local server offers the sign-in page (`GET /local/dev-tokens`, local mode only). */

/** One offered token and the role it signs in as. */
export interface OfferedToken {
  readonly role: string
  readonly token: string
}

/**
 * The dev tokens of the local server, or none (deployed, or the server refused). Plain fetch on purpose: this is
 * not an API endpoint (not in the Api definition, never in the Lambda), and the sign-in page must not load the
 * client bundle.
 */
export const loadDevTokens = async (): Promise<ReadonlyArray<OfferedToken>> => {
  const response = await fetch("/local/dev-tokens").catch(() => undefined)
  if (response === undefined || !response.ok) return []
  const body = (await response.json().catch(() => ({}))) as { tokens?: ReadonlyArray<OfferedToken> }
  return Array.isArray(body.tokens) ? body.tokens : []
}
