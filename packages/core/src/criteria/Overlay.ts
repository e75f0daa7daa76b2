/** Overlay (bộ tiêu chí của tỉnh / bổ sung ngưỡng): a provincial set or an operator's fill-in layered on a pack. */
import { Schema } from "effect"
import { IsoDate } from "../shared/IsoDate.ts"
import { LocalizedText } from "../shared/LocalizedText.ts"
import { Region } from "../shared/Region.ts"
import { Indicator } from "./Indicator.ts"
import { LegalBasis } from "./Pack.ts"
import { Source, SourceRef, SourceStatus } from "./Source.ts"
import { Threshold } from "./Threshold.ts"

/** A threshold cell (ô ngưỡng) an overlay sets on one indicator (tightening, or filling an absent or delegated value). */
export const OverlayThreshold = Schema.Struct({ indicator: Schema.NonEmptyString, ...Threshold.fields })
export type OverlayThreshold = typeof OverlayThreshold.Type

/** An indicator (chỉ tiêu) an overlay adds to a criterion (tiêu chí) (a provincial addition, or one the operator read in the text). */
export const AddedIndicator = Schema.Struct({ criterion: Schema.NonEmptyString, indicator: Indicator })
export type AddedIndicator = typeof AddedIndicator.Type

/** A statement that a criterion's (tiêu chí) indicator list is now complete, with the source that lists it. */
export const CompletedCriterion = Schema.Struct({
  criterion: Schema.NonEmptyString,
  status: SourceStatus,
  source: SourceRef,
})
export type CompletedCriterion = typeof CompletedCriterion.Type

/**
 * Overlay. `kind: "provincial"` is a provincial decision over a national pack (e.g. Lào Cai 894/QĐ-UBND over
 * 318/QĐ-TTg): it may tighten thresholds, add indicators and fill delegated ones. `kind: "fill-in"` is an
 * operator's file supplying missing thresholds, each with its source and status `operator-fill-in` (or
 * `demo-fill-in` for illustrations). `kind: "derived"` holds values computed by a rule from another pack's values
 * (e.g. the 319 model income from the advanced income); each keeps the status of the value it derives from. An
 * overlay cell for an indicator and year supersedes the base cells of that
 * indicator and year whose dates overlap it, in every column.
 */
export const Overlay = Schema.Struct({
  format: Schema.Literal("ntm-overlay/1"),
  id: Schema.NonEmptyString,
  kind: Schema.Literals(["provincial", "fill-in", "derived"]),
  /** Id of the pack this overlay applies to (a national pack, or an already resolved provincial pack). */
  base: Schema.NonEmptyString,
  title: LocalizedText,
  province: Schema.optionalKey(Schema.Struct({ code: Schema.NonEmptyString, name: LocalizedText, region: Region })),
  legalBasis: Schema.Array(LegalBasis),
  effectiveFrom: Schema.optionalKey(IsoDate),
  effectiveTo: Schema.optionalKey(IsoDate),
  sources: Schema.Array(Source),
  notes: Schema.Array(Schema.NonEmptyString),
  thresholds: Schema.Array(OverlayThreshold),
  addIndicators: Schema.Array(AddedIndicator),
  completeCriteria: Schema.Array(CompletedCriterion),
})
export type Overlay = typeof Overlay.Type

declare const ValidOverlayBrand: unique symbol

/** An overlay (bộ tiêu chí của tỉnh / bổ sung ngưỡng) that passed `validateOverlay` against its base. */
export type ValidOverlay = Overlay & { readonly [ValidOverlayBrand]: true }

/** Brands an overlay as valid. Internal: only the validator calls it. */
export const unsafeValidOverlay = (overlay: Overlay): ValidOverlay => overlay as ValidOverlay

/**
 * Encodes an overlay to its JSON-ready form (money as decimal strings), e.g. before validating one built in code.
 *
 * @example
 * ```ts
 * import { applyOverlays, encodeOverlay, Packs, validateOverlay } from "@ntm/core/criteria"
 * import { laoCaiDemoNtmFillIn, laoCaiNtmBase } from "@ntm/core/demo"
 * // An overlay built in code is validated in its encoded form
 * validateOverlay(encodeOverlay(laoCaiDemoNtmFillIn), laoCaiNtmBase).ok // => true
 * ```
 */
export const encodeOverlay = (overlay: Overlay): typeof Overlay.Encoded => Schema.encodeSync(Overlay)(overlay)
