/** The criteria packs this deployment serves: the shipped packs, and shipped overlays resolved onto their base. */
import { applyOverlays, Packs, type ValidPack } from "@ntm/core/criteria"
import { laoCaiDemoAdvancedPack, laoCaiDemoNtmPack } from "@ntm/core/demo"

/**
 * The Lào Cai demo packs (894 sets + the ILLUSTRATIVE demo fill-in, ids `demo:…`). Served by id only and only in
 * local mode, so the demo seed of `pnpm start` can assess under them; never picked as "the pack in force", and every
 * assessment under them carries `restsOnFillIn` and the demo `notice`. A deployed API knows no such pack (404).
 */
const demoPacks: ReadonlyArray<ValidPack> = [laoCaiDemoNtmPack, laoCaiDemoAdvancedPack]

const byId = new Map<string, ValidPack>([...Packs.shippedPacks, ...demoPacks].map((p) => [p.id, p]))

/** True for the id of a demo pack (or anything claiming to be one): `demo:…`. */
export const isDemoPackId = (id: string): boolean => id.startsWith("demo:")

/**
 * The pack with this id: a shipped pack, or a shipped overlay applied to its (resolved) base pack. Overlays carry
 * the id of the pack they build on, so a provincial set such as Lào Cai's 894 evaluates like a pack. Demo packs
 * (`demo:…`), and overlays built on them, exist only when `local` (local mode; see `LocalMode`).
 *
 * @example
 * packById("qd51-2025", false)?.tier // "ntm"
 * packById("demo:lao-cai-894-ntm", false) // undefined: demo packs are local only
 */
export const packById = (id: string, local: boolean): ValidPack | undefined => {
  if (!local && isDemoPackId(id)) return undefined
  const pack = byId.get(id)
  if (pack !== undefined) return pack
  const overlay = Packs.shippedOverlays.find((o) => o.id === id)
  if (overlay === undefined) return undefined
  const base = overlay.base === id ? undefined : packById(overlay.base, local)
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
    const p = packById(o.id, false)
    return p === undefined ? [] : [p]
  }),
]
