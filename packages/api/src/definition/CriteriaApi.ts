/** Criteria packs (bộ tiêu chí) and stateless evaluation: list, get, validate an upload, evaluate measurements. */
import { LocalizedText as Text } from "@ntm/core"
import { Level, MissingItem, Pack, Tier } from "@ntm/core/criteria"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { Forbidden, NotFound, ProblemEntry } from "../http/problems.ts"
import { EvaluationRequest, EvaluationResponse, LangQuery, TiersRequest, TiersResponse } from "./criteriaSchemas.ts"
import { errors } from "./errors.ts"

const { LocalizedText } = Text

/** One shipped pack in a list: enough to choose one. */
export const PackSummary = Schema.Struct({
  id: Schema.String,
  family: Schema.String,
  title: LocalizedText,
  level: Level,
  tier: Tier,
  period: Schema.Struct({ from: Schema.Int, to: Schema.Int }),
  effectiveFrom: Schema.optionalKey(Schema.String),
  effectiveTo: Schema.optionalKey(Schema.String),
  legalBasis: Schema.Array(Schema.String),
})

/** One shipped overlay (a provincial set or a fill-in) with the pack it applies to. */
export const OverlaySummary = Schema.Struct({
  id: Schema.String,
  kind: Schema.String,
  base: Schema.String,
  title: LocalizedText,
  effectiveFrom: Schema.optionalKey(Schema.String),
  effectiveTo: Schema.optionalKey(Schema.String),
})

/** A missing item of a valid pack (an absent threshold, an incomplete indicator list), as data. */
const MissingOut = MissingItem

/** `POST /v1/packs/validate` body: a pack (`ntm-pack/1`) or an overlay (`ntm-overlay/1`), any JSON. */
export const ValidateRequest = Schema.Struct({ document: Schema.Unknown })

/** Validation outcome: problems are data here (200), not a 400. */
export const ValidateResponse = Schema.Struct({
  valid: Schema.Boolean,
  kind: Schema.Literals(["pack", "overlay", "unknown"]),
  problems: Schema.Array(ProblemEntry),
  missing: Schema.Array(MissingOut),
})

const PackId = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))

/** The criteria group. Reading reference data needs a signed-in role (`reference:read`). */
export class CriteriaApi extends HttpApiGroup.make("criteria")
  .add(
    HttpApiEndpoint.get("listPacks", "/packs", {
      success: Schema.Struct({ items: Schema.Array(PackSummary), overlays: Schema.Array(OverlaySummary) }),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("getPack", "/packs/:id", {
      params: { id: PackId },
      success: Pack,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("validatePack", "/packs/validate", {
      payload: ValidateRequest,
      success: ValidateResponse,
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("evaluate", "/evaluate", {
      payload: EvaluationRequest,
      query: LangQuery,
      success: EvaluationResponse,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.post("evaluateTiers", "/evaluate/tiers", {
      payload: TiersRequest,
      query: LangQuery,
      success: TiersResponse,
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
