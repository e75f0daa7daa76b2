/** The target form (mục tiêu của tỉnh): communes at a tier by the end of a year → `POST /v1/provinces/{p}/targets`. */
import { Problem } from "@ntm/core"
import { byPrefix, present } from "./problems.ts"
import { NewTarget } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** What the target form holds, as typed. */
export interface TargetForm {
  readonly titleVi: string
  readonly titleEn: string
  readonly scope: string
  readonly tier: string
  readonly match: string
  readonly year: string
  readonly value: string
  readonly source: string
  readonly [key: string]: string
}

/** An empty target over `scope` (the province). */
export const emptyTarget = (scope: string, year: string): TargetForm => ({
  titleVi: "",
  titleEn: "",
  scope,
  tier: "ntm",
  match: "at-least",
  year,
  value: "",
  source: "",
})

/** Where the request's paths are typed. */
export const targetFieldOf = byPrefix([
  [["title"], "titleVi"],
  [["title", "en"], "titleEn"],
  [["scope"], "scope"],
  [["indicator"], "tier"],
  [["indicator", "match"], "match"],
  [["periods"], "year"],
  [["periods", 0, "values", 0, "value"], "value"],
  [["periods", 0, "values", 0, "source"], "source"],
  [["cumulative"], "tier"],
])

/**
 * The request of a filled target form: one period (the calendar year) with one issued value, checked with the
 * API's Schema and core's period rule (the year as four digits).
 */
export const targetRequest = (form: TargetForm): Checked<typeof NewTarget.Type> => {
  const year = form.year.trim()
  const value = form.value.trim()
  const extra = /^\d{4}$/u.test(year) ? [] : [Problem.error(["periods"], "number.invalid", "a year")]
  const count = /^\d+$/u.test(value) ? Number(value) : value === "" ? undefined : value
  return checkWith(NewTarget, targetFieldOf)(
    {
      title: { vi: form.titleVi.trim(), en: form.titleEn.trim() },
      ...present("scope", form.scope),
      indicator: { _tag: "CommunesAtTier", tier: form.tier, match: form.match },
      cumulative: false,
      periods: [
        {
          period: { start: `${year}-01-01`, end: `${year}-12-31` },
          values: [{ ...(count === undefined ? {} : { value: count }), ...present("source", form.source) }],
        },
      ],
    },
    extra,
  )
}
