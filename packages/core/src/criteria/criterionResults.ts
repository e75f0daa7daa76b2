/**
 * Criterion results from an evaluation's verdict codes, shared between evaluations: a criterion's result depends
 * only on which of its indicators failed, which are open, and one provisional flag, so each distinct record is
 * built once per prepared pack and frozen.
 */
import type { CriterionResult, Outcome } from "./Evaluation.ts"
import { FAILED, PASSED } from "./indicatorResults.ts"
import type { PreparedCriterion } from "./prepare.ts"

const NONE: ReadonlyArray<string> = Object.freeze([])

/** Widest criterion whose results are memoised: its two masks and the flag index a dense table of 2^(2w+1). */
const MEMO_WIDTH = 6

/** Fills a criterion's memo table on its first use (so a pack prepared for one evaluation stays cheap). */
const tableFor = (crit: PreparedCriterion, width: number): Array<CriterionResult | undefined> => {
  const table = crit.results
  if (table.length === 0) for (let i = 2 ** (2 * width + 1); i > 0; i--) table.push(undefined)
  return table
}

/** The codes of the criterion's indicators whose verdict satisfies `pick`. */
const codesWhere = (crit: PreparedCriterion, codes: Uint8Array, pick: (code: number) => boolean): Array<string> => {
  const out: Array<string> = []
  for (let k = crit.from; k < crit.to; k++) if (pick(codes[k] as number)) out.push(crit.codes[k - crit.from] as string)
  return out
}

const build = (
  crit: PreparedCriterion,
  codes: Uint8Array,
  anyFail: boolean,
  anyOpen: boolean,
  provisional: boolean,
) => {
  const outcome: Outcome = anyFail ? "fail" : anyOpen || !crit.complete ? "indeterminate" : "pass"
  const deciding = anyFail
    ? codesWhere(crit, codes, (c) => c === FAILED)
    : anyOpen
      ? codesWhere(crit, codes, (c) => c !== PASSED)
      : outcome === "pass"
        ? crit.codes
        : NONE
  const result: CriterionResult = {
    criterion: crit.code,
    name: crit.name,
    outcome,
    provisional,
    critical: crit.critical,
    deciding,
    incomplete: !crit.complete,
  }
  return result
}

/**
 * The result of one criterion. `failMask` / `openMask` have bit `k - from` set for each failing / indeterminate
 * indicator `k` (the masks only need to be non-zero exactly when some indicator is, for criteria wider than the
 * memo); `codes` holds every indicator's verdict code. A criterion fails when any indicator fails, is
 * indeterminate when any is open or its indicator list is incomplete, and passes otherwise.
 */
export const criterionResult = (
  crit: PreparedCriterion,
  codes: Uint8Array,
  failMask: number,
  openMask: number,
  provisional: boolean,
): CriterionResult => {
  const width = crit.to - crit.from
  if (width > MEMO_WIDTH) return build(crit, codes, failMask !== 0, openMask !== 0, provisional)
  const key = ((failMask << width) | openMask) * 2 + (provisional ? 1 : 0)
  const table = tableFor(crit, width)
  let result = table[key]
  if (result === undefined) {
    const built = build(crit, codes, failMask !== 0, openMask !== 0, provisional)
    Object.freeze(built.deciding)
    result = Object.freeze(built)
    table[key] = result
  }
  return result
}
