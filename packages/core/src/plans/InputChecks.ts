/** Consistency checks on the seam inputs (commune statuses, village recognitions) before they are rolled up. */
import { Schema } from "effect"
import { error, type Problem } from "../shared/Problem.ts"
import { CommuneStatus, VillageRecognition } from "./Inputs.ts"
import { validator } from "./Validated.ts"

/**
 * Rules for statuses: counts agree with the per-criterion results when those are given
 * (`criteriaMet` = passes, `indeterminate` = indeterminates, `criteriaTotal` = criteria listed); met plus
 * indeterminate never exceed the total; no criterion key twice; one status per commune, year and pack.
 *
 * @example
 * ```ts
 * import { InputChecks } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * const [s] = LaoCaiPlans.demoStatuses
 * InputChecks.statusProblems(LaoCaiPlans.demoStatuses) // => []
 * InputChecks.statusProblems([{ ...s!, criteriaMet: 19 }]).map((p) => p.rule) // => ["status.count-mismatch"]
 * ```
 */
export const statusProblems = (statuses: ReadonlyArray<CommuneStatus>): Array<Problem> => {
  const problems: Array<Problem> = []
  const seen = new Set<string>()
  statuses.forEach((s, i) => {
    const id = `${s.unit}|${s.year}|${s.packId}`
    if (seen.has(id))
      problems.push(error([i], "status.duplicate", `two statuses for ${s.unit} in ${s.year} under ${s.packId}`))
    seen.add(id)
    if (s.criteriaMet + s.indeterminate > s.criteriaTotal) {
      problems.push(error([i, "criteriaTotal"], "status.count-total", "met plus indeterminate exceed the total"))
    }
    if (s.criteria.length === 0) return
    const keys = new Set<string>()
    s.criteria.forEach((c, j) => {
      if (keys.has(c.key))
        problems.push(error([i, "criteria", j, "key"], "status.duplicate-criterion", `${c.key} twice`))
      keys.add(c.key)
    })
    const pass = s.criteria.filter((c) => c.result === "pass").length
    const ind = s.criteria.filter((c) => c.result === "indeterminate").length
    if (pass !== s.criteriaMet) {
      problems.push(error([i, "criteriaMet"], "status.count-mismatch", `${pass} criteria pass, not ${s.criteriaMet}`))
    }
    if (ind !== s.indeterminate) {
      problems.push(
        error(
          [i, "indeterminate"],
          "status.count-mismatch",
          `${ind} criteria are indeterminate, not ${s.indeterminate}`,
        ),
      )
    }
    if (s.criteria.length !== s.criteriaTotal) {
      problems.push(
        error(
          [i, "criteriaTotal"],
          "status.count-mismatch",
          `${s.criteria.length} criteria listed, not ${s.criteriaTotal}`,
        ),
      )
    }
  })
  return problems
}

/**
 * Decodes and checks a list of commune statuses, reporting every problem.
 *
 * @example
 * ```ts
 * import { InputChecks } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * InputChecks.validateStatuses(LaoCaiPlans.demoStatuses).ok // => true
 * InputChecks.validateStatuses([{ unit: "02794", year: 2024 }]).problems.every((p) => p.rule === "schema") // => true
 * ```
 */
export const validateStatuses = validator(Schema.Array(CommuneStatus), statusProblems)

/**
 * Rules for village recognitions: revoked after recognised; the village code belongs to a commune code.
 *
 * @example
 * ```ts
 * import { IsoDate, UnitCode } from "@ntm/core"
 * import { InputChecks } from "@ntm/core/plans"
 * import { LaoCaiPlans } from "@ntm/core/demo"
 * InputChecks.villageProblems(LaoCaiPlans.demoVillages) // => []
 * const bad = { village: UnitCode.unitCode("02794"), commune: UnitCode.unitCode("02794"), tier: "ntm" as const, recognisedOn: IsoDate.isoDate("2024-11-15") }
 * InputChecks.villageProblems([bad]).map((p) => p.rule) // => ["village.code"]
 * ```
 */
export const villageProblems = (recognitions: ReadonlyArray<VillageRecognition>): Array<Problem> => {
  const problems: Array<Problem> = []
  recognitions.forEach((r, i) => {
    if (r.revokedOn !== undefined && r.revokedOn <= r.recognisedOn) {
      problems.push(error([i, "revokedOn"], "village.revoked-before-recognised", "revoked on or before recognition"))
    }
    if (!r.village.includes("-")) {
      problems.push(error([i, "village"], "village.code", "a village code is <commune code>-<local id>"))
    }
    if (!/^\d{5}$/u.test(r.commune)) {
      problems.push(error([i, "commune"], "village.commune-code", "the commune must be a 5-digit commune code"))
    }
  })
  return problems
}

/**
 * Decodes and checks a list of village recognitions, reporting every problem.
 *
 * @example
 * ```ts
 * import { InputChecks } from "@ntm/core/plans"
 * const r = InputChecks.validateVillageRecognitions([{ village: "02794", commune: "02794", tier: "ntm", recognisedOn: "2024-11-15" }])
 * r.problems.map((p) => p.rule) // => ["village.code"]
 * ```
 */
export const validateVillageRecognitions = validator(Schema.Array(VillageRecognition), villageProblems)
