/** Sending a form's request through the typed client, and what a failure means for the person typing. */

import { ClientHttpLayer, makeClient } from "@ntm/api/client"
import type { Problem } from "@ntm/core"
import { Effect } from "effect"

type Client = Effect.Success<ReturnType<typeof makeClient>>

/** Why a save failed, as the form shows it. Every failure keeps the input. */
export type SaveFailure =
  /** 400, or a 409 naming ledger rules: problems to place beside their fields. */
  | { readonly kind: "invalid"; readonly problems: ReadonlyArray<Problem.Problem>; readonly detail: string }
  /** 409 `stale-version`: someone changed the record since it was read; reload it. */
  | { readonly kind: "stale"; readonly currentVersion?: number }
  /** 409 for another reason (already exists, illegal transition, idempotency key reused). */
  | { readonly kind: "conflict"; readonly detail: string }
  | { readonly kind: "forbidden"; readonly detail: string }
  /** The network or a busy server (503): retrying sends the same request with the same key. */
  | { readonly kind: "retry"; readonly detail: string }
  | { readonly kind: "other"; readonly detail: string }

/** A save's result. */
export type Saved<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly failure: SaveFailure }

const str = (v: unknown): string => (typeof v === "string" ? v : "")

/**
 * What a client error means for the form (pure: reads the problem's `_tag` and fields).
 *
 * @example
 * failureOf({ _tag: "Conflict", reason: "stale-version", currentVersion: 4 }) // { kind: "stale", currentVersion: 4 }
 */
export const failureOf = (e: unknown): SaveFailure => {
  const p = (typeof e === "object" && e !== null ? e : {}) as Record<string, unknown>
  const detail = [str(p.title), str(p.detail)].filter((x) => x !== "").join(": ") || str(p.message) || String(e)
  switch (p._tag) {
    case "InvalidRequest":
    case "RuleViolation":
      return { kind: "invalid", problems: (p.errors as ReadonlyArray<Problem.Problem> | undefined) ?? [], detail }
    case "Conflict":
      return p.reason === "stale-version"
        ? typeof p.currentVersion === "number"
          ? { kind: "stale", currentVersion: p.currentVersion }
          : { kind: "stale" }
        : { kind: "conflict", detail }
    case "Forbidden":
    case "Unauthorized":
      return { kind: "forbidden", detail }
    case "Unavailable":
    case "HttpClientError":
    case "RequestError":
    case "ResponseError":
      return { kind: "retry", detail }
    default:
      return { kind: "other", detail }
  }
}

/**
 * Runs one write with a client for this origin and token; never rejects — a failure is returned, classified.
 *
 * @example
 * const r = await save(token, (c) => c.contributions.create({ payload, headers: { "idempotency-key": key } }))
 */
export const save = <A, E>(token: string, f: (client: Client) => Effect.Effect<A, E>): Promise<Saved<A>> =>
  Effect.runPromise(
    Effect.flatMap(makeClient({ baseUrl: location.origin, token }), f).pipe(
      Effect.match({
        onFailure: (e): Saved<A> => ({ ok: false, failure: failureOf(e) }),
        onSuccess: (value): Saved<A> => ({ ok: true, value }),
      }),
      Effect.provide(ClientHttpLayer),
    ),
  ).catch((e: unknown): Saved<A> => ({ ok: false, failure: { kind: "retry", detail: String(e) } }))
