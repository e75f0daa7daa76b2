/** Loading a pack or an overlay from a file: which it is, which base it needs, and every problem found. */
import type { Criteria, Problem } from "@ntm/core"
import { Criteria as C } from "@ntm/core"
import { CliError, type Io, readJson } from "../Io.ts"
import { knownPack, knownPackIds } from "./known.ts"

/** The outcome of validating a pack or overlay document. */
export type DocumentValidation =
  | { readonly kind: "pack" | "overlay"; readonly validation: Criteria.PackValidation | Criteria.OverlayValidation }
  | { readonly kind: "overlay-without-base"; readonly base: string }

/** True when the document says it is an overlay (`"format": "ntm-overlay/1"`). */
export const isOverlayDocument = (json: unknown): boolean =>
  typeof json === "object" && json !== null && (json as { format?: unknown }).format === "ntm-overlay/1"

/**
 * Validates a pack, or an overlay against its base: the base named by the overlay's `base` is looked up among
 * the known packs, unless `base` is given.
 */
export const validateDocument = (json: unknown, base?: Criteria.ValidPack): DocumentValidation => {
  if (!isOverlayDocument(json)) return { kind: "pack", validation: C.validatePack(json) }
  const baseId = String((json as { base?: unknown }).base ?? "")
  const resolved = base ?? knownPack(baseId)
  if (resolved === undefined) return { kind: "overlay-without-base", base: baseId }
  return { kind: "overlay", validation: C.validateOverlay(json, resolved) }
}

const failure = (file: string, problems: ReadonlyArray<Problem.Problem>): CliError =>
  new CliError(
    `${file} is not valid (run \`ntm pack validate ${file}\` for every problem): ${problems
      .filter((p) => p.severity === "error")
      .slice(0, 3)
      .map((p) => p.rule)
      .join(", ")}…`,
  )

/**
 * A pack given as an id of a known pack or as a file (a pack, or an overlay applied to its known base).
 *
 * @example
 * await loadPack(io, "lao-cai-894-2022/commune-ntm")
 */
export const loadPack = async (io: Io, ref: string): Promise<Criteria.ValidPack> => {
  const known = knownPack(ref)
  if (known !== undefined) return known
  if (!ref.endsWith(".json"))
    throw new CliError(`unknown pack "${ref}"; known packs: ${knownPackIds().join(", ")}; or give a .json file`, 2)
  const json = await readJson(io, ref)
  const v = validateDocument(json)
  if (v.kind === "overlay-without-base")
    throw new CliError(`${ref}: overlay base "${v.base}" is not a known pack (${knownPackIds().join(", ")})`)
  if (!v.validation.ok) throw failure(ref, v.validation.problems)
  if (v.kind === "pack" && "pack" in v.validation) return v.validation.pack
  if ("overlay" in v.validation) {
    const base = knownPack(v.validation.overlay.base) as Criteria.ValidPack
    return C.applyOverlays(base, [v.validation.overlay])
  }
  throw new CliError(`${ref}: not a pack`)
}

/** Applies a fill-in (or provincial) overlay file on top of a resolved pack, validated against it first. */
export const applyFillIn = async (io: Io, pack: Criteria.ValidPack, file: string): Promise<Criteria.ValidPack> => {
  const json = await readJson(io, file)
  const v = C.validateOverlay(json, pack)
  if (!v.ok) throw failure(file, v.problems)
  return C.applyOverlays(pack, [v.overlay])
}
