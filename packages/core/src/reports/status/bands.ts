/** Bands of criteria met (nhóm xã theo số tiêu chí đạt): data, not code, so a 19-criteria or a 10-criteria pack both work. */
import type { LocalizedText } from "../../shared/LocalizedText.ts"
import { error, type Problem } from "../../shared/Problem.ts"

/** A band (nhóm xã theo số tiêu chí đạt): communes meeting from `min` to `max` criteria, both inclusive. */
export interface Band {
  readonly min: number
  readonly max: number
  readonly label: LocalizedText
}

const band = (min: number, max: number): Band => ({
  min,
  max,
  label:
    min === max
      ? { vi: `${min} tiêu chí`, en: `${min} criteria` }
      : min === 0
        ? { vi: `Dưới ${max + 1} tiêu chí`, en: `Fewer than ${max + 1} criteria` }
        : { vi: `Từ ${min} đến ${max} tiêu chí`, en: `${min}–${max} criteria` },
})

/**
 * Bands from their lower bounds, highest first: `bandsFromCuts(19, [19, 15, 10, 5])` gives 19, 15–18, 10–14, 5–9
 * and <5 — every count from 0 to `total` in exactly one band. The cuts are the caller's (a province's reporting
 * practice); none is assumed for a pack whose reports the sources do not show.
 *
 * @example
 * ```ts
 * import { StatusBands } from "@ntm/core/reports"
 * StatusBands.bandsFromCuts(19, [19, 15, 10, 5]).map((b) => b.label.en) // => ["19 criteria", "15–18 criteria", "10–14 criteria", "5–9 criteria", "Fewer than 5 criteria"]
 * ```
 */
export const bandsFromCuts = (total: number, cuts: ReadonlyArray<number>): Array<Band> => {
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c <= total).sort((a, b) => b - a)
  const out: Array<Band> = []
  let top = total
  for (const c of sorted) {
    out.push(band(c, top))
    top = c - 1
  }
  if (top >= 0) out.push(band(0, top))
  return out
}

/**
 * The bands national and provincial reports use for the 19 criteria of 2021–2025: 19, 15–18, 10–14, 5–9, <5
 * (peers-and-practice.md §5, "communes by number of criteria met … e.g. 19 / 15–18 / 10–14 / 5–9 / <5").
 */
export const bands19: ReadonlyArray<Band> = bandsFromCuts(19, [19, 15, 10, 5])

/**
 * The band a count falls in, or undefined when no band holds it.
 *
 * @example
 * ```ts
 * import { StatusBands } from "@ntm/core/reports"
 * StatusBands.bandOf(StatusBands.bands19, 17)?.label.vi // => "Từ 15 đến 18 tiêu chí"
 * ```
 */
export const bandOf = (bands: ReadonlyArray<Band>, met: number): Band | undefined =>
  bands.find((b) => b.min <= met && met <= b.max)

/**
 * Problems with a set of bands for a pack of `total` criteria: a band with min > max (`bands.empty`), two bands
 * sharing a count (`bands.overlap`), or a count from 0 to `total` in no band (`bands.gap`).
 *
 * @example
 * ```ts
 * import { StatusBands } from "@ntm/core/reports"
 * StatusBands.checkBands(StatusBands.bands19, 19) // => []
 * StatusBands.checkBands(StatusBands.bandsFromCuts(10, [10, 5]), 19).map((p) => p.rule) // => ["bands.gap"]
 * ```
 */
export const checkBands = (bands: ReadonlyArray<Band>, total: number): Array<Problem> => {
  const problems: Array<Problem> = []
  bands.forEach((b, i) => {
    if (b.min > b.max) problems.push(error([i], "bands.empty", `band ${i} runs from ${b.min} to ${b.max}`))
    for (let j = 0; j < i; j++) {
      const o = bands[j]!
      if (b.min <= o.max && o.min <= b.max)
        problems.push(error([i], "bands.overlap", `band ${i} and band ${j} both hold ${Math.max(b.min, o.min)}`))
    }
  })
  const gaps: Array<number> = []
  for (let n = 0; n <= total; n++) if (bandOf(bands, n) === undefined) gaps.push(n)
  if (gaps.length > 0)
    problems.push(error([], "bands.gap", `no band holds ${gaps.join(", ")} criteria (pack of ${total} criteria)`))
  return problems
}
