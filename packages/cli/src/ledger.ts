/** The ledger file the import writes and the reports read: `{ format, source, lines }` with lines in core's JSON form. */
import { Contributions, Problem } from "@ntm/core"
import { Schema } from "effect"
import { CliError, type Io, readJson } from "./Io.ts"

type Contribution = Contributions.Contribution.Contribution

/** The format tag of a ledger file. */
export const LEDGER_FORMAT = "ntm-ledger/1"

/** A ledger file's JSON: the lines encoded by core's `Contribution` Schema (amounts as decimal strings). */
export const ledgerJson = (
  lines: ReadonlyArray<Contribution>,
  source: { readonly file: string; readonly sha256: string },
): unknown => ({
  format: LEDGER_FORMAT,
  source,
  lines: lines.map((l) => Schema.encodeSync(Contributions.Contribution.Contribution)(l)),
})

const Lines = Schema.Array(Contributions.Contribution.Contribution)

/** Reads a ledger file: `{ lines: [...] }` (as `ntm contributions import --out` writes) or a bare array of lines. */
export const readLedger = async (io: Io, file: string): Promise<ReadonlyArray<Contribution>> => {
  const json = await readJson(io, file)
  const lines = Array.isArray(json) ? json : (json as { lines?: unknown } | null)?.lines
  const r = Problem.decodeAll(Lines)(lines)
  if (!r.ok)
    throw new CliError(
      `${file} is not a ledger: ${r.problems
        .slice(0, 3)
        .map((p) => Problem.formatProblem(p))
        .join("; ")}`,
    )
  return r.value
}
