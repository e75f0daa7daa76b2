/** Measured values for `ntm evaluate`, from JSON (the core Schema) or CSV (indicator code, value, evidence). */
import { Criteria, Money, Problem } from "@ntm/core"
import { type CellProblem, cellError } from "../table/CellProblem.ts"
import { booleanText, decimalText, headerKey, readCsv } from "../table/cells.ts"

type Measured = Criteria.Measured
type Values = Record<string, Measured>

/** The values, or every problem found (CSV problems name the row and the column). */
export type ValuesResult =
  | { readonly ok: true; readonly values: Values }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem.Problem> }
  | { readonly ok: false; readonly cellProblems: ReadonlyArray<CellProblem> }

const valuesSchema = Criteria.EvaluationInput.fields.values

/**
 * Values from JSON: `{ "<indicator>": { "kind": "percent", "value": 85 }, … }` or `{ "values": { … } }`, decoded
 * with the core `Measured` Schema (every problem, with its path).
 */
export const valuesFromJson = (json: unknown): ValuesResult => {
  const inner =
    typeof json === "object" && json !== null && "values" in json ? (json as { values: unknown }).values : json
  const r = Problem.decodeAll(valuesSchema)(inner)
  return r.ok ? { ok: true, values: { ...r.value } } : { ok: false, problems: r.problems }
}

const columnAliases: Readonly<Record<string, ReadonlyArray<string>>> = {
  indicator: ["indicator", "indicator_code", "code", "chi_tieu", "ma_chi_tieu"],
  value: ["value", "gia_tri"],
  evidence: ["evidence", "minh_chung"],
  mandatory: ["mandatory_items_met", "noi_dung_bat_buoc_dat", "bat_buoc_dat"],
}

const toMeasured = (
  kind: Criteria.IndicatorKind,
  text: string,
  mandatory: string | undefined,
): { ok: true; value: Measured } | { ok: false; rule: string; message: string } => {
  switch (kind) {
    case "pass-fail": {
      const b = booleanText(text)
      return b === undefined
        ? { ok: false, rule: "values.not-a-boolean", message: `"${text}" is not đạt/không đạt (yes/no)` }
        : { ok: true, value: { kind: "boolean", value: b } }
    }
    case "min-percent":
    case "max-percent": {
      const d = decimalText(text)
      const n = d === undefined ? Number.NaN : Number(d)
      return Number.isFinite(n) && n >= 0 && n <= 100
        ? { ok: true, value: { kind: "percent", value: n } }
        : { ok: false, rule: "values.not-a-percent", message: `"${text}" is not a percentage between 0 and 100` }
    }
    case "min-amount": {
      if (/^\d+$/u.test(text)) return { ok: true, value: { kind: "amount", dong: BigInt(text) } }
      for (const language of ["vi", "en"] as const) {
        const p = Money.VndFormat.parse(text, language)
        if (p.ok) return { ok: true, value: { kind: "amount", dong: p.value } }
      }
      return {
        ok: false,
        rule: "values.not-an-amount",
        message: `"${text}" is not an amount in đồng (e.g. 38500000 or "38,5 triệu đồng")`,
      }
    }
    case "min-score": {
      const d = decimalText(text)
      const m = mandatory === undefined ? undefined : booleanText(mandatory)
      if (d === undefined) return { ok: false, rule: "values.not-a-number", message: `"${text}" is not a number` }
      if (m === undefined)
        return {
          ok: false,
          rule: "values.mandatory-missing",
          message: "a score needs the column mandatory_items_met (yes/no)",
        }
      return { ok: true, value: { kind: "score", points: Number(d), mandatoryItemsMet: m } }
    }
  }
}

/**
 * Values from CSV with a header row: `indicator`, `value`, optional `evidence` (references separated by ";") and
 * `mandatory_items_met` (for score indicators); Vietnamese headers `chỉ tiêu`, `giá trị`, `minh chứng` work too.
 * The value is read by the indicator's kind in the pack: đạt/không đạt, a percentage, an amount in đồng, a score.
 * Every problem names the row (as a spreadsheet numbers it) and the column.
 */
export const valuesFromCsv = (text: string, pack: Criteria.ValidPack): ValuesResult => {
  const { headers, rows } = readCsv(text)
  const keys = headers.map(headerKey)
  const at = (name: string): number => keys.findIndex((k) => columnAliases[name]?.includes(k) === true)
  const col = { indicator: at("indicator"), value: at("value"), evidence: at("evidence"), mandatory: at("mandatory") }
  const problems: Array<CellProblem> = []
  if (col.indicator < 0) problems.push(cellError(1, undefined, "values.missing-column", "no column 'indicator'"))
  if (col.value < 0) problems.push(cellError(1, undefined, "values.missing-column", "no column 'value'"))
  if (problems.length > 0) return { ok: false, cellProblems: problems }
  const kinds = new Map(pack.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.kind] as const)))
  const header = (i: number) => headers[i] ?? ""
  const values: Values = {}
  const seen = new Map<string, number>()
  for (const { row, cells } of rows) {
    const code = cells[col.indicator] ?? ""
    const text = cells[col.value] ?? ""
    const kind = kinds.get(code)
    if (kind === undefined) {
      problems.push(
        cellError(row, header(col.indicator), "values.unknown-indicator", `no indicator "${code}" in ${pack.id}`),
      )
      continue
    }
    const first = seen.get(code)
    if (first !== undefined) {
      problems.push(
        cellError(row, header(col.indicator), "values.duplicate-indicator", `"${code}" is already on row ${first}`),
      )
      continue
    }
    seen.set(code, row)
    if (text === "") continue // no value: the indicator stays indeterminate, as core reports it
    const m = toMeasured(kind, text, col.mandatory < 0 ? undefined : cells[col.mandatory])
    if (!m.ok) {
      problems.push(cellError(row, header(col.value), m.rule, m.message))
      continue
    }
    const evidence = (col.evidence < 0 ? "" : (cells[col.evidence] ?? ""))
      .split(";")
      .map((e) => e.trim())
      .filter((e) => e !== "")
    values[code] = evidence.length > 0 ? { ...m.value, evidence } : m.value
  }
  return problems.length > 0 ? { ok: false, cellProblems: problems } : { ok: true, values }
}
