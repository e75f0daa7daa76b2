/** Commune assessments (đánh giá xã): submit measurements (stored with their evaluation), history, compare. */
import { Classification, IsoDate, LocalizedText, Region, UnitCode } from "@ntm/core"
import { Comparison, Tier } from "@ntm/core/criteria"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { Assessment } from "../records/Assessment.ts"
import { LangQuery, MeasuredValues, Year } from "./criteriaSchemas.ts"
import { errors } from "./errors.ts"
import { IdempotencyKeyHeader } from "./idempotencyHeader.ts"
import { PageOf, PageQuery } from "./paging.ts"

const Province = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{2}$/u)))
const Id = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))

/**
 * An assessment as returned, with its version. `notice` (Vietnamese and English) is present when the evaluation
 * rests on the ILLUSTRATIVE demo fill-in (`demo:` packs, e.g. the Lào Cai demo loaded by `pnpm start`): the result
 * is not a legal assessment, and every client showing it must show the notice too.
 */
export const AssessmentOut = Schema.Struct({
  ...Assessment.fields,
  version: Schema.Int,
  notice: Schema.optionalKey(LocalizedText.LocalizedText),
})

/**
 * `POST …/assessments`: the year measured, the assessment date (which decides the pack in force), the values, and
 * optionally the pack (default: the commune-level pack of `tier` in force on `date`) and facts the registry lacks.
 */
export const NewAssessment = Schema.Struct({
  year: Year,
  date: IsoDate.IsoDate,
  tier: Schema.optionalKey(Tier),
  packId: Schema.optionalKey(Id),
  values: MeasuredValues,
  strict: Schema.optionalKey(Schema.Boolean),
  facts: Schema.optionalKey(
    Schema.Struct({
      region: Schema.optionalKey(Region.Region),
      classifications: Schema.optionalKey(Schema.Array(Classification.Classification)),
      group: Schema.optionalKey(Schema.NonEmptyString),
    }),
  ),
})

/** The comparison of two evaluations (`before` → `after`), rendered when `?lang=` asks. */
export const ComparisonOut = Schema.Struct({
  before: Schema.Struct({ assessment: Schema.optionalKey(Schema.String), packId: Schema.String }),
  after: Schema.Struct({ assessment: Schema.String, packId: Schema.String }),
  comparison: Comparison,
  rendered: Schema.optionalKey(Schema.String),
})

/** The assessments group. */
export class AssessmentsApi extends HttpApiGroup.make("assessments")
  .add(
    HttpApiEndpoint.post("submit", "/provinces/:province/communes/:commune/assessments", {
      params: { province: Province, commune: UnitCode.UnitCode },
      payload: NewAssessment,
      headers: IdempotencyKeyHeader,
      success: AssessmentOut.pipe(HttpApiSchema.status(201)),
      error: errors(NotFound, Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("history", "/provinces/:province/communes/:commune/assessments", {
      params: { province: Province, commune: UnitCode.UnitCode },
      query: { ...PageQuery, year: Schema.optionalKey(Year) },
      success: PageOf(AssessmentOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("byProvince", "/provinces/:province/assessments", {
      params: { province: Province },
      query: { ...PageQuery, year: Year },
      success: PageOf(AssessmentOut),
      error: errors(Forbidden),
    }).annotate(
      OpenApi.Description,
      "A province's assessments of a year (every submission), by commune code, paginated",
    ),
  )
  .add(
    HttpApiEndpoint.get("get", "/assessments/:id", {
      params: { id: Id },
      success: AssessmentOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("compare", "/assessments/:id/compare", {
      params: { id: Id },
      query: {
        /** Another assessment (the earlier side), or … */
        with: Schema.optionalKey(Id),
        /** … another pack: this assessment's values re-evaluated under it are the earlier side. */
        pack: Schema.optionalKey(Id),
        ...LangQuery,
      },
      success: ComparisonOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
