/** Criteria packs and commune evaluation: the public API of the criteria module. */
export { applyOverlays } from "./applyOverlays.ts"
export { ALL, applicableColumns, ColumnGroup, ColumnId, ColumnScheme, columnIds, NATIONAL } from "./Column.ts"
export { Criterion } from "./Criterion.ts"
export {
  ChangeCause,
  Comparison,
  CriterionChange,
  compareEvaluations,
  IndicatorChange,
} from "./compare.ts"
export { renderCoverage } from "./coverage.ts"
export {
  AppliedThreshold,
  CriterionResult,
  criterionKey,
  Evaluation,
  evaluationKey,
  Gap,
  IndeterminateReason,
  IndicatorResult,
  Outcome,
  Summary,
} from "./Evaluation.ts"
export { evaluate } from "./evaluate.ts"
export { formatMillions, formatNumber, formatThresholdValue } from "./formatThreshold.ts"
export { Indicator, IndicatorKind } from "./Indicator.ts"
export { CommuneFacts, EvaluationInput, Measured } from "./Measured.ts"
export { MissingItem } from "./Missing.ts"
export { missingInPack } from "./missingInPack.ts"
export {
  AddedIndicator,
  CompletedCriterion,
  encodeOverlay,
  Overlay,
  OverlayThreshold,
  type ValidOverlay,
} from "./Overlay.ts"
export { encodePack, LegalBasis, Level, Pack, Tier, type ValidPack } from "./Pack.ts"
export { packsInForce } from "./packInForce.ts"
export * as Packs from "./packs/index.ts"
export { type Evaluable, prepare } from "./prepare.ts"
export {
  RecognitionCondition,
  RecognitionEligibility,
  type RecognitionFacts,
  recognitionEligibility,
} from "./recognitionQd18.ts"
export {
  renderComparison,
  renderEvaluation,
  renderGap,
  renderLadder,
  renderMeasured,
  renderMissing,
  renderOutcome,
  renderRecognition,
  renderRevocation,
} from "./render.ts"
export { RevocationRisk, revocationRisk } from "./revocationFailureShare.ts"
export { isProvisional, Provenance, Source, SourceRef, SourceStatus } from "./Source.ts"
export { Threshold, ThresholdValue } from "./Threshold.ts"
export { type ColumnChoice, type ColumnFacts, ColumnReason, thresholdColumn } from "./thresholdColumn.ts"
export { evaluateTiers, LadderStep, TierLadder, tierLadder } from "./tierLadder.ts"
export { type OverlayValidation, validateOverlay } from "./validateOverlay.ts"
export { type PackValidation, validatePack } from "./validatePack.ts"
