/** Assignment forms (phân công giúp đỡ): assign a helper to a commune; end an assignment on the version read. */
import { UnitCode } from "@ntm/core"
import { Schema } from "effect"
import { byPrefix, present } from "./problems.ts"
import { Ending, NewAssignment, Reassignment } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** What the assignment form holds, as typed. */
export interface AssignmentForm {
  readonly commune: string
  readonly helper: string
  readonly role: string
  readonly from: string
  readonly to: string
  readonly legalBasis: string
  readonly representative: string
  readonly note: string
  readonly [key: string]: string
}

/** An empty assignment starting on `day`. */
export const emptyAssignment = (day: string): AssignmentForm => ({
  commune: "",
  helper: "",
  role: "lead",
  from: day,
  to: "",
  legalBasis: "",
  representative: "",
  note: "",
})

/** Fields of the assignment form: each request path is the field of the same name. */
export const assignmentFieldOf = byPrefix(
  ["commune", "helper", "role", "from", "to", "legalBasis", "representative", "note"].map((k) => [[k], k] as const),
)

const Request = Schema.Struct({ commune: UnitCode.UnitCode, payload: NewAssignment })

/**
 * The commune (path) and the request of a filled assignment form, checked with the API's Schema.
 *
 * @example
 * assignmentRequest({ ...emptyAssignment("2024-01-01"), commune: "02746", helper: "so-nn", legalBasis: "QĐ 1599" })
 */
export const assignmentRequest = (form: AssignmentForm): Checked<typeof Request.Type> =>
  checkWith(
    Request,
    assignmentFieldOf,
  )({
    ...present("commune", form.commune),
    payload: {
      ...present("helper", form.helper),
      ...present("role", form.role),
      ...present("from", form.from),
      ...present("to", form.to),
      ...present("legalBasis", form.legalBasis),
      ...present("representative", form.representative),
      ...present("note", form.note),
    },
  })

/** Fields of the end form. */
export const endingFieldOf = byPrefix([
  [["on"], "on"],
  [["reason"], "reason"],
])

/** Ending an assignment on `on` (exclusive), on the version read (sent as `If-Match` too). */
export const endingRequest = (on: string, reason: string, version: number): Checked<typeof Ending.Type> =>
  checkWith(Ending, endingFieldOf)({ ...present("on", on), ...present("reason", reason), version })

/** Fields of the reassign form. */
export const reassignmentFieldOf = byPrefix([
  [["helper"], "helper"],
  [["from"], "from"],
  [["legalBasis"], "legalBasis"],
])

/**
 * Another helper takes over from `from` (the old record ends that day, in the same transaction), on the version read.
 *
 * @example
 * reassignmentRequest({ helper: "so-yt", from: "2025-01-01", legalBasis: "QĐ 12" }, 2)
 */
export const reassignmentRequest = (
  form: { readonly helper: string; readonly from: string; readonly legalBasis: string },
  version: number,
): Checked<typeof Reassignment.Type> =>
  checkWith(
    Reassignment,
    reassignmentFieldOf,
  )({
    ...present("helper", form.helper),
    ...present("from", form.from),
    ...present("legalBasis", form.legalBasis),
    version,
  })
