/** 211/QĐ-TTg (01/03/2024): what is known of its amendments to 318 and 320, as effective-dated facts. */
import { isoDate } from "../../shared/IsoDate.ts"
import type { LegalBasis } from "../Pack.ts"

/** The day 211/QĐ-TTg took effect (issued 01/03/2024; CONFIRMED-2 [P3][S13][S14]). */
export const QD211_EFFECTIVE = isoDate("2024-03-01")

/** Legal basis entry for 211/QĐ-TTg. */
export const qd211Basis: LegalBasis = {
  document: "211/QĐ-TTg",
  date: QD211_EFFECTIVE,
  issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
  provenance: { status: "secondary", source: { ids: ["P3", "S13", "S14"] } },
}

/**
 * Known amendments of 211/QĐ-TTg and how the toolkit applies them. Which commune indicators changed, and their new
 * values, is OPEN: no source gives them.
 */
export const qd211Amendments: ReadonlyArray<{
  readonly what: string
  readonly appliedIn: string
  readonly source: string
}> = [
  {
    what: "TDMNPB thresholds also apply to communes in ethnic-minority area class II/III and to especially difficult coastal-sandbank and island communes",
    appliedIn: "thresholdColumn.ts (from 2024-03-01)",
    source: "S13",
  },
  {
    what: "Provinces specify the delegated criteria and indicators and may vary them by commune group",
    appliedIn: "overlays (Overlay.ts), indicator flag `delegated`",
    source: "S13",
  },
  {
    what: "The e-health-record indicator (15.x) may have changed; its pre-2024 value is kept only until 2024-03-01",
    appliedIn: "qd318PhuLucI.ts (effectiveTo on the 15.e-health-record cells)",
    source: "P1, criteria.md §3.3",
  },
  {
    what: "Amends district criteria 5 and 6 and advanced-district criterion 5 (values OPEN)",
    appliedIn: "qd320.ts (note only)",
    source: "S24",
  },
  {
    what: "Adds a set for special districts without communes; residents' satisfaction ≥ 90%",
    appliedIn: "not modelled (no commune-level effect)",
    source: "P3",
  },
]
