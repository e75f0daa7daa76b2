/** Entry point of @ntm/core: the pure NTM domain library (no I/O, no AWS, no clock). */
export * as IsoDate from "./shared/IsoDate.ts"
export * as LocalizedText from "./shared/LocalizedText.ts"
export * as Problem from "./shared/Problem.ts"
