/** Idempotency keys per form submission: a retry of the same request reuses its key, so a save is never counted twice. */

/** The key sent with a request and the request body it was made for. */
export interface Attempt {
  readonly key: string
  readonly fingerprint: string
}

/**
 * The attempt for a request: the previous one when the request is unchanged (a retry after a network error or a
 * 503), a fresh key otherwise (the server refuses a key reused for a different body with 409).
 *
 * @example
 * const a = attemptFor(undefined, body, newKey) // fresh
 * attemptFor(a, body, newKey) === a             // retry: same key
 */
export const attemptFor = (previous: Attempt | undefined, fingerprint: string, fresh: () => string): Attempt =>
  previous !== undefined && previous.fingerprint === fingerprint ? previous : { key: fresh(), fingerprint }

/** The fingerprint of a request: its target and JSON body (built by the form in a fixed key order). */
export const fingerprintOf = (target: string, body: unknown): string => `${target} ${JSON.stringify(body)}`

/** A random key (a UUID where the browser offers one). */
export const newKey = (): string =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("")
