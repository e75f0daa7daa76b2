/** Coverage document: every shipped indicator and threshold with its status and source, rendered as Markdown. */
import { regionNames } from "../shared/Region.ts"
import { ALL, applicableColumns, NATIONAL } from "./Column.ts"
import { formatThresholdValue } from "./formatThreshold.ts"
import type { Indicator } from "./Indicator.ts"
import { missingInPack } from "./missingInPack.ts"
import type { Overlay } from "./Overlay.ts"
import type { Pack } from "./Pack.ts"
import type { Threshold } from "./Threshold.ts"

const cellText = (t: Threshold): string => {
  const when = [
    t.year === undefined ? undefined : String(t.year),
    t.effectiveFrom === undefined ? undefined : `from ${t.effectiveFrom}`,
    t.effectiveTo === undefined ? undefined : `until ${t.effectiveTo}`,
  ].filter((x) => x !== undefined)
  return `${formatThresholdValue(t.value, "en")}${when.length === 0 ? "" : ` (${when.join(", ")})`} — ${t.status} [${t.source.ids.join(", ")}]`
}

const columnCell = (i: Indicator, column: string): string => {
  const own = i.thresholds.filter((t) => t.column === column)
  if (own.length > 0) return own.map(cellText).join("; ")
  if (column === ALL) return "—"
  return i.thresholds.some((t) => t.column === ALL) ? "(all)" : "absent"
}

const esc = (s: string): string => s.replaceAll("|", "\\|")

const columnHeader = (pack: Pack, column: string): string =>
  column === NATIONAL
    ? "national (chung)"
    : column === ALL
      ? "all columns"
      : pack.columns.kind === "groups"
        ? (pack.columns.groups.find((g) => g.id === column)?.name.en ?? column)
        : column

const countCells = (packs: ReadonlyArray<Pack>) => {
  let indicators = 0
  let cells = 0
  const byStatus = new Map<string, number>()
  for (const p of packs)
    for (const c of p.criteria)
      for (const i of c.indicators) {
        indicators++
        for (const t of i.thresholds) {
          cells++
          byStatus.set(t.status, (byStatus.get(t.status) ?? 0) + 1)
        }
      }
  return { indicators, cells, byStatus }
}

const packSection = (pack: Pack): Array<string> => {
  const columns = pack.columns.kind === "uniform" ? [ALL] : [ALL, NATIONAL, ...applicableColumns(pack.columns)]
  const indicators = pack.criteria.reduce((n, c) => n + c.indicators.length, 0)
  const missing = missingInPack(pack)
  const lines = [
    `## ${pack.title.en}`,
    "",
    `- Id: \`${pack.id}\` · family \`${pack.family}\` · level ${pack.level} · tier ${pack.tier} · period ${pack.period.from}–${pack.period.to}`,
    `- Legal basis: ${pack.legalBasis.map((b) => `${b.document}${b.part === undefined ? "" : ` ${b.part}`} (${b.date ?? "date unknown"}; ${b.provenance.status})`).join("; ")}`,
    `- In force: ${pack.effectiveFrom ?? "date unknown"}${pack.effectiveTo === undefined ? "" : ` to ${pack.effectiveTo}`}`,
    `- Columns: ${pack.columns.kind}${
      pack.columns.kind === "regions"
        ? ` (${applicableColumns(pack.columns)
            .map((r) => `${r} = ${regionNames[r as keyof typeof regionNames]?.en ?? r}`)
            .join(", ")})`
        : ""
    }`,
    `- Criteria: ${pack.criteria.length}${pack.declared?.criteria === undefined ? "" : ` of ${pack.declared.criteria} declared`}; indicators known: ${indicators}${pack.declared?.indicators === undefined ? "" : ` of ${pack.declared.indicators} declared`}; criteria with a complete indicator list: ${pack.criteria.filter((c) => c.indicatorsComplete).length}`,
    `- Still missing: ${missing.filter((m) => m.kind === "threshold").length} indicators without a threshold in some column; ${missing.filter((m) => m.kind === "indicator-list").length} incomplete indicator lists`,
    ...pack.notes.map((n) => `- Note: ${esc(n)}`),
    "",
    `| Criterion | Indicator | Kind | Code sourced | ${columns.map((c) => columnHeader(pack, c)).join(" | ")} |`,
    `|---|---|---|---|${columns.map(() => "---").join("|")}|`,
  ]
  for (const c of pack.criteria) {
    const crit = `${c.code}. ${esc(c.name.vi)} (${esc(c.name.en)})${c.critical === true ? " ★" : ""} — ${c.provenance.status}${c.indicatorsComplete ? "" : ", list incomplete"}`
    if (c.indicators.length === 0) {
      lines.push(`| ${crit} | (no indicator in the sources) | | | ${columns.map(() => "").join(" | ")} |`)
      continue
    }
    for (const i of c.indicators)
      lines.push(
        `| ${crit} | \`${i.code}\` ${esc(i.name.en)}${i.delegated === true ? " (delegated)" : ""} | ${i.kind} | ${i.codeSourced ? "yes" : "no"} | ${columns.map((col) => esc(columnCell(i, col))).join(" | ")} |`,
      )
  }
  lines.push("")
  return lines
}

const overlaySection = (o: Overlay): Array<string> => [
  `## Overlay: ${o.title.en}`,
  "",
  `- Id: \`${o.id}\` · ${o.kind} · over \`${o.base}\`${o.province === undefined ? "" : ` · province ${o.province.name.en} (${o.province.code}, ${o.province.region})`}`,
  `- Legal basis: ${o.legalBasis.map((b) => `${b.document} (${b.date ?? "date unknown"}; ${b.provenance.status})`).join("; ") || "—"}`,
  `- Thresholds set: ${o.thresholds.length}; indicators added: ${o.addIndicators.length}; criteria completed: ${o.completeCriteria.length}`,
  ...o.thresholds.map((t) => `  - \`${t.indicator}\` ${t.column}: ${esc(cellText(t))}`),
  ...o.notes.map((n) => `- Note: ${esc(n)}`),
  "",
]

/**
 * Renders the coverage document from packs and overlays: a summary, then per pack a table of every criterion and
 * indicator with the threshold (value, status, sources) in every column, or "absent". Pure: the script
 * `scripts/criteria-coverage.ts` writes it to docs/criteria-coverage.md, and a test checks the file is current.
 *
 * @example
 * ```ts
 * import { Packs, renderCoverage } from "@ntm/core/criteria"
 * // The Markdown table of docs/criteria-coverage.md
 * renderCoverage(Packs.shippedPacks, Packs.shippedOverlays).startsWith("#") // => true
 * ```
 */
export const renderCoverage = (packs: ReadonlyArray<Pack>, overlays: ReadonlyArray<Overlay> = []): string => {
  const total = countCells(packs)
  const lines = [
    "# Criteria coverage",
    "",
    "<!-- Generated by `node --import tsx packages/core/scripts/criteria-coverage.ts` from the shipped packs. Do not edit. -->",
    "",
    "What the shipped criteria packs know, cell by cell. A threshold is shown with its status and source ids",
    "(criteria.md §12); **absent** means no source gives the value — it is never guessed. A value in the",
    '"all columns" column applies to every region or group, shown there as `(all)`. The national (chung) column is',
    "for reference and never applied to a commune by itself. ★ marks a criterion that is critical in the",
    "revocation rule. No value is `verified-primary`: every source so far is secondary.",
    "",
    "| Pack | Level | Tier | Criteria | Indicators | Threshold cells |",
    "|---|---|---|---|---|---|",
    ...packs.map((p) => {
      const c = countCells([p])
      return `| \`${p.id}\` | ${p.level} | ${p.tier} | ${p.criteria.length} | ${c.indicators} | ${c.cells} |`
    }),
    "",
    `Total: ${total.indicators} indicators, ${total.cells} threshold cells (${
      [...total.byStatus.entries()]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(", ") || "none"
    }).`,
    "",
  ]
  for (const p of packs) lines.push(...packSection(p))
  for (const o of overlays) lines.push(...overlaySection(o))
  return `${lines.join("\n").trimEnd()}\n`
}
