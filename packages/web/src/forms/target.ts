/**
 * The target form (mục tiêu của tỉnh): communes at a tier by the end of a year → `POST /v1/provinces/{p}/targets`,
 * or, for a stored target it can show whole, `PUT /v1/targets/{id}` on the version read.
 */
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
  /** The stored target being edited, and the version read ("" for a new target). */
  readonly id: string
  readonly version: string
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
  id: "",
  version: "",
})

/** A stored target as the API returns it (the parts the form reads). */
export interface StoredTargetShape {
  readonly id: string
  readonly version: number
  readonly title: { readonly vi: string; readonly en: string }
  readonly scope: string
  readonly indicator: { readonly _tag: string; readonly tier?: string; readonly match?: string }
  readonly cumulative: boolean
  readonly periods: ReadonlyArray<{
    readonly period: { readonly start: string; readonly end: string }
    readonly values: ReadonlyArray<{ readonly value?: unknown; readonly source?: string }>
  }>
}

/**
 * The form showing a stored target, when the form can hold it whole: communes at a tier, not cumulative, one
 * calendar-year period with one whole-number value. Otherwise undefined: saving the form would drop what it cannot
 * show (another indicator, more periods, a value's history), so such a target is edited through the API.
 */
export const targetFormOf = (t: StoredTargetShape): TargetForm | undefined => {
  const [only, ...more] = t.periods
  const [value, ...history] = only?.values ?? []
  const year = only?.period.start.slice(0, 4) ?? ""
  if (
    t.indicator._tag !== "CommunesAtTier" ||
    t.cumulative ||
    only === undefined ||
    more.length > 0 ||
    value === undefined ||
    history.length > 0 ||
    only.period.start !== `${year}-01-01` ||
    only.period.end !== `${year}-12-31` ||
    !(typeof value.value === "number" && Number.isInteger(value.value) && value.value >= 0)
  )
    return undefined
  return {
    titleVi: t.title.vi,
    titleEn: t.title.en,
    scope: t.scope,
    tier: t.indicator.tier ?? "ntm",
    match: t.indicator.match ?? "at-least",
    year,
    value: String(value.value),
    source: value.source ?? "",
    id: t.id,
    version: String(t.version),
  }
}

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
