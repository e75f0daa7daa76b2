/** `ntm report help|status`: a year's report from a ledger file or the ILLUSTRATIVE demo data. */
import { Contributions, Money } from "@ntm/core"
import { laoCai2022Contributions } from "@ntm/core/demo"
import { CliError, type Io } from "../Io.ts"
import { type Lang, t } from "../Lang.ts"
import { readLedger } from "../ledger.ts"

/** Options of `report`. */
export interface ReportOptions {
  readonly year: number
  readonly format: string
  readonly lang: Lang
  readonly demo: boolean
  readonly by?: string
  readonly out?: string
  readonly ledger?: string
}

/** Prints a report; returns the exit code. */
export const reportCommand = async (io: Io, kind: "help" | "status", o: ReportOptions): Promise<number> => {
  if (kind === "status") throw new CliError("the status report needs the reports module", 2)
  const lines = o.ledger !== undefined ? await readLedger(io, o.ledger) : o.demo ? laoCai2022Contributions : undefined
  if (lines === undefined) throw new CliError("give --ledger <file.json> or --demo", 2)
  const inYear = lines.filter((l) => l.date.startsWith(String(o.year)))
  const total = Contributions.Aggregate.aggregate(inYear, []).total
  const fmt = (v: Money.Vnd.Vnd) => Money.VndFormat.format(v, { language: o.lang, scale: "million", decimals: 2 })
  io.out(
    t(
      o.lang,
      `Năm ${o.year}: tổng giá trị quy ra tiền ${fmt(total.value)}, trong đó ${fmt(total.cash)} tiền mặt.\n`,
      `${o.year}: total value ${fmt(total.value)}, of which ${fmt(total.cash)} in cash.\n`,
    ),
  )
  return 0
}
