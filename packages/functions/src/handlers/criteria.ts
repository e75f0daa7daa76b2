/** Handlers of the criteria group: shipped packs, validating an upload, stateless evaluation. */
import { Api, invalid, NotFound } from "@ntm/api"
import {
  evaluate,
  evaluateTiers,
  Packs,
  renderEvaluation,
  renderLadder,
  type Tier,
  type ValidPack,
  validateOverlay,
  validatePack,
} from "@ntm/core/criteria"
import { Effect } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { LocalMode, LocalPacks } from "../http/localMode.ts"
import { authorizeReferenceRead } from "../http/reference.ts"
import { resolvePack } from "../reference/evaluation.ts"
import { packById } from "../reference/packs.ts"

const rec = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined

/** Validates a pack or an overlay (recognised by its `format`); an overlay is checked against its shipped base. */
const validateDocument = (document: unknown, localPacks: ReadonlyArray<ValidPack>) => {
  const doc = rec(document)
  if (doc?.format === "ntm-overlay/1") {
    const baseId = typeof doc.base === "string" ? doc.base : undefined
    const base = baseId === undefined ? undefined : packById(baseId, localPacks)
    if (base === undefined) {
      return {
        valid: false,
        kind: "overlay" as const,
        problems: [
          {
            severity: "error" as const,
            path: ["base"],
            rule: "overlay.unknown-base",
            message: `no shipped pack "${String(doc.base)}" to apply this overlay to`,
          },
        ],
        missing: [],
      }
    }
    const v = validateOverlay(document, base)
    return v.ok
      ? { valid: true, kind: "overlay" as const, problems: v.warnings, missing: v.missing }
      : { valid: false, kind: "overlay" as const, problems: v.problems, missing: [] }
  }
  const v = validatePack(document)
  const kind = doc?.format === "ntm-pack/1" ? ("pack" as const) : ("unknown" as const)
  return v.ok
    ? { valid: true, kind: "pack" as const, problems: v.warnings, missing: v.missing }
    : { valid: false, kind, problems: v.problems, missing: [] }
}

/** The criteria group: reference data, no database. */
export const CriteriaLive = HttpApiBuilder.group(Api, "criteria", (handlers) =>
  handlers
    .handle("listPacks", () =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        return {
          items: Packs.shippedPacks.map((p) => ({
            id: p.id,
            family: p.family,
            title: p.title,
            level: p.level,
            tier: p.tier,
            period: p.period,
            ...(p.effectiveFrom === undefined ? {} : { effectiveFrom: p.effectiveFrom }),
            ...(p.effectiveTo === undefined ? {} : { effectiveTo: p.effectiveTo }),
            legalBasis: p.legalBasis.map((b) => b.document),
          })),
          overlays: Packs.shippedOverlays.map((o) => ({
            id: o.id,
            kind: o.kind,
            base: o.base,
            title: o.title,
            ...(o.effectiveFrom === undefined ? {} : { effectiveFrom: o.effectiveFrom }),
            ...(o.effectiveTo === undefined ? {} : { effectiveTo: o.effectiveTo }),
          })),
        }
      }),
    )
    .handle("getPack", ({ params }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const pack = packById(params.id, yield* LocalPacks)
        if (pack === undefined) return yield* new NotFound({ detail: `No pack ${params.id}`, entityType: "Pack" })
        return pack
      }),
    )
    .handle("validatePack", ({ payload }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const r = validateDocument(payload.document, yield* LocalPacks)
        return { ...r, problems: [...r.problems], missing: [...r.missing] }
      }),
    )
    .handle("evaluate", ({ payload, query }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const resolved = resolvePack(payload, yield* LocalMode, yield* LocalPacks)
        if (resolved._tag === "UnknownPack") {
          return yield* new NotFound({ detail: `No pack ${resolved.id}`, entityType: "Pack" })
        }
        if (resolved._tag === "Invalid") return yield* invalid(resolved.problems, "The pack or an overlay is invalid")
        const evaluation = evaluate(resolved.pack, {
          commune: payload.commune,
          year: payload.year,
          date: payload.date,
          values: payload.values,
          ...(payload.strict === undefined ? {} : { strict: payload.strict }),
        })
        return {
          evaluation,
          ...(query.lang === undefined ? {} : { rendered: renderEvaluation(evaluation, query.lang) }),
        }
      }),
    )
    .handle("evaluateTiers", ({ payload, query }) =>
      Effect.gen(function* () {
        yield* authorizeReferenceRead
        const localPacks = yield* LocalPacks
        const packs: Partial<Record<Tier, ValidPack>> = {}
        for (const tier of ["ntm", "advanced", "model"] as const) {
          const id = payload.packs[tier]
          if (id === undefined) continue
          const pack = packById(id, localPacks)
          if (pack === undefined) return yield* new NotFound({ detail: `No pack ${id}`, entityType: "Pack" })
          packs[tier] = pack
        }
        const { evaluations, ladder } = evaluateTiers(packs, {
          commune: payload.commune,
          year: payload.year,
          date: payload.date,
          values: payload.values,
          ...(payload.strict === undefined ? {} : { strict: payload.strict }),
        })
        return {
          evaluations,
          ladder,
          ...(query.lang === undefined ? {} : { rendered: renderLadder(ladder, query.lang) }),
        }
      }),
    ),
)
