/** The assessment form (nộp kết quả tự đánh giá): one value per indicator of the chosen pack → `POST …/assessments`. */
import { Problem } from "@ntm/core"
import type { IndicatorKind, Pack } from "@ntm/core/criteria"
import { parseDong } from "./money.ts"
import { FORM } from "./problems.ts"
import { NewAssessment } from "./schemas.ts"
import { type Checked, checkWith } from "./validate.ts"

/** An indicator to fill: its code, kind, names, display unit and the criterion it belongs to. */
export interface IndicatorInput {
  readonly code: string
  readonly kind: IndicatorKind
  readonly name: { readonly vi: string; readonly en: string }
  readonly unit?: string
  readonly criterion: string
  readonly criterionName: { readonly vi: string; readonly en: string }
}

/** The indicators of a pack, criterion by criterion, in the pack's order. */
export const indicatorsOf = (pack: Pick<Pack, "criteria">): Array<IndicatorInput> =>
  pack.criteria.flatMap((c) =>
    c.indicators.map((i) => ({
      code: i.code,
      kind: i.kind,
      name: i.name,
      criterion: c.code,
      criterionName: c.name,
      ...(i.unit === undefined ? {} : { unit: i.unit }),
    })),
  )

/** The form key of an indicator's value, and of a score's "all mandatory items met". */
export const valueKey = (code: string): string => `v.${code}`
export const mandatoryKey = (code: string): string => `m.${code}`

/** The form of a pack: year, date and a blank value per indicator (a score has two). */
export const emptyAssessment = (
  indicators: ReadonlyArray<IndicatorInput>,
  year: string,
  day: string,
): Record<string, string> => ({
  year,
  date: day,
  ...Object.fromEntries(
    indicators.flatMap((i) => [
      [valueKey(i.code), ""],
      ...(i.kind === "min-score" ? [[mandatoryKey(i.code), ""]] : []),
    ]),
  ),
})

/** A decimal typed with a point or a comma ("85,5"), no grouping; undefined when not one. */
export const decimalOf = (text: string): number | undefined =>
  /^\d+(?:[.,]\d+)?$/u.test(text.trim()) ? Number(text.trim().replace(",", ".")) : undefined

/** The field of an assessment request path: `values.<code>…` → the indicator's value (or its mandatory flag). */
export const assessmentFieldOf = (path: Problem.Path): string | undefined => {
  if (path[0] === "values" && path[1] !== undefined)
    return path[2] === "mandatoryItemsMet" ? mandatoryKey(String(path[1])) : valueKey(String(path[1]))
  if (path[0] === "year" || path[0] === "date") return path[0]
  return path.length === 0 ? FORM : undefined
}

/**
 * The request of a filled form for `packId`, checked with the API's Schema. Blank indicators are left out (they stay
 * indeterminate); each typed value is read by its indicator's kind, exactly for money.
 *
 * @example
 * assessmentRequest({ year: "2024", date: "2024-12-15", "v.1.1": "true" }, indicators, "qd318-…")
 */
export const assessmentRequest = (
  form: Readonly<Record<string, string>>,
  indicators: ReadonlyArray<IndicatorInput>,
  packId: string,
): Checked<typeof NewAssessment.Type> => {
  const extra: Array<Problem.Problem> = []
  const values: Record<string, unknown> = {}
  for (const i of indicators) {
    const text = (form[valueKey(i.code)] ?? "").trim()
    const at = ["values", i.code]
    if (i.kind === "min-score") {
      const mandatory = form[mandatoryKey(i.code)] ?? ""
      if (text === "" && mandatory === "") continue
      const points = decimalOf(text)
      if (points === undefined) extra.push(Problem.error([...at, "points"], "number.invalid", "a number"))
      if (mandatory === "") extra.push(Problem.error([...at, "mandatoryItemsMet"], "schema", "Missing key"))
      values[i.code] = { kind: "score", points: points ?? 0, mandatoryItemsMet: mandatory === "true" }
      continue
    }
    if (text === "") continue
    if (i.kind === "pass-fail") values[i.code] = { kind: "boolean", value: text === "true" }
    else if (i.kind === "min-amount") {
      const r = parseDong(text)
      if (!r.ok) extra.push(Problem.error([...at, "dong"], r.rule, "whole đồng"))
      values[i.code] = { kind: "amount", dong: r.ok ? r.digits : "0" }
    } else {
      const n = decimalOf(text)
      if (n === undefined) extra.push(Problem.error([...at, "value"], "number.invalid", "a number"))
      values[i.code] = { kind: "percent", value: n ?? 0 }
    }
  }
  const year = form.year?.trim() ?? ""
  const body = {
    ...(year === "" ? {} : { year: /^\d{4}$/u.test(year) ? Number(year) : year }),
    ...((form.date ?? "").trim() === "" ? {} : { date: (form.date ?? "").trim() }),
    packId,
    values,
  }
  return checkWith(NewAssessment, assessmentFieldOf)(body, extra)
}
