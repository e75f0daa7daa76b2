/** Validation of a unit dataset: every broken reference, overlap and impossible lineage, each with its path. */
import { decodeAll, error, hasErrors, type Problem, warning } from "../shared/Problem.ts"
import type { LineageEvent, LineageKind } from "./LineageEvent.ts"
import { looseKey } from "./Names.ts"
import { isValidAt, isValidJustBefore, levelOfUnit, type Unit, unitId } from "./Unit.ts"
import { UnitDataset } from "./UnitDataset.ts"
import { depthOf } from "./UnitType.ts"

const range = (u: Pick<Unit, "validFrom" | "validTo">): string => `[${u.validFrom}, ${u.validTo ?? "…"})`

/** How many `from` and `to` units each kind of event takes: [min, max] (max `Infinity` = any). */
const arity: Readonly<Record<LineageKind, readonly [readonly [number, number], readonly [number, number]]>> = {
  merge: [
    [2, Infinity],
    [1, 1],
  ],
  split: [
    [1, 1],
    [2, Infinity],
  ],
  rename: [
    [1, 1],
    [1, 1],
  ],
  reparent: [
    [1, 1],
    [1, 1],
  ],
  abolish: [
    [1, Infinity],
    [0, 0],
  ],
  establish: [
    [0, 0],
    [1, Infinity],
  ],
  adjust: [
    [1, Infinity],
    [1, Infinity],
  ],
}

const within = (n: number, [min, max]: readonly [number, number]): boolean => n >= min && n <= max

/** Unit versions grouped by code, each group sorted by `validFrom`, with their index in `units`. */
const groupByCode = (units: ReadonlyArray<Unit>): Map<string, Array<{ unit: Unit; index: number }>> => {
  const byCode = new Map<string, Array<{ unit: Unit; index: number }>>()
  units.forEach((unit, index) => {
    const group = byCode.get(unit.code)
    if (group === undefined) byCode.set(unit.code, [{ unit, index }])
    else group.push({ unit, index })
  })
  for (const group of byCode.values()) group.sort((a, b) => (a.unit.validFrom < b.unit.validFrom ? -1 : 1))
  return byCode
}

const checkUnits = (units: ReadonlyArray<Unit>, byCode: ReturnType<typeof groupByCode>): Array<Problem> => {
  const problems: Array<Problem> = []
  const ids = new Map<string, number>()
  units.forEach((u, i) => {
    const id = unitId(u)
    const first = ids.get(id)
    if (first !== undefined) {
      problems.push(error(["units", i, "id"], "units.duplicate-id", `unit id ${id} is already used by units[${first}]`))
    } else ids.set(id, i)
    if (u.validTo !== undefined && u.validTo <= u.validFrom) {
      problems.push(error(["units", i, "validTo"], "units.empty-range", `validTo ${u.validTo} is not after validFrom`))
    }
    const level = levelOfUnit(u)
    if (level === "province") {
      if (u.parent !== undefined) {
        problems.push(error(["units", i, "parent"], "units.unexpected-parent", "a province-level unit has no parent"))
      }
      if (u.region === undefined) {
        problems.push(error(["units", i, "region"], "units.missing-region", "a province-level unit needs its region"))
      }
    } else if (u.parent === undefined) {
      problems.push(error(["units", i, "parent"], "units.missing-parent", `a ${level}-level unit needs a parent`))
    } else {
      problems.push(...checkParent(u, i, byCode))
    }
    u.classifications?.forEach((c, k) => {
      if (c.validTo !== undefined && c.validTo <= c.validFrom) {
        problems.push(
          error(
            ["units", i, "classifications", k, "validTo"],
            "units.classification-range",
            `validTo ${c.validTo} is not after validFrom ${c.validFrom}`,
          ),
        )
      }
      if ((c.areaClass !== undefined) !== (c.kind === "ethnic-minority-area")) {
        problems.push(
          error(
            ["units", i, "classifications", k, "areaClass"],
            "units.classification-area-class",
            "an area class (khu vực I/II/III) goes with, and only with, kind ethnic-minority-area",
          ),
        )
      }
    })
  })
  for (const group of byCode.values()) {
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const x = group[a]!
        const y = group[b]!
        if (x.unit.validTo === undefined || y.unit.validFrom < x.unit.validTo) {
          problems.push(
            error(
              ["units", y.index, "validFrom"],
              "units.overlapping-validity",
              `code ${y.unit.code} ${range(y.unit)} overlaps units[${x.index}] ${range(x.unit)}`,
            ),
          )
        }
      }
    }
  }
  problems.push(...checkParentCycles(units, byCode))
  return problems
}

/** The parent code must have versions covering the child's whole range, each at a higher level. */
const checkParent = (u: Unit, i: number, byCode: ReturnType<typeof groupByCode>): Array<Problem> => {
  const parent = u.parent!
  const versions = byCode.get(parent)
  if (versions === undefined) {
    return [error(["units", i, "parent"], "units.unknown-parent", `parent ${parent} is not a unit of the dataset`)]
  }
  const problems: Array<Problem> = []
  let cursor = u.validFrom
  for (;;) {
    const p = versions.find((v) => isValidAt(v.unit, cursor))
    if (p === undefined) {
      problems.push(
        error(
          ["units", i, "parent"],
          "units.parent-not-valid",
          `parent ${parent} has no version valid on ${cursor}, inside ${u.code} ${range(u)}`,
        ),
      )
      break
    }
    if (depthOf[levelOfUnit(p.unit)] >= depthOf[levelOfUnit(u)]) {
      problems.push(
        error(
          ["units", i, "parent"],
          "units.parent-level",
          `parent ${parent} (${p.unit.type}) is not above ${u.code} (${u.type})`,
        ),
      )
    }
    if (p.unit.validTo === undefined || (u.validTo !== undefined && p.unit.validTo >= u.validTo)) break
    cursor = p.unit.validTo
  }
  return problems
}

/** A code may never be its own ancestor, whatever the dates. */
const checkParentCycles = (units: ReadonlyArray<Unit>, byCode: ReturnType<typeof groupByCode>): Array<Problem> => {
  const parents = new Map<string, Set<string>>()
  for (const u of units) {
    if (u.parent === undefined || !byCode.has(u.parent)) continue
    const set = parents.get(u.code) ?? new Set<string>()
    set.add(u.parent)
    parents.set(u.code, set)
  }
  const state = new Map<string, "visiting" | "done">()
  const cyclic = new Set<string>()
  const visit = (code: string, stack: Array<string>): void => {
    const s = state.get(code)
    if (s === "done") return
    if (s === "visiting") {
      for (const c of stack.slice(stack.indexOf(code))) cyclic.add(c)
      return
    }
    state.set(code, "visiting")
    stack.push(code)
    for (const p of parents.get(code) ?? []) visit(p, stack)
    stack.pop()
    state.set(code, "done")
  }
  for (const code of parents.keys()) visit(code, [])
  return [...cyclic].map((code) =>
    error(
      ["units", byCode.get(code)![0]!.index, "parent"],
      "units.parent-cycle",
      `unit ${code} is its own ancestor through its parents`,
    ),
  )
}

const checkEvents = (
  units: ReadonlyArray<Unit>,
  events: ReadonlyArray<LineageEvent>,
  byCode: ReturnType<typeof groupByCode>,
): Array<Problem> => {
  const problems: Array<Problem> = []
  const ids = new Map<string, number>()
  const endings = new Map<string, number>()
  events.forEach((e, i) => {
    const first = ids.get(e.id)
    if (first !== undefined) {
      problems.push(
        error(["events", i, "id"], "events.duplicate-id", `event id ${e.id} is already used by events[${first}]`),
      )
    } else ids.set(e.id, i)
    const [fromArity, toArity] = arity[e.kind]
    if (!within(e.from.length, fromArity) || !within(e.to.length, toArity)) {
      problems.push(
        error(
          ["events", i, "kind"],
          "events.arity",
          `a ${e.kind} takes ${fromArity.join("–")} from-units and ${toArity.join("–")} to-units, not ${e.from.length} and ${e.to.length}`.replaceAll(
            "Infinity",
            "n",
          ),
        ),
      )
    }
    const resolve = (side: "from" | "to") => {
      const seen = new Set<string>()
      return e[side].map((code, k) => {
        if (seen.has(code)) {
          problems.push(error(["events", i, side, k], "events.duplicate-ref", `${code} is listed twice`))
        }
        seen.add(code)
        const versions = byCode.get(code)
        if (versions === undefined) {
          problems.push(error(["events", i, side, k], "events.missing-unit", `${code} is not a unit of the dataset`))
          return undefined
        }
        const hit = versions.find((v) =>
          side === "from" ? isValidJustBefore(v.unit, e.date) : isValidAt(v.unit, e.date),
        )
        if (hit === undefined) {
          const when = side === "from" ? `on the day before ${e.date}` : `on ${e.date}`
          problems.push(
            error(["events", i, side, k], "events.unit-not-valid", `no version of ${code} is valid ${when}`),
          )
        }
        return hit?.unit
      })
    }
    const from = resolve("from")
    const to = resolve("to")
    const toIds = new Set(to.flatMap((u) => (u === undefined ? [] : [unitId(u)])))
    const fromIds = new Set(from.flatMap((u) => (u === undefined ? [] : [unitId(u)])))
    from.forEach((u, k) => {
      if (u === undefined || toIds.has(unitId(u))) return
      if (u.validTo !== e.date) {
        problems.push(
          error(
            ["events", i, "from", k],
            "events.from-continues",
            `${u.code} ${range(u)} does not end on ${e.date}; end it there or list it in "to" as continuing`,
          ),
        )
        return
      }
      const other = endings.get(unitId(u))
      if (other !== undefined) {
        problems.push(
          error(["events", i, "from", k], "events.multiple-endings", `${u.code} already ends in events[${other}]`),
        )
      } else endings.set(unitId(u), i)
    })
    to.forEach((u, k) => {
      if (u === undefined || fromIds.has(unitId(u)) || u.validFrom === e.date) return
      problems.push(
        error(
          ["events", i, "to", k],
          "events.to-preexists",
          `${u.code} ${range(u)} does not start on ${e.date}; start it there or list it in "from" as continuing`,
        ),
      )
    })
    const allocated = new Set<string>()
    e.allocations?.forEach((a, k) => {
      if (!e.from.includes(a.from)) {
        problems.push(
          error(["events", i, "allocations", k, "from"], "events.allocation-from", `${a.from} is not in "from"`),
        )
      }
      const source = from[e.from.indexOf(a.from)]
      if (source !== undefined && toIds.has(unitId(source))) {
        problems.push(
          error(
            ["events", i, "allocations", k, "from"],
            "events.allocation-continuing",
            `${a.from} continues through the event and keeps its figures whole; to share them out, end this version and start a new one`,
          ),
        )
      }
      if (allocated.has(a.from)) {
        problems.push(
          error(["events", i, "allocations", k, "from"], "events.allocation-duplicate", `${a.from} is allocated twice`),
        )
      }
      allocated.add(a.from)
      const targets = new Set<string>()
      a.shares.forEach((s, m) => {
        if (!e.to.includes(s.to) || targets.has(s.to)) {
          problems.push(
            error(
              ["events", i, "allocations", k, "shares", m, "to"],
              "events.allocation-to",
              `${s.to} is not in "to" or is shared twice`,
            ),
          )
        }
        targets.add(s.to)
      })
    })
  })
  units.forEach((u, i) => {
    if (u.validTo !== undefined && !endings.has(unitId(u))) {
      problems.push(
        warning(
          ["units", i, "validTo"],
          "units.ends-without-lineage",
          `${u.code} ends on ${u.validTo} but no lineage event says what it became; its figures cannot be re-based`,
        ),
      )
    }
  })
  return problems
}

const checkAliases = (dataset: UnitDataset): Array<Problem> => {
  const problems: Array<Problem> = []
  const owner = new Map<string, string>()
  dataset.aliases?.forEach((a, i) => {
    const canonical = looseKey(a.name)
    a.variants.forEach((v, k) => {
      const key = looseKey(v)
      const other = owner.get(key)
      if (other !== undefined && other !== canonical) {
        problems.push(
          error(["aliases", i, "variants", k], "aliases.conflict", `"${v}" is already a variant of another name`),
        )
      } else owner.set(key, canonical)
    })
  })
  return problems
}

/**
 * Every problem of a decoded dataset: duplicate ids, overlapping validity of one code, unknown or invalid parents,
 * parent cycles, lineage referring to missing units or to units not valid at the event date, and alias conflicts.
 * Errors make the dataset unusable; warnings (a unit that ends without lineage) do not.
 *
 * @example
 * ```ts
 * import { Problem } from "@ntm/core"
 * import { laoCaiDataset, validateDataset } from "@ntm/core/units"
 * Problem.hasErrors(validateDataset(laoCaiDataset)) // => false
 * ```
 */
export const validateDataset = (dataset: UnitDataset): Array<Problem> => {
  const byCode = groupByCode(dataset.units)
  return [
    ...checkUnits(dataset.units, byCode),
    ...checkEvents(dataset.units, dataset.events, byCode),
    ...checkAliases(dataset),
  ]
}

/** Result of loading a dataset: the decoded dataset and its warnings, or every problem found. */
export type LoadResult =
  | { readonly ok: true; readonly dataset: UnitDataset; readonly warnings: ReadonlyArray<Problem> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem> }

/**
 * Decodes and validates a dataset from JSON. Schema problems are all reported; the cross-reference checks run
 * once the document decodes.
 *
 * @example
 * ```ts
 * import { laoCaiDatasetJson, loadDataset } from "@ntm/core/units"
 * loadDataset(JSON.parse(JSON.stringify(laoCaiDatasetJson))).ok // => true
 * ```
 */
export const loadDataset = (input: unknown): LoadResult => {
  const decoded = decodeAll(UnitDataset)(input)
  if (!decoded.ok) return { ok: false, problems: decoded.problems }
  const problems = validateDataset(decoded.value)
  return hasErrors(problems)
    ? { ok: false, problems }
    : { ok: true, dataset: decoded.value, warnings: problems.filter((p) => p.severity === "warning") }
}
