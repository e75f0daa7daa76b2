/** Contributions (đóng góp, hỗ trợ): record, read, list with filters, status changes, corrections and year totals. */
import { IsoDate, UnitCode } from "@ntm/core"
import { Catalogue, Contribution } from "@ntm/core/contributions"
import { Quantity, Vnd } from "@ntm/core/money"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "effect/http-api"
import { Authentication } from "../http/authentication.ts"
import { IfMatchHeader, VersionField } from "../http/concurrency.ts"
import { Conflict, Forbidden, NotFound } from "../http/problems.ts"
import { ContributionRecord } from "../records/Contribution.ts"
import { errors } from "./errors.ts"
import { IdempotencyKeyHeader } from "./idempotencyHeader.ts"
import { RuleViolation } from "./ledgerProblems.ts"
import { PageOf, PageQuery } from "./paging.ts"

/** A stored contribution line with its version. Money and quantities are decimal strings. */
export const ContributionOut = Schema.Struct({ ...ContributionRecord.fields, version: Schema.Int })

const C = Contribution.Contribution.fields
const Note = Schema.String.pipe(Schema.check(Schema.isMaxLength(2000)))
const Reason = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(500)))
const Year = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{4}$/u)))
const Id = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(100)))
const Short = Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200)))

/**
 * The fields of a new line. The server assigns the id, the history's first entry (`status` on `date`, by the
 * caller), the province and district of the commune on that date, and the value (core's valuation with the
 * province's price list in force on `date`; cash at face value). A `value` sent is checked against it.
 */
export const newContributionFields = {
  provider: C.provider,
  commune: C.commune,
  date: C.date,
  programme: C.programme,
  category: C.category,
  item: Short,
  quantity: Quantity.Quantity,
  unit: Short,
  workKind: Schema.optionalKey(Short),
  valuation: C.valuation,
  value: Schema.optionalKey(Vnd.NonNegativeVnd),
  declaredValue: C.declaredValue,
  evidence: Schema.optionalKey(Schema.Array(Contribution.EvidenceRef).pipe(Schema.check(Schema.isMaxLength(100)))),
  /** A line starts pledged (cam kết) or, when nothing was promised beforehand, delivered (đã trao). */
  status: Schema.Literals(["pledged", "delivered"]),
  note: Schema.optionalKey(Note),
}

/** `POST /v1/contributions`. */
export const NewContribution = Schema.Struct(newContributionFields)

/** `POST /v1/contributions/{id}/corrections`: the corrected line; the old one is voided in the same transaction. */
export const Correction = Schema.Struct({ ...newContributionFields, version: VersionField })

/** A status change: its date (today by default) and, for reject and void, the reason. */
export const StatusChangeRequest = Schema.Struct({
  date: Schema.optionalKey(IsoDate.IsoDate),
  reason: Schema.optionalKey(Reason),
  version: VersionField,
})

/** Totals of a set of lines, money as decimal strings of whole đồng. */
export const TotalsOut = Schema.Struct({
  lines: Schema.Int,
  value: Schema.String,
  cash: Schema.String,
  inKind: Schema.String,
  unvalued: Schema.Int,
})

/** Totals of one year: official (confirmed by the communes) beside unconfirmed and pledged, overall and by category. */
export const YearTotals = Schema.Struct({
  province: UnitCode.UnitCode,
  year: Year,
  commune: Schema.optionalKey(UnitCode.UnitCode),
  /** Confirmed by the receiving commune: the only official figures. */
  official: TotalsOut,
  /** Delivered as the provider declares, not yet confirmed. */
  declaredUnconfirmed: TotalsOut,
  pledged: TotalsOut,
  rejected: TotalsOut,
  voided: TotalsOut,
  byCategory: Schema.Array(
    Schema.Struct({
      category: Catalogue.Category,
      official: TotalsOut,
      declaredUnconfirmed: TotalsOut,
      pledged: TotalsOut,
    }),
  ),
})

const transition = <const N extends string>(name: N, path: string) =>
  HttpApiEndpoint.post(name, `/contributions/:id/${path}`, {
    params: { id: Id },
    payload: StatusChangeRequest,
    headers: IfMatchHeader,
    success: ContributionOut,
    error: errors(NotFound, Forbidden, Conflict, RuleViolation),
  })

/** The contribution endpoints. */
export class ContributionsApi extends HttpApiGroup.make("contributions")
  .add(
    HttpApiEndpoint.post("create", "/contributions", {
      payload: NewContribution,
      headers: IdempotencyKeyHeader,
      success: ContributionOut.pipe(HttpApiSchema.status(201)),
      error: errors(Forbidden, Conflict),
    }),
  )
  .add(
    HttpApiEndpoint.get("get", "/contributions/:id", {
      params: { id: Id },
      success: ContributionOut,
      error: errors(NotFound, Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("list", "/provinces/:province/contributions", {
      params: { province: UnitCode.UnitCode },
      query: {
        ...PageQuery,
        commune: Schema.optionalKey(UnitCode.UnitCode),
        provider: Schema.optionalKey(Id),
        year: Schema.optionalKey(Year),
        status: Schema.optionalKey(Contribution.Status),
        category: Schema.optionalKey(Catalogue.Category),
      },
      success: PageOf(ContributionOut),
      error: errors(Forbidden),
    }),
  )
  .add(
    HttpApiEndpoint.get("totals", "/provinces/:province/contributions/totals", {
      params: { province: UnitCode.UnitCode },
      query: { year: Year, commune: Schema.optionalKey(UnitCode.UnitCode) },
      success: YearTotals,
      error: errors(Forbidden),
    }),
  )
  .add(transition("deliver", "deliver"))
  .add(transition("confirm", "confirm"))
  .add(transition("reject", "reject"))
  .add(transition("void", "void"))
  .add(
    HttpApiEndpoint.post("correct", "/contributions/:id/corrections", {
      params: { id: Id },
      payload: Correction,
      headers: { ...IdempotencyKeyHeader, ...IfMatchHeader },
      success: ContributionOut.pipe(HttpApiSchema.status(201)),
      error: errors(NotFound, Forbidden, Conflict, RuleViolation),
    }),
  )
  .middleware(Authentication)
  .prefix("/v1") {}
