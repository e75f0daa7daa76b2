/** Optimistic concurrency on the server: the version to replace, from @ntm/api's `IfMatchHeader` or `VersionField`. */
import { InvalidRequest } from "@ntm/api"
import { Effect } from "effect"

/**
 * The version the client expects to replace: `If-Match` wins over the body's `version`; neither, or a malformed
 * one → 400 `concurrency.version-required`.
 *
 * @example
 * const version = yield* expectedVersion(headers["if-match"], payload.version)
 */
export const expectedVersion = (
  ifMatch: string | undefined,
  bodyVersion: number | undefined,
): Effect.Effect<number, InvalidRequest> => {
  const fromHeader = ifMatch === undefined ? undefined : /^(?:W\/)?"?([1-9]\d{0,9})"?$/u.exec(ifMatch.trim())?.[1]
  const v = fromHeader === undefined ? (ifMatch === undefined ? bodyVersion : undefined) : Number(fromHeader)
  return v !== undefined && Number.isInteger(v) && v >= 1
    ? Effect.succeed(v)
    : Effect.fail(
        new InvalidRequest({
          detail: "Send the version you read, as If-Match or as the body's version",
          errors: [
            {
              severity: "error",
              path: ifMatch === undefined ? ["payload", "version"] : ["headers", "if-match"],
              rule: "concurrency.version-required",
              message: 'Expected a version like "3"',
            },
          ],
        }),
      )
}
