/** Overlay resolution: a provincial set or fill-in layered on a pack, giving one flat pack to evaluate. */
import type { Criterion } from "./Criterion.ts"
import type { Indicator } from "./Indicator.ts"
import type { ValidOverlay } from "./Overlay.ts"
import { unsafeValid, type ValidPack } from "./Pack.ts"
import { overlaps, type Threshold } from "./Threshold.ts"

const withoutIndicatorKey = ({ indicator: _, ...cell }: ValidOverlay["thresholds"][number]): Threshold => cell

/** Applies one validated overlay to a pack (see `applyOverlays`). */
const applyOne = (pack: ValidPack, overlay: ValidOverlay): ValidPack => {
  if (overlay.base !== pack.id)
    throw new RangeError(`overlay "${overlay.id}" applies to "${overlay.base}", not "${pack.id}"`)
  const cellsFor = (code: string): Array<Threshold> =>
    overlay.thresholds.filter((t) => t.indicator === code).map(withoutIndicatorKey)
  const mergeCells = (indicator: Indicator): Indicator => {
    const added = cellsFor(indicator.code)
    if (added.length === 0) return indicator
    const kept = indicator.thresholds.filter((b) => !added.some((a) => a.year === b.year && overlaps(a, b)))
    return { ...indicator, thresholds: [...added, ...kept] }
  }
  const criteria: Array<Criterion> = pack.criteria.map((c) => {
    const extra = overlay.addIndicators.filter((a) => a.criterion === c.code).map((a) => a.indicator)
    const completed = overlay.completeCriteria.find((x) => x.criterion === c.code)
    return {
      ...c,
      indicatorsComplete: c.indicatorsComplete || completed !== undefined,
      ...(completed === undefined
        ? {}
        : {
            provenance: {
              status: completed.status,
              source: completed.source,
              note: "indicator list completed by an overlay",
            },
          }),
      indicators: [...c.indicators, ...extra].map(mergeCells),
    }
  })
  const known = new Set(pack.sources.map((s) => s.id))
  return unsafeValid({
    ...pack,
    id: overlay.id,
    title: overlay.title,
    legalBasis: [pack.legalBasis[0], ...pack.legalBasis.slice(1), ...overlay.legalBasis],
    ...(overlay.effectiveFrom === undefined ? {} : { effectiveFrom: overlay.effectiveFrom }),
    ...(overlay.effectiveTo === undefined ? {} : { effectiveTo: overlay.effectiveTo }),
    sources: [...pack.sources, ...overlay.sources.filter((s) => !known.has(s.id))],
    notes: [...pack.notes, ...overlay.notes],
    composedOf: [...(pack.composedOf ?? [pack.id]), overlay.id],
    criteria,
  })
}

/**
 * Resolves overlays over a pack, in order, into one flat pack of the same family. An overlay cell for an
 * indicator and year supersedes the base cells of that indicator and year whose dates overlap it (in every
 * column: a provincial value applies to all the province's communes); added indicators join their criterion;
 * a completed criterion becomes able to pass. Resolve once, then evaluate many communes. Throws a RangeError
 * when an overlay names another base (a programming error: `validateOverlay` checks it).
 *
 * @example
 * ```ts
 * import { applyOverlays, Packs } from "@ntm/core/criteria"
 * // Lào Cai's 894/QĐ-UBND commune set over the national 318/QĐ-TTg Phụ lục I
 * const laoCai = applyOverlays(Packs.qd318PhuLucI, [Packs.laoCai894Commune])
 * laoCai.composedOf // => [Packs.qd318PhuLucI.id, Packs.laoCai894Commune.id]
 * ```
 */
export const applyOverlays = (pack: ValidPack, overlays: ReadonlyArray<ValidOverlay>): ValidPack =>
  overlays.reduce(applyOne, pack)
