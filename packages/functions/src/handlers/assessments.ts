/** Handlers of the assessments group: evaluate on write with the pack in force, history newest first, comparisons. */
import { Api, type Assessment, invalid, NotFound } from "@ntm/api"

import { subjectOf } from "@ntm/core/authz"
import { compareEvaluations, type Evaluation, evaluate, packsInForce, renderComparison } from "@ntm/core/criteria"
import { builtOnDemoFillIn, DEMO_NOTICE } from "@ntm/core/demo"
import { classificationsOf, regionAt } from "@ntm/core/units"
import { Context, Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { communeScope, dateOf } from "../http/communeScope.ts"
import { idempotencyClaim } from "../http/idempotencyKey.ts"
import { LocalPacks } from "../http/localMode.ts"
import { recordListScope, recordWindow } from "../http/recordDateScope.ts"
import { authorizeOrFail, currentActor } from "../http/requestContext.ts"
import { packById, packsForProvince } from "../reference/packs.ts"
import { UnitRegistries } from "../reference/units.ts"
import { Clock, isoTimestamp } from "../services/Clock.ts"
import { IdGenerator } from "../services/IdGenerator.ts"
import { Dynamo } from "../table/Dynamo.ts"
import { AssessmentEntity } from "../table/entities/Assessment.ts"
import { createEntity, get, list } from "../table/repository.ts"

/** The assessment as returned: with its version, and the demo notice when it rests on the demo fill-in. */
const out = (s: { value: Assessment; version: number }) => ({
  ...s.value,
  version: s.version,
  ...(builtOnDemoFillIn(s.value.evaluation) ? { notice: DEMO_NOTICE } : {}),
})

const FILL_IN = new Set(["operator-fill-in", "demo-fill-in"])

/** True when a result rests on a threshold an operator (or a demo) filled in. */
const restsOnFillIn = (ev: Evaluation): boolean =>
  ev.indicators.some((i) => i.applied !== undefined && FILL_IN.has(i.applied.status))

const problem = (path: ReadonlyArray<string>, rule: string, message: string) => ({
  severity: "error" as const,
  path: [...path],
  rule,
  message,
})

/** The assessments group. */
export const AssessmentsLive = HttpApiBuilder.group(Api, "assessments", (handlers) =>
  Effect.gen(function* () {
    const services = Context.make(Dynamo, yield* Dynamo)
      .pipe(Context.add(Clock, yield* Clock))
      .pipe(Context.add(IdGenerator, yield* IdGenerator))
    const readable = (id: string) =>
      Effect.gen(function* () {
        const stored = yield* get(AssessmentEntity, { id })
        yield* authorizeOrFail("read", AssessmentEntity.config.scope(stored.value))
        return stored
      })
    return handlers
      .handle("submit", ({ params, payload, headers }) =>
        Effect.gen(function* () {
          const scope = yield* communeScope(params.province, params.commune, payload.date)
          yield* authorizeOrFail("assessment:submit", scope)
          const tier = payload.tier ?? "ntm"
          const pack =
            payload.packId === undefined
              ? packsInForce(packsForProvince(params.province), { level: "commune", tier, date: payload.date })[0]
              : packById(payload.packId, yield* LocalPacks)
          if (pack === undefined) {
            if (payload.packId !== undefined) {
              return yield* new NotFound({ detail: `No pack ${payload.packId}`, entityType: "Pack" })
            }
            return yield* invalid([
              problem(
                ["payload", "date"],
                "assessment.no-pack-in-force",
                `no commune ${tier} pack is in force on ${payload.date}`,
              ),
            ])
          }
          if (pack.level !== "commune") {
            return yield* invalid([
              problem(
                ["payload", "packId"],
                "assessment.pack-level",
                `pack ${pack.id} assesses ${pack.level}s, not communes`,
              ),
            ])
          }
          const registry = (yield* UnitRegistries).get(params.province)
          const region = payload.facts?.region ?? (registry && regionAt(registry, params.commune, payload.date))
          const classifications =
            payload.facts?.classifications ??
            (registry === undefined ? [] : classificationsOf(registry, params.commune, payload.date))
          const facts = {
            code: params.commune,
            classifications,
            ...(region === undefined ? {} : { region }),
            ...(payload.facts?.group === undefined ? {} : { group: payload.facts.group }),
          }
          const strict = payload.strict === true
          const evaluation = evaluate(pack, {
            commune: facts,
            year: payload.year,
            date: payload.date,
            values: payload.values,
            strict,
          })
          const actor = yield* currentActor
          const now = (yield* Clock).now()
          const value: Assessment = {
            id: (yield* IdGenerator).next(),
            province: scope.province,
            ...(scope.district === undefined ? {} : { district: scope.district }),
            commune: params.commune,
            year: payload.year,
            date: payload.date,
            tier: pack.tier,
            packId: pack.id,
            facts,
            values: payload.values,
            strict,
            evaluation,
            provisional: evaluation.summary.provisional > 0,
            restsOnFillIn: restsOnFillIn(evaluation),
            submittedAt: isoTimestamp(now),
            submittedBy: subjectOf(actor.principal),
          }
          const idempotency = yield* idempotencyClaim(actor.principal, headers["idempotency-key"], {
            params,
            payload,
          })
          return out(yield* createEntity(AssessmentEntity, value, actor, { idempotency }))
        }).pipe(Effect.provideContext(services)),
      )
      .handle("history", ({ params, query }) =>
        Effect.gen(function* () {
          const today = dateOf((yield* Clock).now())
          const { year, ...page } = query
          yield* authorizeOrFail(
            "read",
            yield* recordListScope(params.province, params.commune, recordWindow(year, today)),
          )
          const found = yield* list(
            AssessmentEntity,
            "byCommune",
            { commune: params.commune, ...(year === undefined ? {} : { year }) },
            { ...page, order: "desc" },
          )
          const items = found.items.filter((s) => s.value.province === params.province).map(out)
          return { items, ...(found.cursor === undefined ? {} : { cursor: found.cursor }) }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("byProvince", ({ params, query }) =>
        Effect.gen(function* () {
          yield* authorizeOrFail("read", { province: params.province })
          const { year, ...page } = query
          const found = yield* list(AssessmentEntity, "byProvince", { province: params.province, year }, page)
          const items = found.items.filter((s) => s.value.province === params.province).map(out)
          return { items, ...(found.cursor === undefined ? {} : { cursor: found.cursor }) }
        }).pipe(Effect.provideContext(services)),
      )
      .handle("get", ({ params }) => readable(params.id).pipe(Effect.map(out), Effect.provideContext(services)))
      .handle("compare", ({ params, query }) =>
        Effect.gen(function* () {
          if ((query.with === undefined) === (query.pack === undefined)) {
            return yield* invalid([
              problem(["query", "with"], "compare.one-side", "name exactly one of `with` (an assessment) or `pack`"),
            ])
          }
          const after = (yield* readable(params.id)).value
          let before: { assessment?: string; packId: string; evaluation: Evaluation }
          if (query.with !== undefined) {
            const other = (yield* readable(query.with)).value
            before = { assessment: other.id, packId: other.packId, evaluation: other.evaluation }
          } else {
            const pack = packById(query.pack as string, yield* LocalPacks)
            if (pack === undefined) return yield* new NotFound({ detail: `No pack ${query.pack}`, entityType: "Pack" })
            const evaluation = evaluate(pack, {
              commune: after.facts,
              year: after.year,
              date: after.date,
              values: after.values,
              strict: after.strict,
            })
            before = { packId: pack.id, evaluation }
          }
          const comparison = compareEvaluations(before.evaluation, after.evaluation)
          return {
            before: {
              packId: before.packId,
              ...(before.assessment === undefined ? {} : { assessment: before.assessment }),
            },
            after: { assessment: after.id, packId: after.packId },
            comparison,
            ...(query.lang === undefined ? {} : { rendered: renderComparison(comparison, query.lang) }),
          }
        }).pipe(Effect.provideContext(services)),
      )
  }),
)
