/**
 * Integration adapters: each turns one module's data into another module's seam input, so the modules stay
 * independent (plans never imports criteria, units or contributions; only this folder knows both sides).
 */
export { type CommuneStatusOptions, communeStatus } from "./communeStatus.ts"
export { type MobilisedMoneyOptions, mobilisedMoney, moneyOutside } from "./mobilisedMoney.ts"
export { type ProgrammeOptions, programmeHierarchy } from "./programmeHierarchy.ts"
export { type SuccessorMapping, successorMapping } from "./successorMapping.ts"
