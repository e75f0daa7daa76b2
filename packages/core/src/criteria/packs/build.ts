/** Small builders the shipped packs use to state criteria and indicators tersely. */
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import type { Criterion } from "../Criterion.ts"
import type { Indicator } from "../Indicator.ts"
import type { Provenance } from "../Source.ts"

/** Criterion groups of the 2021–2025 commune sets (nhóm tiêu chí), per [S5] and [S4]. */
export const groups = {
  planning: { vi: "Quy hoạch", en: "Planning" },
  infrastructure: { vi: "Hạ tầng kinh tế – xã hội", en: "Socio-economic infrastructure" },
  economy: { vi: "Kinh tế và tổ chức sản xuất", en: "Economy and production organisation" },
  society: { vi: "Văn hóa – Xã hội – Môi trường", en: "Culture, society and environment" },
  political: { vi: "Hệ thống chính trị", en: "Political system" },
} as const satisfies Record<string, LocalizedText>

/** A criterion whose indicator list the sources give only in part (or not at all): it can fail, never pass. */
export const partialCriterion = (
  number: number,
  name: LocalizedText,
  provenance: Provenance,
  indicators: ReadonlyArray<Indicator> = [],
  extra: { readonly group?: LocalizedText; readonly critical?: boolean } = {},
): Criterion => ({
  code: String(number),
  number,
  ...(extra.group === undefined ? {} : { group: extra.group }),
  name,
  rule: "all",
  indicatorsComplete: false,
  ...(extra.critical === true ? { critical: true } : {}),
  provenance,
  indicators,
})

/** Names a list of criteria in order (1-based), for sets where only the names are known. */
export const namedCriteria = (
  names: ReadonlyArray<readonly [string, string]>,
  provenance: Provenance,
): Array<Criterion> => names.map(([vi, en], k) => partialCriterion(k + 1, { vi, en }, provenance))
