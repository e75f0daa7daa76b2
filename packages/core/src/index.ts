/** Entry point of @ntm/core: the pure NTM domain library (no I/O, no AWS, no clock). */

export * as Assignments from "./assignments/index.ts"
export * as Contributions from "./contributions/index.ts"
export * as Criteria from "./criteria/index.ts"
export * as Money from "./money/index.ts"
export * as Plans from "./plans/index.ts"
export * as Classification from "./shared/Classification.ts"
export * as IsoDate from "./shared/IsoDate.ts"
export * as LocalizedText from "./shared/LocalizedText.ts"
export * as Problem from "./shared/Problem.ts"
export * as Region from "./shared/Region.ts"
export * as UnitCode from "./shared/UnitCode.ts"
export * as Units from "./units/index.ts"
