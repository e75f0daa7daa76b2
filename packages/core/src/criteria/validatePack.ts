/** Pack validation: every problem with its path — Schema errors and the pack rules a Schema cannot state. */
import { decodeAll, error, type Path, type Problem } from "../shared/Problem.ts"
import { columnIds } from "./Column.ts"
import type { MissingItem } from "./Missing.ts"
import { missingInPack } from "./missingInPack.ts"
import { Pack, unsafeValid, type ValidPack } from "./Pack.ts"
import { arr, checkCells, checkSourceRef, decodeScheme, rec, str } from "./rawChecks.ts"

/** Result of validating a pack: the valid pack with its warnings and what is still missing, or every problem. */
export type PackValidation =
  | {
      readonly ok: true
      readonly pack: ValidPack
      readonly warnings: ReadonlyArray<Problem>
      readonly missing: ReadonlyArray<MissingItem>
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

/** The semantic rules of a pack, checked on the raw input so they run even where the Schema also fails. */
const packRules = (input: unknown): Array<Problem> => {
  const out: Array<Problem> = []
  const pack = rec(input)
  if (pack === undefined) return out
  const sources = new Set<string>()
  arr(pack.sources).forEach((s, i) => {
    const id = str(rec(s)?.id)
    if (id === undefined) return
    if (sources.has(id))
      out.push(error(["sources", i, "id"], "pack.duplicate-source", `source id "${id}" appears twice`))
    sources.add(id)
  })
  const scheme = decodeScheme(pack.columns)
  const columns = scheme._tag === "Some" ? new Set(columnIds(scheme.value)) : undefined
  const period = rec(pack.period)
  const ctx = {
    sources,
    columns,
    ...(typeof period?.from === "number" && typeof period.to === "number"
      ? { period: { from: period.from, to: period.to } }
      : {}),
  }
  arr(pack.legalBasis).forEach((b, i) => {
    checkSourceRef(rec(rec(b)?.provenance)?.source, ["legalBasis", i, "provenance", "source"], sources, out)
  })
  const criterionCodes = new Map<string, number>()
  const indicatorCodes = new Map<string, string>()
  let indicatorCount = 0
  arr(pack.criteria).forEach((c, ci) => {
    const crit = rec(c)
    if (crit === undefined) return
    const cp: Path = ["criteria", ci]
    const code = str(crit.code)
    if (code !== undefined) {
      const first = criterionCodes.get(code)
      if (first !== undefined)
        out.push(
          error(
            [...cp, "code"],
            "pack.duplicate-criterion",
            `criterion code "${code}" is already used by criteria[${first}]`,
          ),
        )
      else criterionCodes.set(code, ci)
    }
    checkSourceRef(rec(crit.provenance)?.source, [...cp, "provenance", "source"], sources, out)
    const inds = arr(crit.indicators)
    if (crit.indicatorsComplete === true && inds.length === 0)
      out.push(
        error([...cp, "indicators"], "pack.empty-criterion", "a criterion marked complete must list its indicators"),
      )
    inds.forEach((x, ii) => {
      const ind = rec(x)
      if (ind === undefined) return
      indicatorCount++
      const ip: Path = [...cp, "indicators", ii]
      const icode = str(ind.code)
      if (icode !== undefined) {
        const first = indicatorCodes.get(icode)
        if (first !== undefined)
          out.push(
            error([...ip, "code"], "pack.duplicate-indicator", `indicator code "${icode}" is already used at ${first}`),
          )
        else indicatorCodes.set(icode, `criteria[${ci}].indicators[${ii}]`)
      }
      checkSourceRef(rec(ind.provenance)?.source, [...ip, "provenance", "source"], sources, out)
      checkCells(arr(ind.thresholds), [...ip, "thresholds"], str(ind.kind), ctx, out)
    })
  })
  const declared = rec(pack.declared)
  if (typeof declared?.criteria === "number" && criterionCodes.size > declared.criteria)
    out.push(
      error(
        ["criteria"],
        "pack.more-than-declared",
        `the pack has ${criterionCodes.size} criteria but declares ${declared.criteria}`,
      ),
    )
  if (typeof declared?.indicators === "number" && indicatorCount > declared.indicators)
    out.push(
      error(
        ["criteria"],
        "pack.more-than-declared",
        `the pack has ${indicatorCount} indicators but declares ${declared.indicators}`,
      ),
    )
  return out
}

/**
 * Validates a pack read from a file or written in code. Reports every problem with its path — Schema errors
 * (missing source, wrong kind literal, …) and the pack rules (duplicate codes, threshold kind differing from its
 * indicator's kind, unknown source id or column, overlapping cells, year outside the period). On success it also
 * lists what is still missing (absent thresholds, incomplete indicator lists).
 *
 * @example
 * ```ts
 * import { encodePack, Packs, validatePack } from "@ntm/core/criteria"
 * validatePack(JSON.parse(JSON.stringify(encodePack(Packs.qd320)))).ok // => true
 * validatePack({ format: "ntm-pack/1" }).ok // => false
 * ```
 */
export const validatePack = (input: unknown): PackValidation => {
  const decoded = decodeAll(Pack)(input)
  const problems = [...(decoded.ok ? [] : decoded.problems), ...packRules(input)]
  if (!decoded.ok || problems.some((p) => p.severity === "error")) return { ok: false, problems }
  const pack = unsafeValid(decoded.value)
  return { ok: true, pack, warnings: problems, missing: missingInPack(pack) }
}
