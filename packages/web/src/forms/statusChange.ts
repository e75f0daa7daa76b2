/** Confirming or rejecting a contribution line (xác nhận / từ chối): the request, checked with the API's Schema. */
import { Problem } from "@ntm/core"
import { Lifecycle } from "@ntm/core/contributions"
import { byPrefix } from "./problems.ts"
import { StatusChangeRequest } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** Where a status change's paths are typed: everything but the reason concerns the line (form level). */
export const statusChangeFieldOf = byPrefix([[["reason"], "reason"]])

const check = checkWith(StatusChangeRequest, statusChangeFieldOf)

/** The confirmation of the line version read. */
export const confirmRequest = (version: number): Checked<typeof StatusChangeRequest.Type> => check({ version })

/**
 * The rejection of the line version read: the reason is required (core's lifecycle refuses a reject without one),
 * so an empty reason is an error beside the reason field before anything is sent.
 *
 * @example
 * rejectRequest("  ", 2) // { ok: false, errors: { reason: [{ rule: "lifecycle.reason-required", … }] } }
 */
export const rejectRequest = (reason: string, version: number): Checked<typeof StatusChangeRequest.Type> => {
  const trimmed = reason.trim()
  return trimmed === ""
    ? check({ version }, [Problem.error(["reason"], Lifecycle.rules.reasonRequired, "a reason is required")])
    : check({ reason: trimmed, version })
}
