/**
 * Tỉnh Ví Dụ, a MADE-UP province, adopting @ntm/core: it loads its own administrative units, criteria overlay and
 * price list, evaluates a commune, validates and values its contribution ledger, totals it, and shows the totals
 * on the communes of today. Everything here (names, codes, thresholds, prices, people) is invented for the
 * example; see ../README.md.
 */
import { IsoDate, Problem, UnitCode } from "@ntm/core"
import { Aggregate, Catalogue, Contribution, PriceList, Validation, Valuation } from "@ntm/core/contributions"
import * as Criteria from "@ntm/core/criteria"
import * as Units from "@ntm/core/units"
import { Schema } from "effect"
import assessmentJson from "../data/assessment-2024.json" with { type: "json" }
import contributionsJson from "../data/contributions.json" with { type: "json" }
import overlayJson from "../data/criteria-overlay.json" with { type: "json" }
import priceListJson from "../data/price-list.json" with { type: "json" }
import unitsJson from "../data/units.json" with { type: "json" }

/** The example province: a made-up name and a code outside the GSO ranges (see README.md, "Codes"). */
export const province = { code: "99", name: { vi: "Tỉnh Ví Dụ", en: "Example Province (made up)" } } as const

/** Loaded or refused, with every problem. */
export type Loaded<A> =
  | { readonly ok: true; readonly value: A; readonly warnings: ReadonlyArray<Problem.Problem> }
  | { readonly ok: false; readonly problems: ReadonlyArray<Problem.Problem> }

/**
 * Step 1 — the province's administrative units (docs/admin-units.md): decode, validate and index its JSON.
 *
 * @example
 * const units = loadUnits()
 * if (units.ok) Units.unitAt(units.value, "99904", IsoDate.isoDate("2025-07-01"))?.name // "Xã Hợp Mẫu"
 */
export const loadUnits = (json: unknown = unitsJson): Loaded<Units.UnitRegistry> => {
  const r = Units.registryFromJson(json)
  return r.ok ? { ok: true, value: r.registry, warnings: r.warnings } : r
}

/**
 * Step 2 — the province's price list (docs/contributions.md): decode with every problem, then check its ranges.
 *
 * @example
 * const prices = loadPriceList()
 * if (prices.ok) prices.value.entries.length // 3
 */
export const loadPriceList = (json: unknown = priceListJson): Loaded<PriceList.PriceList> => {
  const decoded = Problem.decodeAll(PriceList.PriceList)(json)
  if (!decoded.ok) return decoded
  const problems = PriceList.checkPriceList(decoded.value)
  return Problem.hasErrors(problems) ? { ok: false, problems } : { ok: true, value: decoded.value, warnings: problems }
}

/** A problem of one ledger line, named by the line's id (or its index when it has none). */
export interface LineProblem {
  readonly line: string
  readonly problem: Problem.Problem
}

/** The valued ledger: the accepted lines (valued), every problem per line, and the totals. */
export interface ValuedLedger {
  readonly lines: ReadonlyArray<Contribution.Contribution>
  readonly problems: ReadonlyArray<LineProblem>
  /** Official totals (confirmed lines only) by commune. */
  readonly byCommune: Aggregate.Aggregation
  /** Pledged, delivered-not-confirmed, confirmed… shown apart, never mixed into the official total. */
  readonly byStatus: Aggregate.StatusSummary
}

/**
 * The tolerance before a declared value is flagged against the price list: a policy choice of the province.
 * 20 % here is as made up as the rest of the example.
 */
export const TOLERANCE_PERCENT = 20

/**
 * Step 3 — decode every line, value it with the province's price list, check it against the province's units
 * (the commune must exist on the line's date) and total. A line with an error is left out of the totals; every
 * problem, warnings included, comes back named by the line's id.
 *
 * @example
 * const units = loadUnits(), prices = loadPriceList()
 * if (units.ok && prices.ok) valueLedger(units.value, prices.value).byCommune.total.value // 65500000n
 */
export const valueLedger = (
  registry: Units.UnitRegistry,
  priceList: PriceList.PriceList,
  json: ReadonlyArray<unknown> = contributionsJson,
): ValuedLedger => {
  const units: Validation.UnitsAtDate = { existsAt: (code, date) => Units.exists(registry, code, date) }
  const catalogue = Catalogue.standardCatalogue
  const tolerancePercent = TOLERANCE_PERCENT
  const lines: Array<Contribution.Contribution> = []
  const problems: Array<LineProblem> = []
  json.forEach((input, index) => {
    const id = typeof input === "object" && input !== null && "id" in input ? String(input.id) : `#${index}`
    const decoded = Problem.decodeAll(Contribution.Contribution)(input)
    if (!decoded.ok) {
      for (const problem of decoded.problems) problems.push({ line: id, problem })
      return
    }
    const valued = Valuation.revalue(decoded.value, { catalogue, priceList, rounding: "half-up", tolerancePercent })
    const checked = [...valued.problems, ...Validation.check(valued.line, { catalogue, units, rounding: "half-up" })]
    for (const problem of checked) problems.push({ line: id, problem })
    if (!Problem.hasErrors(checked)) lines.push(valued.line)
  })
  return {
    lines,
    problems,
    byCommune: Aggregate.aggregate(lines, [Aggregate.dimensions.commune]),
    byStatus: Aggregate.statusSummary(lines),
  }
}

/**
 * Step 4 — the same money on the communes of `to` (e.g. after the 2025 merge), through the lineage events.
 *
 * @example
 * onCommunesOf(registry, ledger, IsoDate.isoDate("2022-12-31"), IsoDate.isoDate("2025-07-01")).totals.get("99904")
 */
export const onCommunesOf = (
  registry: Units.UnitRegistry,
  ledger: ValuedLedger,
  from: IsoDate.IsoDate,
  to: IsoDate.IsoDate,
): Units.Placed<bigint> =>
  Units.rebase(
    registry,
    [...ledger.byCommune.groups.values()].map((g) => [g.key[0]!, g.totals.value as bigint] as const),
    from,
    to,
    Units.bigintFigure,
  )

/** The national pack the province's overlay builds on: 318/QĐ-TTg Phụ lục I (commune NTM, 2021–2025). */
export const nationalPack: Criteria.ValidPack = Criteria.Packs.qd318PhuLucI

/**
 * Step 5 — the province's criteria: validate its overlay against the national pack (every problem; loosening a
 * national value is a warning) and resolve the two into the pack its communes are evaluated under.
 *
 * @example
 * const criteria = loadCriteria()
 * if (criteria.ok) criteria.value.id // "vidu-2024/commune-ntm"
 */
export const loadCriteria = (json: unknown = overlayJson): Loaded<Criteria.ValidPack> => {
  const r = Criteria.validateOverlay(json, nationalPack)
  return r.ok ? { ok: true, value: Criteria.applyOverlays(nationalPack, [r.overlay]), warnings: r.warnings } : r
}

/** The shape of an assessment file: the commune by code; its facts are looked up, not typed in. */
const Assessment = Schema.Struct({ commune: UnitCode.UnitCode, date: IsoDate.IsoDate })

/**
 * Step 6 — evaluate one commune's assessment (`{ commune, year, date, values }`) under a pack. The commune's
 * region and classifications come from the province's own unit registry as of the assessment date, so a commune
 * that did not exist then is refused (`assessment.commune-not-existing`) rather than evaluated.
 *
 * @example
 * evaluateCommune(registry, pack, assessment) // { ok: true, value: { summary: { standard: "fail", … }, … } }
 */
export const evaluateCommune = (
  registry: Units.UnitRegistry,
  pack: Criteria.ValidPack,
  assessment: unknown = assessmentJson,
): Loaded<Criteria.Evaluation> => {
  const shape = Problem.decodeAll(Assessment)(assessment)
  if (!shape.ok) return shape
  const { commune, date } = shape.value
  if (!Units.exists(registry, commune, date))
    return {
      ok: false,
      problems: [
        Problem.error(["commune"], "assessment.commune-not-existing", `commune ${commune} does not exist on ${date}`),
      ],
    }
  const region = Units.regionAt(registry, commune, date)
  const input = Problem.decodeAll(Criteria.EvaluationInput)({
    ...(assessment as object),
    commune: {
      code: commune,
      ...(region !== undefined ? { region } : {}),
      classifications: Units.classificationsOf(registry, commune, date),
    },
  })
  if (!input.ok) return input
  return { ok: true, value: Criteria.evaluate(pack, input.value), warnings: [] }
}
