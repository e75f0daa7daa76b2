/** The shipped packs and overlays, one module per decision. */
import type { ValidOverlay } from "../Overlay.ts"
import type { ValidPack } from "../Pack.ts"
import { laoCai894Advanced, laoCai894Commune } from "./laoCai894.ts"
import { laoCai1144VillageModel, laoCai1144VillageNtm } from "./laoCai1144.ts"
import { qd51_2025 } from "./qd51_2025.ts"
import { qd318PhuLucI } from "./qd318PhuLucI.ts"
import { qd318PhuLucII } from "./qd318PhuLucII.ts"
import { qd319 } from "./qd319.ts"
import { qd320 } from "./qd320.ts"

export { laoCai894Advanced, laoCai894Commune } from "./laoCai894.ts"
export { laoCai1144VillageModel, laoCai1144VillageNtm } from "./laoCai1144.ts"
export { qd51_2025 } from "./qd51_2025.ts"
export { QD211_EFFECTIVE, qd211Amendments, qd211Basis } from "./qd211.ts"
export { qd318PhuLucI } from "./qd318PhuLucI.ts"
export { qd318PhuLucII } from "./qd318PhuLucII.ts"
export { qd319 } from "./qd319.ts"
export { ADVANCED_INCOME, MODEL_INCOME, modelIncomeOverlay } from "./qd319ModelIncome.ts"
export { qd320 } from "./qd320.ts"
export { sources } from "./sources.ts"

/** Every shipped national and provincial pack, in the order the coverage document lists them. */
export const shippedPacks: ReadonlyArray<ValidPack> = [
  qd318PhuLucI,
  qd318PhuLucII,
  qd319,
  qd320,
  laoCai1144VillageNtm,
  laoCai1144VillageModel,
  qd51_2025,
]

/** Every shipped overlay, each with the id of the pack it applies to. */
export const shippedOverlays: ReadonlyArray<ValidOverlay> = [laoCai894Commune, laoCai894Advanced]
