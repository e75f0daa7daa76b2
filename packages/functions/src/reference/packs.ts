/** The criteria packs this deployment serves: the shipped packs, and shipped overlays resolved onto their base. */
import { applyOverlays, Packs, type ValidPack } from "@ntm/core/criteria"

const byId = new Map<string, ValidPack>(Packs.shippedPacks.map((p) => [p.id, p]))

/** True for the id of a demo pack (or anything claiming to be one): `demo:…`. */
export const isDemoPackId = (id: string): boolean => id.startsWith("demo:")

/**
 * The pack with this id: a shipped pack, or a shipped overlay applied to its (resolved) base pack. Overlays carry
 * the id of the pack they build on, so a provincial set such as Lào Cai's 894 evaluates like a pack. Demo packs
 * (`demo:…`) are found only among `localPacks` — the packs served in local mode (`LocalPacks`; empty when deployed)
 * — never among the shipped ones, and overlays built on them resolve only then.
 *
 * @example
 * packById("qd51-2025", [])?.tier // "ntm"
 * packById("demo:lao-cai-894-2022/commune-ntm/fill-in", []) // undefined: demo packs are local only
 */
export const packById = (id: string, localPacks: ReadonlyArray<ValidPack>): ValidPack | undefined => {
  if (isDemoPackId(id)) return localPacks.find((p) => p.id === id)
  const pack = byId.get(id)
  if (pack !== undefined) return pack
  const overlay = Packs.shippedOverlays.find((o) => o.id === id)
  if (overlay === undefined) return undefined
  const base = overlay.base === id ? undefined : packById(overlay.base, localPacks)
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
    const p = packById(o.id, [])
    return p === undefined ? [] : [p]
  }),
]
