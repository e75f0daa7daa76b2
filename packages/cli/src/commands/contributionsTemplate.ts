/** `ntm contributions template`: writes the import template as CSV or XLSX, headers in Vietnamese or English. */
import { templateCsv, templateXlsx } from "../contributions/template.ts"
import { CliError, type Io, writeOut } from "../Io.ts"
import { type Lang, t } from "../Lang.ts"

/**
 * Writes the template (headers and two ILLUSTRATIVE example rows) to `out`, or CSV to stdout when `out` is absent.
 *
 * @example
 * await contributionsTemplate(io, { format: "xlsx", lang: "vi", out: "mau-dong-gop.xlsx" })
 */
export const contributionsTemplate = async (
  io: Io,
  o: { readonly format: string; readonly lang: Lang; readonly out?: string },
): Promise<number> => {
  if (o.format !== "csv" && o.format !== "xlsx") throw new CliError(`--format must be csv or xlsx`, 2)
  if (o.format === "xlsx" && o.out === undefined) throw new CliError("--format xlsx needs --out <file.xlsx>", 2)
  const data = o.format === "csv" ? templateCsv(o.lang) : await templateXlsx(o.lang)
  if (o.out === undefined) {
    io.out(String(data))
    return 0
  }
  await writeOut(io, o.out, data)
  io.err(t(o.lang, `Đã ghi mẫu vào ${o.out}.\n`, `Wrote the template to ${o.out}.\n`))
  return 0
}
