/** Posts validated lines to the running API (`POST /v1/contributions`), one idempotent request per line. */
import { newContributionFields } from "@ntm/api"
import { Contributions } from "@ntm/core"
import { Schema } from "effect"
import type { Io } from "../Io.ts"
import type { ValidRow } from "./checkRows.ts"

/** Where to post. */
export interface ApiTarget {
  /** Base URL, e.g. http://localhost:3000 */
  readonly url: string
  readonly token: string
}

/** The outcome of one request. */
export interface Posted {
  readonly row: number
  readonly status: number
  /** The id the API gave the line (201), or the problem's detail. */
  readonly detail: string
}

/**
 * The idempotency key of a row: the file's SHA-256 and the row number, so re-running the same import never
 * creates a line twice (the API answers a repeated key with the first response).
 *
 * @example
 * idempotencyKey("9f86d08…", 7) // "ntm-import:9f86d081884c7d65:row-7"
 */
export const idempotencyKey = (fileSha256: string, row: number): string =>
  `ntm-import:${fileSha256.slice(0, 16)}:row-${row}`

const encode = Schema.encodeSync(Contributions.Contribution.Contribution)

/** The fields `POST /v1/contributions` takes, read from the API definition (the status is decided below). */
const createFields = Object.keys(newContributionFields)

/**
 * Whether a line can be recorded through the API, which creates lines `pledged` or `delivered` only: a `confirmed`
 * line is posted as `delivered` (only the receiving commune confirms, in the app); `rejected` and `voided` lines
 * cannot be posted (a commune rejects, an office voids, through their own endpoints).
 */
export const postableStatus = (line: Contributions.Contribution.Contribution): "pledged" | "delivered" | undefined =>
  line.status === "pledged"
    ? "pledged"
    : line.status === "delivered" || line.status === "confirmed"
      ? "delivered"
      : undefined

/** The create body: the API's create fields of the line (the server assigns id, history, province and district). */
export const createBody = (line: Contributions.Contribution.Contribution): Record<string, unknown> => {
  const encoded = encode(line) as Record<string, unknown>
  const body: Record<string, unknown> = {}
  for (const f of createFields) if (encoded[f] !== undefined) body[f] = encoded[f]
  return { ...body, status: postableStatus(line) ?? line.status }
}

/** Posts each row's line in order; `onPosted` is called after each (for a progress bar). */
export const postLines = async (
  io: Io,
  target: ApiTarget,
  rows: ReadonlyArray<ValidRow>,
  fileSha256: string,
  onPosted?: () => void,
): Promise<Array<Posted>> => {
  const out: Array<Posted> = []
  const url = `${target.url.replace(/\/+$/u, "")}/v1/contributions`
  for (const r of rows) {
    let posted: Posted
    try {
      const res = await io.fetch(url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${target.token}`,
          "content-type": "application/json",
          "idempotency-key": idempotencyKey(fileSha256, r.row),
        },
        body: JSON.stringify(createBody(r.line)),
      })
      const text = await res.text()
      let detail = text
      try {
        const j = JSON.parse(text) as { id?: string; detail?: string; title?: string; errors?: Array<unknown> }
        detail =
          res.status === 201
            ? String(j.id ?? "")
            : [j.title, j.detail, j.errors === undefined ? undefined : JSON.stringify(j.errors)]
                .filter((x) => x !== undefined)
                .join(" — ")
      } catch {}
      posted = { row: r.row, status: res.status, detail }
    } catch (e) {
      posted = { row: r.row, status: 0, detail: `request failed: ${(e as Error).message}` }
    }
    out.push(posted)
    onPosted?.()
  }
  return out
}
