/** The help report's headline: the official (confirmed) total, cash and in kind, read from its summary sheet. */

/** A summary sheet's rows as the report JSON carries them (money as decimal strings of whole đồng). */
type SummaryRow = Readonly<Record<string, unknown>>

/** The official totals in đồng, exact. */
export interface HelpTotals {
  readonly value: bigint
  readonly cash: bigint
  readonly inKind: bigint
  readonly lines: number
}

const money = (cell: unknown): bigint | undefined =>
  typeof cell === "string" && /^-?\d+$/u.test(cell) ? BigInt(cell) : undefined

/**
 * The official totals from the summary sheet (core's help report: row 1 the confirmed total with its line count,
 * rows 2 and 3 its cash and in-kind parts). Undefined when the sheet is not shaped so — never a guessed zero.
 *
 * @example
 * helpTotals(report.sheets.find((s) => s.id === "summary")?.rows ?? [])?.value // 16_493_820_000n
 */
export const helpTotals = (rows: ReadonlyArray<SummaryRow>): HelpTotals | undefined => {
  const value = money(rows[0]?.value)
  const cash = money(rows[1]?.value)
  const inKind = money(rows[2]?.value)
  const lines = rows[0]?.lines
  if (value === undefined || cash === undefined || inKind === undefined || typeof lines !== "number") return undefined
  return { value, cash, inKind, lines }
}
