/** Loads the Lào Cai demo into a table ONCE, through the API itself (same validation, policy and audit as user data). */

import type { DynamoDBClient } from "@aws-sdk/client-dynamodb"
import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb"
import { RequestAuth } from "@ntm/api"
import { makeClient } from "@ntm/api/client"
import { IsoDate } from "@ntm/core"
import { Catalogue } from "@ntm/core/contributions"
import type { Tier, ValidPack } from "@ntm/core/criteria"
import {
  DEMO_NOTICE,
  type DemoAssessment,
  demoZoneOf,
  evaluateLaoCaiDemo,
  LaoCaiAssignments,
  LaoCaiPlans,
  laoCai2022Contributions,
  laoCai2022PriceList,
  laoCaiDemoAdvancedPack,
  laoCaiDemoNtmPack,
  laoCaiTargets,
} from "@ntm/core/demo"
import { laoCaiRegistry } from "@ntm/core/units"
import { Context, Effect, type Layer, Schema } from "effect"
import { FetchHttpClient } from "effect/http"
import type { Claims } from "../auth/claims.ts"
import type { WebHandler } from "../http/app.ts"
import type { LedgerReferenceShape } from "../ledger/reference.ts"
import { type Clock, fixedClock } from "../services/Clock.ts"

/** Province of the demo (GSO code of old Lào Cai, shared/domain/lao-cai-units.md §1). */
export const DEMO_PROVINCE = "10"

/** Version of what the seed loads; bump it when the demo changes so keys and the marker change with it. */
export const SEED_VERSION = "lao-cai-demo-v2"

/** Key of the marker item written last: present = the demo is fully loaded. */
export const SEED_MARKER_KEY = { pk: `SEED#${SEED_VERSION}`, sk: "SEED" } as const

/** The subject the seed writes as (a province admin of the demo province); audit records name it. */
export const SEED_ADMIN: Claims = {
  sub: "seed-lao-cai-demo",
  "cognito:groups": ["province-admin"],
  "custom:province": DEMO_PROVINCE,
}

/** What the seed loaded (counts and a few ids to show in examples). */
export interface SeedSummary {
  readonly assignments: number
  readonly assessments: number
  readonly targets: number
  readonly plans: number
  readonly priceLists: number
  readonly contributions: number
  /** A demo commune whose history spans 2022–2024, and the id of the NTM-communes target. */
  readonly examples: { readonly commune: string; readonly ntmTargetId: string; readonly planId: string }
}

/** The result of `seedDemoOnce`: loaded now, or already there (the marker's summary). */
export type SeedOutcome =
  | { readonly loaded: true; readonly summary: SeedSummary }
  | { readonly loaded: false; readonly summary: SeedSummary }

/** A seed step the API refused; names the step and keeps the API's problem as the cause. */
export class SeedError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`demo seed failed at ${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = "SeedError"
  }
}

/** Demo assessments submitted concurrently (DynamoDB Local is the bottleneck; more does not help). */
const ASSESSMENT_BATCH = 4

const key = (kind: string, id: string) => `seed:${SEED_VERSION}:${kind}:${id}`

/** Runs `program` with a typed client whose requests go to `handler` in-process, as `claims` (already verified). */
const as =
  (handler: WebHandler, claims: Claims) =>
  <A, E>(
    step: string,
    f: (client: Effect.Success<ReturnType<typeof makeClient>>) => Effect.Effect<A, E>,
  ): Promise<A> => {
    const auth = Context.make(RequestAuth, { claims })
    const fetchInProcess = ((input: RequestInfo | URL, init?: RequestInit) =>
      handler(new Request(input, init), auth)) as typeof globalThis.fetch
    return Effect.runPromise(
      Effect.flatMap(makeClient({ baseUrl: "http://seed.local" }), f).pipe(
        Effect.provide(FetchHttpClient.layer),
        Effect.provideService(FetchHttpClient.Fetch, fetchInProcess),
      ),
    ).catch((e: unknown) => {
      throw new SeedError(step, e)
    })
  }

/**
 * Loads the demo through `handler`: assignments (illustrative, incl. a reassignment and an ending), one assessment
 * per demo commune-year (the highest tier its ladder reached, under the demo fill-in pack), Lào Cai's real
 * targets and the illustrative plans. Every create carries a deterministic `Idempotency-Key`, and follow-up moves
 * read the stored state first, so a re-run after a crash writes nothing twice.
 */
export const seedDemo = async (handler: WebHandler): Promise<SeedSummary> => {
  const admin = as(handler, SEED_ADMIN)
  const P = DEMO_PROVINCE

  // Assignments: creates first, then reassignments and endings, which read the stored record before moving it.
  const assignmentIds = new Map<string, string>()
  let assignments = 0
  for (const r of LaoCaiAssignments.demoAssignmentLog) {
    if (r._tag === "Assigned" && r.supersedes === undefined) {
      const created = await admin(`assignment ${r.id}`, (c) =>
        c.assignments.create({
          params: { province: P, commune: r.commune },
          headers: { "idempotency-key": key("assignment", r.id) },
          payload: {
            helper: r.helper,
            role: r.role,
            from: r.from,
            legalBasis: r.legalBasis,
            ...(r.to === undefined ? {} : { to: r.to }),
            ...(r.representative === undefined ? {} : { representative: r.representative }),
            ...(r.note === undefined ? {} : { note: r.note }),
          },
        }),
      )
      assignmentIds.set(r.id, created.id)
      assignments += 1
    } else if (r._tag === "Assigned" && r.supersedes !== undefined) {
      const oldId = assignmentIds.get(r.supersedes)
      if (oldId === undefined) throw new Error(`seed: ${r.id} supersedes unknown ${r.supersedes}`)
      const old = await admin(`read ${r.supersedes}`, (c) => c.assignments.get({ params: { id: oldId } }))
      let successorId: string | undefined
      if (old.to === undefined) {
        const successor = await admin(`reassign ${r.supersedes} → ${r.id}`, (c) =>
          c.assignments.reassign({
            params: { id: oldId },
            headers: {},
            payload: { helper: r.helper, from: r.from, legalBasis: r.legalBasis, role: r.role, version: old.version },
          }),
        )
        successorId = successor.id
      } else {
        // By helper, not by commune: the commune list is authorized on today's units (the xã may have moved on).
        const history = await admin(`assignments of ${r.helper}`, (c) =>
          c.assignments.byHelper({ params: { province: P, helper: r.helper }, query: { limit: 100 } }),
        )
        successorId = history.items.find((a) => a.supersedes === oldId)?.id
      }
      if (successorId === undefined) throw new Error(`seed: successor of ${oldId} not found`)
      assignmentIds.set(r.id, successorId)
      assignments += 1
    } else if (r._tag === "Ended") {
      const id = assignmentIds.get(r.assignment)
      if (id === undefined) throw new Error(`seed: ${r.id} ends unknown ${r.assignment}`)
      const stored = await admin(`read ${r.assignment}`, (c) => c.assignments.get({ params: { id } }))
      if (stored.to === undefined) {
        await admin(`end ${r.assignment}`, (c) =>
          c.assignments.end({
            params: { id },
            headers: {},
            payload: { on: r.on, reason: r.legalBasis, version: stored.version },
          }),
        )
      }
    }
  }

  // Assessments: per commune-year the NTM assessment, and the advanced one when the demo ladder reached it, so the
  // stored history climbs the same tier ladder as `evaluateLaoCaiDemo` (the API builds each status from the latest
  // assessment of every tier that year, like core's `Integration.communeStatus` with the ladder).
  const { assessments: evaluated } = evaluateLaoCaiDemo()
  const demo = evaluated.flatMap((a) =>
    (a.ladder.reached === "advanced" || a.ladder.reached === "model"
      ? (["ntm", "advanced"] as const)
      : ["ntm" as const]
    ).map((tier) => ({ a, tier })),
  )
  const submit = ({ a, tier }: { a: DemoAssessment; tier: Tier }) => {
    const packId = a.evaluations[tier]?.packId
    if (packId === undefined) throw new Error(`seed: no ${tier} evaluation for ${a.input.commune.code}`)
    const commune = a.input.commune.code
    return admin(`assessment ${commune} ${a.input.year} ${tier}`, (c) =>
      c.assessments.submit({
        params: { province: P, commune },
        headers: { "idempotency-key": key("assessment", `${commune}-${a.input.year}-${tier}`) },
        payload: { year: a.input.year, date: a.input.date, tier, packId, values: a.input.values },
      }),
    )
  }
  // A few at a time: distinct commune-years, so the order among them does not matter.
  for (let i = 0; i < demo.length; i += ASSESSMENT_BATCH) {
    await Promise.all(demo.slice(i, i + ASSESSMENT_BATCH).map(submit))
  }

  // Targets: Lào Cai's real targets (the API assigns the ids).
  const targetIds = new Map<string, string>()
  for (const t of laoCaiTargets) {
    const { id, ...payload } = t
    const created = await admin(`target ${id}`, (c) =>
      c.plans.createTarget({
        params: { province: P },
        headers: { "idempotency-key": key("target", id) },
        payload,
      }),
    )
    targetIds.set(id, created.id)
  }

  // Plans: illustrative commune plans for 2024. Criterion keys are `<family>:<code>` in the demo and in the API
  // (core's `criterionKey`); the seeded assessments are under the demo fill-in of the Lào Cai set, so the seed names
  // that pack and plan progress compares like with like.
  const planIds: Array<string> = []
  for (const p of LaoCaiPlans.demoPlans) {
    const { id, unit, ...plan } = p
    const payload = {
      ...plan,
      packId: laoCaiDemoNtmPack.id,
    }
    const created = await admin(`plan ${id}`, (c) =>
      c.plans.createPlan({
        params: { province: P, commune: unit },
        headers: { "idempotency-key": key("plan", id) },
        payload,
      }),
    )
    planIds.push(created.id)
  }

  const ledger = await seedLedger(handler)

  return {
    assignments,
    assessments: demo.length,
    targets: targetIds.size,
    plans: planIds.length,
    priceLists: 1,
    contributions: ledger,
    examples: {
      commune: "03040",
      ntmTargetId: targetIds.get("lc-2025-ntm-communes") ?? "",
      planId: planIds[planIds.length - 1] ?? "",
    },
  }
}

/**
 * The Lào Cai demo packs (894 sets + the ILLUSTRATIVE demo fill-in, ids `demo:…`), for `makeWebHandler`'s
 * `localPacks`: served by id only and only in local mode, so the seed can assess under them; never picked as "the
 * pack in force", and every assessment under them carries `restsOnFillIn` and the demo `notice`.
 */
export const demoPacks: ReadonlyArray<ValidPack> = [laoCaiDemoNtmPack, laoCaiDemoAdvancedPack]

/**
 * The ledger reference of the demo: the shipped Lào Cai units and catalogue, plus the ILLUSTRATIVE price zones
 * (`demoZoneOf`, regional minimum-wage regions) that the demo price list's labour rates are quoted per.
 */
export const demoLedgerReference: LedgerReferenceShape = {
  registry: laoCaiRegistry,
  catalogue: Catalogue.standardCatalogue,
  zoneOf: demoZoneOf,
}

/** A commune official of `commune` in the demo province: only the receiving commune may confirm or reject a line. */
const officialOf = (commune: string): Claims => ({
  sub: `seed-commune-${commune}`,
  "cognito:groups": ["commune-official"],
  "custom:province": DEMO_PROVINCE,
  "custom:unit": commune,
})

/**
 * Loads the ILLUSTRATIVE 2022 price list and ledger: each line is recorded as its first status (pledged or
 * delivered) by the province admin, then moved through the endpoints to its demo status — confirmed or rejected by
 * a commune official of the receiving commune, voided by the admin — with the demo's dates and reasons. A re-run
 * reads each stored line and applies only the moves its history lacks. Returns the number of lines.
 */
const seedLedger = async (handler: WebHandler): Promise<number> => {
  const admin = as(handler, SEED_ADMIN)
  const list = laoCai2022PriceList
  const created = await admin("price list 2022", (c) =>
    c.priceLists.create({
      headers: { "idempotency-key": key("price-list", list.id) },
      payload: {
        province: list.province,
        name: list.name,
        effectiveFrom: IsoDate.isoDate("2022-01-01"),
        rounding: "half-up",
        // ILLUSTRATIVE valuation policy: a declared value more than 20 % off the list only raises a warning.
        tolerancePercent: 20,
        entries: list.entries,
      },
    }),
  )
  for (const line of laoCai2022Contributions) {
    const [first, ...moves] = line.history
    const status = first.status
    if (status !== "pledged" && status !== "delivered") throw new Error(`seed: ${line.id} starts ${status}`)
    const v = line.valuation
    const valuation = v?.basis === "price-list" ? { ...v, priceListId: created.id } : v
    const recorded = await admin(`contribution ${line.id}`, (c) =>
      c.contributions.create({
        headers: { "idempotency-key": key("contribution", line.id) },
        payload: {
          provider: line.provider,
          commune: line.commune,
          date: line.date,
          programme: line.programme,
          category: line.category,
          item: line.item,
          quantity: line.quantity,
          unit: line.unit,
          ...(line.workKind === undefined ? {} : { workKind: line.workKind }),
          ...(valuation === undefined ? {} : { valuation }),
          ...(line.value === undefined ? {} : { value: line.value }),
          ...(line.declaredValue === undefined ? {} : { declaredValue: line.declaredValue }),
          evidence: line.evidence,
          status,
          ...(line.note === undefined ? {} : { note: line.note }),
        },
      }),
    )
    let stored = await admin(`read ${line.id}`, (c) => c.contributions.get({ params: { id: recorded.id } }))
    for (const change of moves.slice(stored.history.length - 1)) {
      const body = {
        params: { id: stored.id },
        headers: {},
        payload: {
          date: change.date,
          version: stored.version,
          ...(change.reason === undefined ? {} : { reason: change.reason }),
        },
      }
      const step = `${change.status} ${line.id}`
      const official = as(handler, officialOf(line.commune))
      stored =
        change.status === "confirmed"
          ? await official(step, (c) => c.contributions.confirm(body))
          : change.status === "rejected"
            ? await official(step, (c) => c.contributions.reject(body))
            : change.status === "voided"
              ? await admin(step, (c) => c.contributions.void(body))
              : await admin(step, (c) => c.contributions.deliver(body))
    }
  }
  return laoCai2022Contributions.length
}

const SeedSummarySchema = Schema.Struct({
  assignments: Schema.Int,
  assessments: Schema.Int,
  targets: Schema.Int,
  plans: Schema.Int,
  priceLists: Schema.Int,
  contributions: Schema.Int,
  examples: Schema.Struct({ commune: Schema.String, ntmTargetId: Schema.String, planId: Schema.String }),
})

/** Reads the marker: the summary of a completed seed, or undefined. */
export const readSeedMarker = async (client: DynamoDBClient, tableName: string): Promise<SeedSummary | undefined> => {
  const got = await client.send(
    new GetItemCommand({
      TableName: tableName,
      Key: { pk: { S: SEED_MARKER_KEY.pk }, sk: { S: SEED_MARKER_KEY.sk } },
      ConsistentRead: true,
    }),
  )
  const data = got.Item?.data?.S
  return data === undefined ? undefined : Schema.decodeUnknownSync(SeedSummarySchema)(JSON.parse(data))
}

/** Key of the item holding when the first seed attempt began (its clock for every attempt, see `seedDemoOnce`). */
export const SEED_STARTED_KEY = { pk: `SEED#${SEED_VERSION}`, sk: "STARTED" } as const

/** The instant the first seed attempt on this table began: recorded once (conditional put), then read back. */
export const seedStartedAt = async (client: DynamoDBClient, tableName: string, now: number): Promise<number> => {
  const Key = { pk: { S: SEED_STARTED_KEY.pk }, sk: { S: SEED_STARTED_KEY.sk } }
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { ...Key, entityType: { S: "SeedStarted" }, startedAt: { N: String(now) } },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
    return now
  } catch (e) {
    if ((e as { name?: string }).name !== "ConditionalCheckFailedException") throw e
  }
  const got = await client.send(new GetItemCommand({ TableName: tableName, Key, ConsistentRead: true }))
  return Number(got.Item?.startedAt?.N ?? now)
}

/**
 * Seeds the demo unless the marker says it is loaded. The marker is written LAST with a conditional put, so a
 * crash mid-seed leaves no marker and the next start runs the (idempotent) seed again.
 *
 * The app the seed writes through runs on a clock fixed at the FIRST attempt's start (`seedStartedAt`): its
 * idempotency keys then never look expired to a later attempt (they live 24 h by the clock), so a re-run days
 * after a crash still replays instead of duplicating; every seeded record is stamped with that instant.
 *
 * @example
 * const outcome = await seedDemoOnce({ client, tableName: "ntm", app: (clock) => makeWebHandler({ dynamo, clock }) })
 * if (outcome.loaded) console.log(`loaded ${outcome.summary.assessments} demo assessments`)
 */
export const seedDemoOnce = async (options: {
  readonly client: DynamoDBClient
  readonly tableName: string
  /** Builds the app to seed through, on the given clock. */
  readonly app: (clock: Layer.Layer<Clock>) => {
    readonly handler: WebHandler
    readonly dispose: () => Promise<void>
  }
  /** The current time (epoch ms); the wall clock by default. */
  readonly now?: number | undefined
}): Promise<SeedOutcome> => {
  const existing = await readSeedMarker(options.client, options.tableName)
  if (existing !== undefined) return { loaded: false, summary: existing }
  const startedAt = await seedStartedAt(options.client, options.tableName, options.now ?? Date.now())
  const app = options.app(fixedClock(startedAt))
  const summary = await seedDemo(app.handler).finally(() => app.dispose())
  try {
    await options.client.send(
      new PutItemCommand({
        TableName: options.tableName,
        Item: {
          pk: { S: SEED_MARKER_KEY.pk },
          sk: { S: SEED_MARKER_KEY.sk },
          entityType: { S: "SeedMarker" },
          data: { S: JSON.stringify(Schema.encodeSync(SeedSummarySchema)(summary)) },
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    )
  } catch (e) {
    if ((e as { name?: string }).name !== "ConditionalCheckFailedException") throw e
  }
  return { loaded: true, summary }
}

/** The notice every response built on the demo carries (re-exported for printing). */
export const SEED_NOTICE = DEMO_NOTICE
