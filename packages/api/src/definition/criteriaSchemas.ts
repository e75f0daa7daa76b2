/** Request and response shapes of evaluation (đánh giá) shared by the criteria and assessment endpoints. */
import { IsoDate, LocalizedText } from "@ntm/core"
import { CommuneFacts, Evaluation, Measured, Overlay, Pack, TierLadder } from "@ntm/core/criteria"
import { Schema } from "effect"

/** `?lang=vi|en`: add a rendered text of the result in that language. */
export const LangQuery = { lang: Schema.optionalKey(LocalizedText.Language) }

/** A calendar year of the programme (2000–2100). */
const Year = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 2000, maximum: 2100 })))

/** Measured values keyed by indicator code (at most 500). */
export const MeasuredValues = Schema.Record(
  Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(50))),
  Measured,
)

/**
 * `POST /v1/evaluate`: a shipped pack by id (or an overlay id: the overlay applied to its base), or an inline pack
 * (validated first; overlays may be layered on it), the commune's facts, the year, the date and the values.
 */
export const EvaluationRequest = Schema.Struct({
  packId: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))),
  pack: Schema.optionalKey(Schema.Unknown),
  overlays: Schema.optionalKey(Schema.Array(Schema.Unknown)),
  commune: CommuneFacts,
  year: Year,
  date: IsoDate.IsoDate,
  values: MeasuredValues,
  strict: Schema.optionalKey(Schema.Boolean),
})
export type EvaluationRequest = typeof EvaluationRequest.Type

/** The evaluation, plus its rendering when `?lang=` asked for one. */
export const EvaluationResponse = Schema.Struct({
  evaluation: Evaluation,
  rendered: Schema.optionalKey(Schema.String),
})

const PackRef = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))

/** `POST /v1/evaluate/tiers`: one shipped pack (or overlay) id per tier, and the same measurements for all. */
export const TiersRequest = Schema.Struct({
  packs: Schema.Struct({
    ntm: Schema.optionalKey(PackRef),
    advanced: Schema.optionalKey(PackRef),
    model: Schema.optionalKey(PackRef),
  }),
  commune: CommuneFacts,
  year: Year,
  date: IsoDate.IsoDate,
  values: MeasuredValues,
  strict: Schema.optionalKey(Schema.Boolean),
})

/** The evaluation per tier and the ladder climbed (`evaluateTiers`), rendered when `?lang=` asks. */
export const TiersResponse = Schema.Struct({
  evaluations: Schema.Struct({
    ntm: Schema.optionalKey(Evaluation),
    advanced: Schema.optionalKey(Evaluation),
    model: Schema.optionalKey(Evaluation),
  }),
  ladder: TierLadder,
  rendered: Schema.optionalKey(Schema.String),
})

export { Evaluation, Overlay, Pack, Year }
