/** ILLUSTRATIVE demo data for Lào Cai: 2022 ledger and price list, demo threshold fill-in, commune assessments 2022–2024. */

export { builtOnDemoFillIn, DEMO_FILL_IN_IDS, DEMO_NOTICE, DEMO_SOURCE_TEXT } from "./demoMarking.ts"
export { laoCai2022Article } from "./laoCai2022Article.ts"
export { demoProviders, laoCai2022Contributions } from "./laoCai2022Contributions.ts"
export { laoCai2022PriceList } from "./laoCai2022PriceList.ts"
export {
  type DemoAssessment,
  type DemoMeasurement,
  demoInput,
  evaluateLaoCaiDemo,
  type HealthFigures,
  laoCaiDemoCommunes,
  laoCaiDemoMeasurements,
  laoCaiDemoStatuses,
  renderDemoAssessment,
} from "./laoCaiAssessments.ts"
export * as LaoCaiAssignments from "./laoCaiAssignments.ts"
export { demoUnits, demoZoneOf } from "./laoCaiCommunes.ts"
export {
  advancedDemoCode,
  laoCaiAdvancedBase,
  laoCaiDemoAdvancedFillIn,
  laoCaiDemoAdvancedPack,
  laoCaiDemoNtmFillIn,
  laoCaiDemoNtmPack,
  laoCaiNtmBase,
} from "./laoCaiDemoFillIn.ts"
export * as LaoCaiPlans from "./laoCaiPlans.ts"
export * from "./laoCaiTargets.ts"
