/** The annual help report (báo cáo kết quả giúp đỡ xã) as a table model: paragraphs, method statement and sheets. */
import type { Totals } from "../../contributions/aggregate.ts"
import { type Catalogue, findItem, findUnit } from "../../contributions/catalogue.ts"
import type { Vnd } from "../../money/Vnd.ts"
import type { Language, LocalizedText } from "../../shared/LocalizedText.ts"
import type { Unplaced } from "../../units/aggregate.ts"
import { column, type Report, type Row, type Sheet } from "../Table.ts"
import { type HelpFigures, type HelpInput, helpFigures, type Money } from "./figures.ts"
import { basisNames, providerKindNames, reconciliationStateNames, unplacedReasonNames } from "./labels.ts"
import { defaultSubject, moneyText, paragraph } from "./paragraph.ts"
import { articlePhrases, type PhraseGroup } from "./phrases.ts"

/** What the help report is built from, and how its text is written. */
export interface HelpReportInput extends HelpInput {
  /** The quantity list of the paragraph; default {@link articlePhrases}. */
  readonly phrases?: ReadonlyArray<PhraseGroup>
  /** Items to state as "hơn N" (more than N), rounded down to a multiple of the step; default none (all exact). */
  readonly roundDown?: Readonly<Record<string, number>>
  /** Who gave the help, for the paragraph; default "các cơ quan, đơn vị được phân công giúp đỡ xã". */
  readonly subject?: LocalizedText
}

const both = (f: (language: Language) => string): LocalizedText => ({ vi: f("vi"), en: f("en") })

const moneyColumns = [
  column("lines", "count", "Số khoản", "Lines"),
  column("value", "money", "Tổng giá trị quy ra tiền (đồng)", "Total value (VND)"),
  column("cash", "money", "Tiền mặt (đồng)", "Cash (VND)"),
  column("inKind", "money", "Hiện vật, ngày công quy ra tiền (đồng)", "In kind, valued (VND)"),
]

const moneyCells = (t: Totals): Row => ({ lines: t.lines, value: t.value, cash: t.cash, inKind: t.inKind })

const totalLabel: LocalizedText = { vi: "Tổng cộng", en: "Total" }

const officialNote: LocalizedText = {
  vi: "Chỉ tính các khoản đã được xã nhận hỗ trợ xác nhận; khoản cam kết, chưa xác nhận, bị từ chối hoặc đã hủy không tính vào tổng.",
  en: "Only lines confirmed by the receiving commune are counted; pledged, unconfirmed, rejected and voided lines are not.",
}

const unplacedRow = <A>(u: Unplaced<A>, cells: Row): Row => ({
  code: u.code,
  name: u.at?.name ?? null,
  ...cells,
  note: unplacedReasonNames[u.reason],
})

const summarySheet = (f: HelpFigures): Sheet => {
  const s = f.status
  const row = (vi: string, en: string, lines: number | null, value: Vnd): Row => ({
    indicator: { vi, en },
    lines,
    value,
  })
  return {
    id: "summary",
    name: { vi: "Tổng hợp", en: "Summary" },
    title: { vi: `Tổng hợp kết quả hỗ trợ năm ${f.year}`, en: `Summary of help, ${f.year}` },
    columns: [
      column("indicator", "text", "Chỉ tiêu", "Indicator"),
      column("lines", "count", "Số khoản", "Lines"),
      column("value", "money", "Giá trị (đồng)", "Value (VND)"),
    ],
    rows: [
      row("Tổng giá trị quy ra tiền (đã xác nhận)", "Total value (confirmed)", s.official.lines, s.official.value),
      row("Trong đó: tiền mặt", "Of which: cash", null, s.official.cash),
      row("Trong đó: hiện vật, ngày công quy ra tiền", "Of which: in kind, valued", null, s.official.inKind),
      row("Chưa tính: đã cam kết", "Not counted: pledged", s.pledged.lines, s.pledged.value),
      row(
        "Chưa tính: đã trao, chưa được xã xác nhận",
        "Not counted: delivered, not yet confirmed",
        s.declaredUnconfirmed.lines,
        s.declaredUnconfirmed.value,
      ),
      row("Chưa tính: bị xã từ chối", "Not counted: rejected by the commune", s.rejected.lines, s.rejected.value),
      row("Chưa tính: đã hủy", "Not counted: voided", s.voided.lines, s.voided.value),
    ],
    totals: [],
    notes: [
      officialNote,
      {
        vi: "Số tiền trong bảng tính đến từng đồng; trong lời văn làm tròn một lần đến 0,01 triệu đồng (làm tròn nửa lên).",
        en: "Amounts in tables are exact to the đồng; in text they are rounded once to 0.01 million VND (half up).",
      },
    ],
  }
}

const itemsSheet = (f: HelpFigures, catalogue: Catalogue): Sheet => ({
  id: "items",
  name: { vi: "Số lượng hiện vật", en: "Quantities" },
  title: { vi: `Số lượng và giá trị theo hạng mục, năm ${f.year}`, en: `Quantities and values by item, ${f.year}` },
  columns: [
    column("item", "text", "Mã hạng mục", "Item code"),
    column("name", "text", "Hạng mục", "Item"),
    column("unit", "text", "Đơn vị tính", "Unit"),
    column("quantity", "quantity", "Số lượng", "Quantity"),
    column("lines", "count", "Số khoản", "Lines"),
    column("value", "money", "Giá trị quy ra tiền (đồng)", "Value (VND)"),
  ],
  rows: f.items.map((x) => {
    const item = findItem(catalogue, x.item)
    const unit = findUnit(catalogue, x.unit)
    return {
      item: x.item,
      name: item === undefined ? x.item : item.name,
      unit: unit === undefined ? x.unit : unit.name,
      quantity: x.quantity,
      lines: x.lines,
      value: x.value,
    }
  }),
  totals: [
    {
      item: null,
      name: totalLabel,
      lines: f.status.official.lines,
      value: f.status.official.value,
    },
  ],
  notes: [officialNote],
})

const providerSheet = (f: HelpFigures): Sheet => ({
  id: "by-provider",
  name: { vi: "Theo đơn vị hỗ trợ", en: "By provider" },
  title: { vi: `Kết quả hỗ trợ theo cơ quan, đơn vị, năm ${f.year}`, en: `Help by provider, ${f.year}` },
  columns: [
    column("id", "text", "Mã đơn vị", "Provider id"),
    column("name", "text", "Cơ quan, đơn vị, doanh nghiệp", "Provider"),
    column("kind", "text", "Loại", "Kind"),
    ...moneyColumns,
  ],
  rows: f.byProvider.map((p) => ({
    id: p.provider.id,
    name: p.provider.name,
    kind: providerKindNames[p.provider.kind],
    ...moneyCells(p.totals),
  })),
  totals: [{ id: null, name: totalLabel, ...moneyCells(f.status.official) }],
  notes: [officialNote],
})

const unitColumns = (codeVi: string, codeEn: string, nameVi: string, nameEn: string) => [
  column("code", "text", codeVi, codeEn),
  column("name", "text", nameVi, nameEn),
]

const communeSheet = (f: HelpFigures): Sheet => ({
  id: "by-commune",
  name: { vi: "Theo xã", en: "By commune" },
  title: { vi: `Kết quả hỗ trợ theo xã được giúp đỡ, năm ${f.year}`, en: `Help by receiving commune, ${f.year}` },
  columns: [...unitColumns("Mã xã", "Commune code", "Tên xã", "Commune"), ...moneyColumns],
  rows: f.byCommune.map((c) => ({ code: c.code, name: c.name ?? null, ...moneyCells(c.value) })),
  totals: [{ code: null, name: totalLabel, ...moneyCells(f.status.official) }],
  notes: [
    officialNote,
    {
      vi: "Xã ghi theo mã và tên tại ngày của khoản hỗ trợ.",
      en: "Communes are given by their code and name on the date of each line.",
    },
  ],
})

const districtSheet = (f: HelpFigures): Sheet => ({
  id: "by-district",
  name: { vi: "Theo huyện", en: "By district" },
  title: {
    vi: `Kết quả hỗ trợ theo đơn vị hành chính cấp huyện năm ${f.year}`,
    en: `Help by district as of ${f.year}`,
  },
  columns: [
    ...unitColumns("Mã huyện", "District code", "Tên huyện", "District"),
    ...moneyColumns,
    column("note", "text", "Ghi chú", "Note"),
  ],
  rows: [
    ...f.byDistrict.units.map((d) => ({ code: d.code, name: d.name ?? null, ...moneyCells(d.value), note: null })),
    ...f.byDistrict.unplaced.map((u) => unplacedRow(u, moneyCells(u.value))),
  ],
  totals: [{ code: null, name: totalLabel, ...moneyCells(f.status.official), note: null }],
  notes: [
    officialNote,
    {
      vi: "Mỗi khoản được tính vào huyện mà xã trực thuộc tại ngày của khoản đó. Khoản không xác định được huyện được liệt kê riêng, không bị bỏ.",
      en: "Each line counts for the district its commune belonged to on the line's date. Lines with no district are listed, never dropped.",
    },
  ],
})

const moneyOf = (m: Money): Row => ({ value: (m.cash + m.inKind) as Vnd, cash: m.cash, inKind: m.inKind })

const rebasedSheet = (f: HelpFigures): Sheet | undefined => {
  if (f.rebased === undefined || f.rebasedTo === undefined) return undefined
  const at = f.rebasedTo
  return {
    id: "rebased",
    name: { vi: "Theo xã sau sắp xếp", en: "Rebased communes" },
    title: {
      vi: `Kết quả hỗ trợ năm ${f.year} quy về các xã, phường hiện hành tại ngày ${at}`,
      en: `Help in ${f.year} re-based onto the communes in force on ${at}`,
    },
    columns: [
      ...unitColumns("Mã xã, phường", "Unit code", "Tên xã, phường", "Unit"),
      ...moneyColumns.slice(1),
      column("note", "text", "Ghi chú", "Note"),
    ],
    rows: [
      ...f.rebased.units.map((u) => ({ code: u.code, name: u.name ?? null, ...moneyOf(u.value), note: null })),
      ...f.rebased.unplaced.map((u) => unplacedRow(u, moneyOf(u.value))),
    ],
    totals: [{ code: null, name: totalLabel, ...moneyOf(f.status.official), note: null }],
    notes: [
      officialNote,
      {
        vi: "Quy đổi theo các quyết định sắp xếp đơn vị hành chính: xã sáp nhập chuyển toàn bộ số liệu sang xã mới; xã chia tách phân bổ theo tỷ lệ trong quyết định (chia đến từng đồng, phần dư theo số dư lớn nhất). Khoản không quy đổi được liệt kê riêng, không bị bỏ.",
        en: "Re-based through the reorganisation decisions: a merged commune passes its figures whole to its successor; a split shares them by the decision's weights (exact to the đồng, largest remainder). Figures that cannot be placed are listed, never dropped.",
      },
    ],
  }
}

const methodStatement = (f: HelpFigures): LocalizedText =>
  both((language) => {
    const vi = language === "vi"
    const bases = f.method.bases
      .map((b) => {
        const name = basisNames[b.basis as keyof typeof basisNames]?.[language] ?? b.basis
        return vi
          ? `${name.toLocaleLowerCase("vi")}: ${b.lines} khoản, ${moneyText(b.value, "vi")}`
          : `${name.toLowerCase()}: ${b.lines} lines, ${moneyText(b.value, "en")}`
      })
      .join("; ")
    const lists = f.method.priceLists
      .map((p) => {
        const name = p.list?.name[language] ?? p.id
        const assumed = p.list?.entries.some((e) => e.assumption === true) ?? false
        const flag = assumed ? (vi ? ", có đơn giá giả định" : ", with assumed prices") : ""
        return vi
          ? `${name} (${p.lines} khoản, ${moneyText(p.value, "vi")}${flag})`
          : `${name} (${p.lines} lines, ${moneyText(p.value, "en")}${flag})`
      })
      .join("; ")
    const head = vi
      ? `Phương pháp quy ra tiền: chỉ tính các khoản đã được xã xác nhận; giá trị mỗi khoản bằng số lượng nhân đơn giá, làm tròn một lần đến đồng. Theo căn cứ quy đổi — ${bases}.`
      : `Valuation method: only lines confirmed by the commune count; each line's value is quantity × unit value, rounded once to the đồng. By valuation basis — ${bases}.`
    if (lists === "") return head
    return `${head} ${vi ? "Bảng giá đã dùng" : "Price lists used"}: ${lists}.`
  })

const methodSheet = (f: HelpFigures): Sheet => ({
  id: "method",
  name: { vi: "Căn cứ quy đổi", en: "Valuation method" },
  title: { vi: `Căn cứ quy ra tiền, năm ${f.year}`, en: `Valuation bases, ${f.year}` },
  columns: [
    column("basis", "text", "Căn cứ quy đổi", "Valuation basis"),
    column("lines", "count", "Số khoản", "Lines"),
    column("value", "money", "Giá trị (đồng)", "Value (VND)"),
  ],
  rows: [
    ...f.method.bases.map((b) => {
      const name = basisNames[b.basis as keyof typeof basisNames]
      return {
        basis: name === undefined ? b.basis : name,
        source: null,
        lines: b.lines,
        value: b.value,
      }
    }),
  ],
  totals: [
    {
      basis: totalLabel,
      source: null,
      lines: f.status.official.lines,
      value: f.status.official.value,
    },
  ],
  notes: [
    methodStatement(f),
    ...f.method.priceLists.map((p) =>
      both((language) => {
        const name = p.list?.name[language] ?? p.id
        const assumed = p.list?.entries.some((e) => e.assumption === true) ?? false
        return language === "vi"
          ? `Bảng giá "${p.id}" — ${name}: ${p.lines} khoản, ${moneyText(p.value, "vi")}${assumed ? "; đơn giá là giả định, không phải giá chính thức" : ""}.`
          : `Price list "${p.id}" — ${name}: ${p.lines} lines, ${moneyText(p.value, "en")}${assumed ? "; its prices are assumptions, not official prices" : ""}.`
      }),
    ),
  ],
})

const reconciliationSheet = (f: HelpFigures): Sheet => ({
  id: "reconciliation",
  name: { vi: "Đối chiếu", en: "Reconciliation" },
  title: {
    vi: `Đối chiếu giá trị đơn vị kê khai với giá trị xã xác nhận, năm ${f.year}`,
    en: `Declared against confirmed values, ${f.year}`,
  },
  columns: [
    column("provider", "text", "Mã đơn vị hỗ trợ", "Provider id"),
    column("providerName", "text", "Đơn vị hỗ trợ", "Provider"),
    column("commune", "text", "Mã xã", "Commune code"),
    column("declared", "money", "Đơn vị kê khai (đồng)", "Declared (VND)"),
    column("confirmed", "money", "Xã xác nhận (đồng)", "Confirmed (VND)"),
    column("difference", "money", "Chênh lệch (đồng)", "Difference (VND)"),
    column("awaiting", "count", "Khoản chờ xác nhận", "Lines awaiting"),
    column("rejected", "count", "Khoản bị từ chối", "Lines rejected"),
    column("state", "text", "Tình trạng", "State"),
  ],
  rows: f.reconciliation.map((r) => ({
    provider: r.providerId,
    providerName: r.providerName,
    commune: r.commune,
    declared: r.declared,
    confirmed: r.confirmed,
    difference: r.difference,
    awaiting: r.awaitingConfirmation,
    rejected: r.rejected,
    state: reconciliationStateNames[r.state],
  })),
  totals: [
    {
      provider: null,
      providerName: totalLabel,
      declared: f.reconciliationTotals.declared,
      confirmed: f.reconciliationTotals.confirmed,
      difference: (f.reconciliationTotals.declared - f.reconciliationTotals.confirmed) as Vnd,
    },
  ],
  notes: [
    {
      vi: "Kê khai: giá trị đơn vị hỗ trợ kê khai (nếu không có thì giá trị quy đổi) của các khoản đã trao, đã xác nhận hoặc bị từ chối. Khoản cam kết và khoản đã hủy không đối chiếu.",
      en: "Declared: the provider's declared value (else the line's value) of lines delivered, confirmed or rejected. Pledged and voided lines are not reconciled.",
    },
  ],
})

/**
 * Builds the annual help report: a Vietnamese and an English paragraph in the article's style from the exact
 * totals, a method statement, and sheets — summary (official vs pledged / unconfirmed / rejected / voided),
 * quantities, by provider, by commune, by district as of the year, re-based communes (when `rebaseTo` is given),
 * valuation method, reconciliation. Every sheet's totals row comes from the ledger, not from adding its rows.
 *
 * @example
 * const report = helpReport({ year: 2022, lines: laoCai2022Contributions, catalogue: standardCatalogue,
 *   priceLists: [laoCai2022PriceList], registry: laoCaiRegistry, rebaseTo: isoDate("2025-07-01") })
 * report.paragraphs[0]?.vi // "Trong năm 2022, … 16.493,82 triệu đồng, trong đó 643,73 triệu đồng tiền mặt: …"
 */
export const helpReport = (input: HelpReportInput): Report => {
  const f = helpFigures(input)
  const options = {
    phrases: input.phrases ?? articlePhrases,
    roundDown: input.roundDown ?? {},
    subject: input.subject ?? defaultSubject,
    catalogue: input.catalogue,
  }
  const rebased = rebasedSheet(f)
  return {
    id: `help-${f.year}`,
    title: {
      vi: `Báo cáo kết quả vận động, hỗ trợ giúp đỡ xã xây dựng nông thôn mới năm ${f.year}`,
      en: `Report on help mobilised for communes building new rural areas, ${f.year}`,
    },
    paragraphs: [both((language) => paragraph(f, options, language)), methodStatement(f)],
    sheets: [
      summarySheet(f),
      itemsSheet(f, input.catalogue),
      providerSheet(f),
      communeSheet(f),
      districtSheet(f),
      ...(rebased === undefined ? [] : [rebased]),
      methodSheet(f),
      reconciliationSheet(f),
    ],
  }
}
