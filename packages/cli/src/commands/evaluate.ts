/** `ntm evaluate`: one commune against a pack, from a JSON or CSV file of measured values, in Vietnamese or English. */
import { Criteria, IsoDate, Region, UnitCode, Units } from "@ntm/core"
import { builtOnDemoFillIn, DEMO_NOTICE } from "@ntm/core/demo"
import { Schema } from "effect"
import { valuesFromCsv, valuesFromJson } from "../evaluate/values.ts"
import { CliError, type Io, readBytes } from "../Io.ts"
import { type Lang, problemLine, t } from "../Lang.ts"
import { applyFillIn, loadPack } from "../packs/load.ts"
import { cellProblemLine } from "../table/CellProblem.ts"

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** A known pack id or a pack/overlay file. */
  readonly pack: string
  /** A fill-in overlay file applied on top of the pack. */
  readonly fillIn?: string
  readonly commune: string
  readonly year: number
  /** Assessment date; default 31 December of the year. */
  readonly date?: string
  /** Region of the commune's province, for a commune not in the shipped units registry. */
  readonly region?: string
  readonly strict: boolean
  readonly lang: Lang
  readonly json: boolean
  /** List every indicator under its criterion, not only the deciding ones. */
  readonly all?: boolean
}

/** The evaluation with every indicator marked deciding, so the core renderer lists them all. */
const withEveryIndicator = (ev: Criteria.Evaluation): Criteria.Evaluation => ({
  ...ev,
  criteria: ev.criteria.map((c) => ({
    ...c,
    deciding: ev.indicators.filter((i) => i.criterion === c.criterion).map((i) => i.indicator),
  })),
})

const communeFacts = (code: string, date: IsoDate.IsoDate, region: string | undefined): Criteria.CommuneFacts => {
  const c = UnitCode.unitCode(code)
  if (Units.exists(Units.laoCaiRegistry, code, date)) {
    const r = region ?? Units.regionAt(Units.laoCaiRegistry, code, date)
    return {
      code: c,
      ...(r === undefined ? {} : { region: Schema.decodeUnknownSync(Region.Region)(r) }),
      classifications: Units.classificationsOf(Units.laoCaiRegistry, code, date),
    }
  }
  if (region === undefined)
    throw new CliError(
      `commune ${code} is not in the shipped units registry on ${date}; give its province's region with --region (${Region.Region.literals.join(", ")})`,
      2,
    )
  return { code: c, region: Schema.decodeUnknownSync(Region.Region)(region), classifications: [] }
}

/**
 * Evaluates one commune and prints the result per criterion and deciding indicator, with gaps, thresholds and their
 * provenance (status and source), then what is missing; `--json` prints the `Evaluation` as JSON instead. A result
 * built on an ILLUSTRATIVE demo fill-in is printed under the demo notice. Returns 1 when the values file is invalid.
 *
 * @example
 * await evaluateCommand(io, "values.csv", { pack: "lao-cai-894-2022/commune-ntm", commune: "02794", year: 2024, … })
 */
export const evaluateCommand = async (io: Io, file: string, o: EvaluateOptions): Promise<number> => {
  const base = await loadPack(io, o.pack)
  const pack = o.fillIn === undefined ? base : await applyFillIn(io, base, o.fillIn)
  const text = (await readBytes(io, file)).toString("utf8")
  let values: ReturnType<typeof valuesFromCsv>
  if (file.toLowerCase().endsWith(".csv")) values = valuesFromCsv(text, pack)
  else {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (e) {
      throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`)
    }
    values = valuesFromJson(json)
  }
  if (!values.ok) {
    if ("cellProblems" in values) for (const p of values.cellProblems) io.out(`${cellProblemLine(p, o.lang)}\n`)
    else for (const p of values.problems) io.out(`${problemLine(p, o.lang)}\n`)
    io.out(
      t(o.lang, `\n${file}: số liệu không hợp lệ; chưa đánh giá.\n`, `\n${file}: invalid values; not evaluated.\n`),
    )
    return 1
  }
  const dateText = o.date ?? `${String(o.year).padStart(4, "0")}-12-31`
  const date = Schema.decodeUnknownSync(IsoDate.IsoDate)(dateText)
  const input: Criteria.EvaluationInput = {
    commune: communeFacts(o.commune, date, o.region),
    year: o.year,
    date,
    values: values.values,
    strict: o.strict,
  }
  const ev = Criteria.evaluate(Criteria.prepare(pack), input)
  const demo = builtOnDemoFillIn(ev)
  if (o.json) {
    const encoded = Schema.encodeSync(Criteria.Evaluation)(ev)
    io.out(`${JSON.stringify(demo ? { notice: DEMO_NOTICE, evaluation: encoded } : encoded, null, 2)}\n`)
    return 0
  }
  if (demo) io.out(`> ${DEMO_NOTICE[o.lang]}\n\n`)
  io.out(Criteria.renderEvaluation(o.all === true ? withEveryIndicator(ev) : ev, o.lang))
  return 0
}
