/** Which data-entry forms a role has (the policy in core decides what the server accepts; this only lists pages). */
import type { Role } from "../session.ts"

/** A data-entry form's route name. */
export type EntryForm =
  | "contribution"
  | "activity"
  | "confirm"
  | "assessment"
  | "assignments"
  | "price-lists"
  | "targets"

/**
 * The forms of a role: agencies record contributions and activities; commune officials confirm contributions and
 * submit assessments; the province admin manages assignments, price lists and targets.
 *
 * @example
 * formsOf("agency") // ["contribution", "activity"]
 */
export const formsOf = (role: Role | undefined): ReadonlyArray<EntryForm> => {
  switch (role) {
    case "agency":
      return ["contribution", "activity"]
    case "commune-official":
      return ["confirm", "assessment"]
    case "province-admin":
      return ["assignments", "price-lists", "targets"]
    default:
      return []
  }
}

/** The message key of a form's title. */
export const entryTitleKey = {
  contribution: "entry.contribution",
  activity: "entry.activity",
  confirm: "entry.confirm",
  assessment: "entry.assessment",
  assignments: "entry.assignments",
  "price-lists": "entry.priceLists",
  targets: "entry.targets",
} as const satisfies Record<EntryForm, string>
