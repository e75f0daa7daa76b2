/** Handlers of the contribution ledger: authorize on every line touched → core (valuation, validation, lifecycle, aggregate) → the table. */
import {
  Api,
  Conflict,
  type ContributionRecord,
  Correction,
  Forbidden,
  invalid,
  NewContribution,
  RuleViolation,
} from "@ntm/api"

import type { Action } from "@ntm/core/authz"
import { Aggregate, type Contribution, Lifecycle } from "@ntm/core/contributions"
import { Context, Effect, Schema } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { dateOf } from "../http/communeScope.ts"
import { expectedVersion } from "../http/concurrency.ts"
import { idempotencyClaim } from "../http/idempotencyKey.ts"
import { recordListScope, recordWindow } from "../http/recordDateScope.ts"
import { authorizeOrFail, currentActor } from "../http/requestContext.ts"
import { actorOf, buildLine, placeLine } from "../ledger/lines.ts"
import { LedgerReference } from "../ledger/reference.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { IdGenerator } from "../services/IdGenerator.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { ContributionEntity } from "../table/entities/Contribution.ts"
import type { Stored } from "../table/entity.ts"
import { allContributions, type ContributionFilters, contributionPage } from "../table/ledgerQueries.ts"
import { createEntity, findReplay, get, update, updateEntity } from "../table/repository.ts"

/** Requests as JSON again (the idempotency fingerprint hashes JSON; decoded money is bigint). */
const encodeNew = Schema.encodeSync(NewContribution)
const encodeCorrection = Schema.encodeSync(Correction)

const out = (s: Stored<ContributionRecord>) => ({ ...s.value, version: s.version })
const scopeOf = ContributionEntity.config.scope
/** Today's date in Vietnam (UTC+7, no daylight saving): the default date of a status change. */
const today = (ms: number) => isoTimestamp(ms + 7 * 3_600_000).slice(0, 10) as Contribution.StatusChange["date"]

const totalsOut = (t: Aggregate.Totals) => ({
  lines: t.lines,
  value: t.value.toString(),
  cash: t.cash.toString(),
  inKind: t.inKind.toString(),
  unvalued: t.unvalued,
})

/** The status change an endpoint makes, the action it needs, and whether only the receiving commune may make it. */
const moves = {
  deliver: { status: "delivered", action: "contribution:deliver", communeOnly: false },
  confirm: { status: "confirmed", action: "contribution:confirm", communeOnly: true },
  reject: { status: "rejected", action: "contribution:reject", communeOnly: true },
  void: { status: "voided", action: "contribution:void", communeOnly: false },
} as const satisfies Record<string, { status: Contribution.Status; action: Action; communeOnly: boolean }>

/** Applies core's lifecycle to a line; a refused move → 409 naming the rules. */
const applyMove = (current: ContributionRecord, change: Contribution.StatusChange) => {
  const r = Lifecycle.transition(current, change)
  return r.ok
    ? Effect.succeed<ContributionRecord>({ ...current, status: r.value.status, history: r.value.history })
    : Effect.fail(
        new RuleViolation({
          detail: `The line cannot become "${change.status}"`,
          errors: r.problems.map((p) => ({ ...p, path: ["payload", ...p.path] })),
        }),
      )
}

/** The contributions group. */
export const ContributionsLive = HttpApiBuilder.group(Api, "contributions", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
      .pipe(Context.add(Clock, yield* Clock))
      .pipe(Context.add(IdGenerator, yield* IdGenerator))

    const move =
      (name: keyof typeof moves) =>
      ({
        params,
        payload,
        headers,
      }: {
        params: { id: string }
        payload: { date?: Contribution.StatusChange["date"]; reason?: string; version?: number }
        headers: { "if-match"?: string }
      }) =>
        Effect.gen(function* () {
          const m = moves[name]
          const version = yield* expectedVersion(headers["if-match"], payload.version)
          const actor = yield* currentActor
          const date = payload.date ?? today((yield* Clock).now())
          const stored = yield* updateEntity(
            ContributionEntity,
            { id: params.id },
            version,
            (current) =>
              Effect.gen(function* () {
                yield* authorizeOrFail(m.action, scopeOf(current))
                if (m.communeOnly && actor.principal.role !== "commune-official")
                  return yield* new Forbidden({ detail: `only the receiving commune's official may ${name} a line` })
                return yield* applyMove(current, {
                  status: m.status,
                  date,
                  by: actorOf(actor.principal),
                  ...(payload.reason === undefined ? {} : { reason: payload.reason }),
                })
              }),
            actor,
          ).pipe(
            // The rules were checked on the stored line; if it is not the version the caller read, say so instead.
            Effect.catchTag("RuleViolation", (violation) =>
              Effect.flatMap(
                get(ContributionEntity, { id: params.id }),
                (now): Effect.Effect<never, Conflict | RuleViolation> =>
                  now.version === version
                    ? Effect.fail(violation)
                    : Effect.fail(
                        new Conflict({
                          detail: "This Contribution was changed by someone else; reload it",
                          reason: "stale-version",
                          currentVersion: now.version,
                        }),
                      ),
              ),
            ),
          )
          return out(stored)
        }).pipe(Effect.provideContext(services))

    return handlers
      .handle("create", ({ payload, headers }) =>
        Effect.gen(function* () {
          const ref = yield* LedgerReference
          const place = yield* placeLine(ref, payload.commune, payload.date)
          yield* authorizeOrFail("contribution:record", place)
          const actor = yield* currentActor
          const idempotency = yield* idempotencyClaim(actor.principal, headers["idempotency-key"], encodeNew(payload))
          // A retry gets the first response even if the price list in force has changed since.
          const replayed = yield* findReplay(ContributionEntity, idempotency)
          if (replayed !== undefined) return out(replayed)
          const line = yield* buildLine(ref, payload, {
            ...place,
            id: (yield* IdGenerator).next(),
            principal: actor.principal,
            recordedAt: isoTimestamp((yield* Clock).now()),
          })
          return out(yield* createEntity(ContributionEntity, line, actor, { idempotency }))
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) =>
        Effect.gen(function* () {
          const stored = yield* get(ContributionEntity, { id: params.id })
          yield* authorizeOrFail("read", scopeOf(stored.value))
          return out(stored)
        }).pipe(Effect.provideContext(services)),
      )
      .handle("list", ({ params, query }) =>
        Effect.gen(function* () {
          const { commune, provider, year, status, category } = query
          const province = params.province
          const page = { cursor: query.cursor, limit: query.limit }
          // The key condition is chosen from the filters; filters the key does not cover narrow it further.
          let q: ReturnType<typeof ContributionEntity.query>
          let residual: ContributionFilters
          const yearStatus = year === undefined ? {} : { year, ...(status === undefined ? {} : { status }) }
          const statusLeft = year === undefined ? status : undefined
          if (commune !== undefined) {
            // The commune's units on the lines' dates decide (http/recordDateScope.ts), not today's.
            const window = recordWindow(year, dateOf((yield* Clock).now()))
            yield* authorizeOrFail("read", yield* recordListScope(province, commune, window))
            q = ContributionEntity.query("byCommune", { commune, ...yearStatus })
            residual = { provider, category, status: statusLeft }
          } else if (provider !== undefined) {
            yield* authorizeOrFail("read", { province })
            q = ContributionEntity.query("byProvider", { province, providerId: provider, ...yearStatus })
            residual = { category, status: statusLeft }
          } else if (year !== undefined) {
            yield* authorizeOrFail("read", { province })
            const sk = status === undefined ? {} : { status, ...(category === undefined ? {} : { category }) }
            q = ContributionEntity.query("byYear", { province, year, ...sk })
            residual = { category: status === undefined ? category : undefined }
          } else {
            return yield* invalid([
              {
                severity: "error",
                path: ["query"],
                rule: "contribution.list.filter-required",
                message: "name a commune, a provider or a year",
              },
            ])
          }
          const result = yield* contributionPage(q, residual, page)
          // Object-level check on what came back: only lines of the province read in.
          const items = result.items.filter((s) => s.value.province === province).map(out)
          return { items, ...(result.cursor === undefined ? {} : { cursor: result.cursor }) }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("totals", ({ params, query }) =>
        Effect.gen(function* () {
          const { province } = params
          const { year, commune } = query
          if (commune !== undefined) {
            const window = recordWindow(year, dateOf((yield* Clock).now()))
            yield* authorizeOrFail("read", yield* recordListScope(province, commune, window))
          } else yield* authorizeOrFail("read", { province })
          const q =
            commune === undefined
              ? ContributionEntity.query("byYear", { province, year })
              : ContributionEntity.query("byCommune", { commune, year })
          const lines = (yield* allContributions(q)).filter((l) => l.province === province)
          const summary = Aggregate.statusSummary(lines)
          const byStatus = (s: Contribution.Status) =>
            Aggregate.aggregate(lines, [Aggregate.dimensions.category], { statuses: [s] }).groups
          const [confirmed, delivered, pledged] = [byStatus("confirmed"), byStatus("delivered"), byStatus("pledged")]
          const categories = [...new Set(lines.map((l) => l.category))].sort()
          return {
            province,
            year,
            ...(commune === undefined ? {} : { commune }),
            official: totalsOut(summary.official),
            declaredUnconfirmed: totalsOut(summary.declaredUnconfirmed),
            pledged: totalsOut(summary.pledged),
            rejected: totalsOut(summary.rejected),
            voided: totalsOut(summary.voided),
            byCategory: categories.map((category) => ({
              category,
              official: totalsOut(confirmed.get(category)?.totals ?? Aggregate.empty),
              declaredUnconfirmed: totalsOut(delivered.get(category)?.totals ?? Aggregate.empty),
              pledged: totalsOut(pledged.get(category)?.totals ?? Aggregate.empty),
            })),
          }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("deliver", move("deliver"))
      .handle("confirm", move("confirm"))
      .handle("reject", move("reject"))
      .handle("void", move("void"))
      .handle("correct", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const { version: bodyVersion, ...fields } = payload
          const version = yield* expectedVersion(headers["if-match"], bodyVersion)
          const actor = yield* currentActor
          const ref = yield* LedgerReference
          const old = yield* get(ContributionEntity, { id: params.id })
          yield* authorizeOrFail("contribution:void", scopeOf(old.value))
          const idempotency = yield* idempotencyClaim(
            actor.principal,
            headers["idempotency-key"],
            encodeCorrection(payload),
          )
          // A retry of a correction that succeeded gets its 201 again (the old line has moved on since).
          const replayed = yield* findReplay(ContributionEntity, idempotency)
          if (replayed !== undefined) return out(replayed)
          const place = yield* placeLine(ref, fields.commune, fields.date)
          yield* authorizeOrFail("contribution:record", place)
          if (old.version !== version)
            return yield* new Conflict({
              detail: "This Contribution was changed by someone else; reload it",
              reason: "stale-version",
              currentVersion: old.version,
            })
          const now = (yield* Clock).now()
          const id = (yield* IdGenerator).next()
          const voided = yield* applyMove(old.value, {
            status: "voided",
            date: today(now),
            by: actorOf(actor.principal),
            reason: `corrected by ${id}`,
          })
          const line = yield* buildLine(ref, fields, {
            ...place,
            id,
            principal: actor.principal,
            recordedAt: isoTimestamp(now),
            correctionOf: old.value.id,
          })
          // The new line and the voided old one (with its audit records) are ONE transaction: both or neither.
          const created = yield* createEntity(ContributionEntity, line, actor, {
            idempotency,
            extra: [update(ContributionEntity, old, { ...voided, correctedBy: id })],
          })
          return out(created)
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
