/** The activity form (ghi nhận hoạt động giúp đỡ): what a person types → `POST …/communes/{c}/activities`, checked. */
import { UnitCode } from "@ntm/core"
import { Schema } from "effect"
import { byPrefix, present } from "./problems.ts"
import { NewActivity } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** What the form holds, as typed. */
export interface ActivityForm {
  readonly commune: string
  readonly kind: string
  readonly date: string
  /** One participant per line: "Name, role" (the role is optional). */
  readonly participants: string
  readonly notes: string
  readonly [key: string]: string
}

/** An empty form starting on `day`. */
export const emptyActivity = (day: string): ActivityForm => ({
  commune: "",
  kind: "visit",
  date: day,
  participants: "",
  notes: "",
})

/** The participants of the text: one per non-blank line, "name, role" split at the first comma. */
export const participantsOf = (text: string): Array<{ name: string; role?: string }> =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const at = line.indexOf(",")
      const name = (at < 0 ? line : line.slice(0, at)).trim()
      const role = at < 0 ? "" : line.slice(at + 1).trim()
      return role === "" ? { name } : { name, role }
    })

/** Where the request's paths are typed (the commune is the path's; the helper is the signed-in agency). */
export const activityFieldOf = byPrefix([
  [["commune"], "commune"],
  [["kind"], "kind"],
  [["date"], "date"],
  [["participants"], "participants"],
  [["notes"], "notes"],
  // core's log rules number the activity first: [0, "date"] …
  [[0, "commune"], "commune"],
  [[0, "date"], "date"],
])

const Request = Schema.Struct({ commune: UnitCode.UnitCode, payload: NewActivity })

/**
 * The commune (path parameter) and the request of a filled form, checked with the API's Schemas; every problem
 * beside its field (the payload's paths lose their `payload` slot when placed).
 *
 * @example
 * activityRequest({ ...emptyActivity("2024-10-02"), commune: "02746", participants: "Nguyễn Văn A, Phó Giám đốc" }, "so-nn")
 */
export const activityRequest = (form: ActivityForm, helper: string | undefined): Checked<typeof Request.Type> =>
  checkWith(
    Request,
    activityFieldOf,
  )({
    ...present("commune", form.commune),
    payload: {
      kind: form.kind,
      ...present("date", form.date),
      ...(helper === undefined ? {} : { helper }),
      participants: participantsOf(form.participants),
      notes: form.notes.trim(),
      contributionIds: [],
    },
  })
