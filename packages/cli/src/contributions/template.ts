/** The contributions import template: its columns (English and Vietnamese headers), example rows, and CSV/XLSX files. */
import ExcelJS from "exceljs"
import type { Lang } from "../Lang.ts"
import { headerKey } from "../table/cells.ts"

/** One column of the template. */
export interface TemplateColumn {
  /** English header, also the column's key. */
  readonly key: string
  readonly vi: string
  readonly required: boolean
  /** What goes in it (English, for docs and the template's notes). */
  readonly help: string
}

/** The columns, in template order. Headers are matched without case, diacritics or punctuation. */
export const templateColumns: ReadonlyArray<TemplateColumn> = [
  { key: "id", vi: "Mã khoản", required: false, help: "line id; default <file>-<hash>-r<row>" },
  {
    key: "provider_kind",
    vi: "Loại bên hỗ trợ",
    required: true,
    help: "agency | enterprise | organisation | community (cơ quan, doanh nghiệp, tổ chức, cộng đồng)",
  },
  { key: "provider_id", vi: "Mã bên hỗ trợ", required: true, help: "the provider's stable id" },
  { key: "provider_name", vi: "Tên bên hỗ trợ", required: true, help: "the provider's name" },
  { key: "commune", vi: "Mã xã", required: true, help: "receiving commune's GSO code as of the date (5 digits)" },
  { key: "date", vi: "Ngày", required: true, help: "date given or pledged: YYYY-MM-DD or DD/MM/YYYY" },
  { key: "programme", vi: "Chương trình", required: false, help: "ntm (default) | sustainable-poverty-reduction | …" },
  { key: "category", vi: "Nhóm", required: false, help: "cash | construction-material | labour | …; default: item's" },
  { key: "item", vi: "Mã hiện vật", required: true, help: "catalogue item code, e.g. tien-mat, xi-mang, ngay-cong" },
  { key: "quantity", vi: "Số lượng", required: true, help: 'exact decimal: "343", "0.5" or "0,5"' },
  { key: "unit", vi: "Đơn vị tính", required: false, help: "item's unit (default its base unit), e.g. t, kg, day" },
  { key: "work_kind", vi: "Loại công việc", required: false, help: "labour only: kind of work, e.g. unskilled" },
  {
    key: "valuation_basis",
    vi: "Căn cứ quy đổi",
    required: false,
    help: "face-value | price-list | invoice | donor-declared | appraised | market-comparable",
  },
  { key: "unit_value", vi: "Đơn giá (đồng)", required: false, help: "whole đồng per unit: 1500000 or 1.500.000" },
  { key: "price_unit", vi: "Đơn vị tính giá", required: false, help: "unit the unit value is quoted per, if not unit" },
  { key: "value", vi: "Giá trị (đồng)", required: false, help: "value in whole đồng = quantity × unit value" },
  { key: "declared_value", vi: "Giá trị kê khai (đồng)", required: false, help: "value the provider declared" },
  {
    key: "status",
    vi: "Trạng thái",
    required: false,
    help: "pledged | delivered (default) | confirmed | rejected | voided",
  },
  { key: "status_date", vi: "Ngày trạng thái", required: false, help: "date of confirmation etc.; default date" },
  { key: "reason", vi: "Lý do", required: false, help: "required for rejected and voided" },
  { key: "evidence_kind", vi: "Loại chứng từ", required: false, help: "handover-record | invoice | receipt | …" },
  { key: "evidence_ref", vi: "Số chứng từ", required: false, help: "evidence reference, e.g. BBBG-01/2022" },
  { key: "note", vi: "Ghi chú", required: false, help: "free text" },
]

/** Every accepted header key (normalised) → the column's key. */
export const headerIndex: ReadonlyMap<string, string> = new Map(
  templateColumns.flatMap((c) => [
    [headerKey(c.key), c.key],
    [headerKey(c.vi), c.key],
  ]),
)

/**
 * ILLUSTRATIVE example rows (real commune code of Tả Thàng, 02794, and the provider the 2022 article names for it;
 * quantities, prices and dates invented), keyed by column.
 */
export const exampleRows: ReadonlyArray<Readonly<Record<string, string>>> = [
  {
    provider_kind: "agency",
    provider_id: "sbv-lao-cai",
    provider_name: "Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai",
    commune: "02794",
    date: "2022-09-15",
    item: "tien-mat",
    quantity: "20000000",
    status: "confirmed",
    status_date: "2022-09-20",
    evidence_kind: "handover-record",
    evidence_ref: "MINH-HOA-BBBG-01",
    note: "ILLUSTRATIVE example row",
  },
  {
    provider_kind: "agency",
    provider_id: "sbv-lao-cai",
    provider_name: "Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai",
    commune: "02794",
    date: "2022-09-15",
    item: "xi-mang",
    quantity: "2,5",
    unit: "t",
    valuation_basis: "invoice",
    unit_value: "1.500.000",
    value: "3750000",
    status: "delivered",
    evidence_kind: "invoice",
    evidence_ref: "MINH-HOA-HD-0001",
    note: "ILLUSTRATIVE example row",
  },
]

const header = (c: TemplateColumn, lang: Lang): string => (lang === "vi" ? c.vi : c.key)

const csvField = (s: string): string => (/[",\r\n;]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s)

/** The template as CSV text (UTF-8 with BOM so spreadsheet programs read the diacritics), headers in `lang`. */
export const templateCsv = (lang: Lang): string =>
  `\uFEFF${[
    templateColumns.map((c) => csvField(header(c, lang))).join(","),
    ...exampleRows.map((r) => templateColumns.map((c) => csvField(r[c.key] ?? "")).join(",")),
  ].join("\r\n")}\r\n`

/** The template as an XLSX workbook: the table sheet (text cells) and a sheet explaining each column. */
export const templateXlsx = async (lang: Lang): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook()
  wb.creator = "NTM toolkit"
  wb.created = new Date(0)
  wb.modified = new Date(0)
  const ws = wb.addWorksheet(lang === "vi" ? "Dong gop" : "Contributions", { views: [{ state: "frozen", ySplit: 1 }] })
  ws.columns = templateColumns.map((c) => ({ header: header(c, lang), key: c.key, width: 18, style: { numFmt: "@" } }))
  ws.getRow(1).font = { bold: true }
  for (const r of exampleRows) ws.addRow(templateColumns.map((c) => r[c.key] ?? ""))
  const help = wb.addWorksheet(lang === "vi" ? "Huong dan" : "Columns")
  help.addRow(["column", "cột", "required", "what"]).font = { bold: true }
  for (const c of templateColumns) help.addRow([c.key, c.vi, c.required ? "yes" : "no", c.help])
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}
