/** The packs the CLI knows by id: the shipped national and provincial sets, resolved, and the ILLUSTRATIVE demo sets. */
import { Criteria } from "@ntm/core"
import { laoCaiDemoAdvancedPack, laoCaiDemoNtmPack } from "@ntm/core/demo"

type ValidPack = Criteria.ValidPack

const shipped = Criteria.Packs.shippedPacks
const byId = new Map<string, ValidPack>(shipped.map((p) => [p.id, p]))
for (const o of Criteria.Packs.shippedOverlays) {
  const base = byId.get(o.base)
  if (base !== undefined) byId.set(o.id, Criteria.applyOverlays(base, [o]))
}
byId.set(laoCaiDemoNtmPack.id, laoCaiDemoNtmPack)
byId.set(laoCaiDemoAdvancedPack.id, laoCaiDemoAdvancedPack)

/**
 * A known pack by id, resolved (a provincial overlay comes applied to its national base).
 *
 * @example
 * knownPack("lao-cai-894-2022/commune-ntm") // 318 Phụ lục I with 894/QĐ-UBND applied
 */
export const knownPack = (id: string): ValidPack | undefined => byId.get(id)

/** Every id {@link knownPack} answers, for help texts and error messages. */
export const knownPackIds = (): ReadonlyArray<string> => [...byId.keys()]
