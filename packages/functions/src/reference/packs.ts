/** The criteria packs this deployment serves: the shipped packs, and shipped overlays resolved onto their base. */
import { applyOverlays, Packs, type ValidPack } from "@ntm/core/criteria"

const byId = new Map<string, ValidPack>(Packs.shippedPacks.map((p) => [p.id, p]))

/**
 * The pack with this id: a shipped pack, or a shipped overlay applied to its (resolved) base pack. Overlays carry
 * the id of the pack they build on, so a provincial set such as Lào Cai's 894 evaluates like a pack.
 *
 * @example
 * packById("qd51-2025")?.tier // "ntm"
 */
export const packById = (id: string): ValidPack | undefined => {
  const pack = byId.get(id)
  if (pack !== undefined) return pack
  const overlay = Packs.shippedOverlays.find((o) => o.id === id)
  if (overlay === undefined) return undefined
  const base = overlay.base === id ? undefined : packById(overlay.base)
  return base === undefined ? undefined : applyOverlays(base, [overlay])
}

/**
 * The packs a commune of `province` may be assessed under: the national packs, then the shipped provincial overlays
 * of that province resolved onto their base (`packsInForce` picks among them by date, latest start first).
 */
export const packsForProvince = (province: string): ReadonlyArray<ValidPack> => [
  ...Packs.shippedPacks,
  ...Packs.shippedOverlays.flatMap((o) => {
    if (o.province?.code !== province) return []
    const p = packById(o.id)
    return p === undefined ? [] : [p]
  }),
]
