/** Resolving the pack an evaluation request names (a shipped id, or an inline pack with overlays), with every problem. */
import type { Problem } from "@ntm/core"
import { applyOverlays, type ValidPack, validateOverlay, validatePack } from "@ntm/core/criteria"
import { isDemoPackId, packById } from "./packs.ts"

type Problems = ReadonlyArray<Problem.Problem>

const prefixed = (prefix: ReadonlyArray<string | number>, problems: Problems): Array<Problem.Problem> =>
  problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }))

const demoRefused = (path: ReadonlyArray<string | number>): Problem.Problem => ({
  severity: "error",
  path: [...path],
  rule: "pack.demo-local-only",
  message: "packs with a `demo:` id are ILLUSTRATIVE and served in local mode only",
})

/** The outcome: a pack ready to evaluate, `unknown-pack` (→ 404), or the problems of the request (→ 400). */
export type ResolvedPack =
  | { readonly _tag: "Pack"; readonly pack: ValidPack }
  | { readonly _tag: "UnknownPack"; readonly id: string }
  | { readonly _tag: "Invalid"; readonly problems: ReadonlyArray<Problem.Problem> }

/**
 * Resolves `packId` or an inline `pack` (validated), then layers `overlays` (each validated against the pack so far).
 * Problem paths start at `payload`. A demo pack id is found only among `localPacks` (empty outside local mode: → 404),
 * and outside local mode an inline pack or overlay claiming a `demo:` id is refused (`pack.demo-local-only`): demo
 * results never leave a developer's machine.
 *
 * @example
 * resolvePack({ packId: "qd318-phu-luc-i" }, false, []) // { _tag: "Pack", pack }
 */
export const resolvePack = (
  request: {
    readonly packId?: string | undefined
    readonly pack?: unknown
    readonly overlays?: ReadonlyArray<unknown> | undefined
  },
  local: boolean,
  localPacks: ReadonlyArray<ValidPack>,
): ResolvedPack => {
  if ((request.packId === undefined) === (request.pack === undefined)) {
    return {
      _tag: "Invalid",
      problems: [
        {
          severity: "error",
          path: ["payload", "packId"],
          rule: "evaluate.one-pack",
          message: "name exactly one pack: `packId` (a shipped pack or overlay) or an inline `pack`",
        },
      ],
    }
  }
  let pack: ValidPack
  if (request.packId !== undefined) {
    const found = packById(request.packId, localPacks)
    if (found === undefined) return { _tag: "UnknownPack", id: request.packId }
    pack = found
  } else {
    const v = validatePack(request.pack)
    if (!v.ok) return { _tag: "Invalid", problems: prefixed(["payload", "pack"], v.problems) }
    if (!local && isDemoPackId(v.pack.id))
      return { _tag: "Invalid", problems: [demoRefused(["payload", "pack", "id"])] }
    pack = v.pack
  }
  const problems: Array<Problem.Problem> = []
  ;(request.overlays ?? []).forEach((o, i) => {
    if (problems.length > 0) return
    const v = validateOverlay(o, pack)
    if (!v.ok) problems.push(...prefixed(["payload", "overlays", i], v.problems))
    else if (!local && isDemoPackId(v.overlay.id)) problems.push(demoRefused(["payload", "overlays", i, "id"]))
    else pack = applyOverlays(pack, [v.overlay])
  })
  return problems.length > 0 ? { _tag: "Invalid", problems } : { _tag: "Pack", pack }
}
