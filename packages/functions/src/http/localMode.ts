/** Local mode (chế độ chạy thử trên máy): what only a developer's machine may serve — dev tokens and the demo packs. */
import type { ValidPack } from "@ntm/core/criteria"
import { Context } from "effect"

/** Why local mode is off, or undefined when it is on. Local mode = `NTM_LOCAL=1` and no `AWS_LAMBDA_FUNCTION_NAME`. */
export const localModeRefusal = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env.AWS_LAMBDA_FUNCTION_NAME !== undefined) return "running on AWS Lambda"
  if (env.NTM_LOCAL !== "1") return "NTM_LOCAL is not 1"
  return undefined
}

/**
 * True when the app runs in local mode. `makeWebHandler` sets it from `localModeRefusal()` unless told otherwise;
 * the bare default is false (deployed), so anything local-only is refused unless local mode was established.
 */
export class LocalMode extends Context.Reference<boolean>("ntm/LocalMode", { defaultValue: () => false }) {}

/**
 * The packs served only in local mode: the ILLUSTRATIVE demo packs (`demo:…`), handed to `makeWebHandler` by the local
 * server (`demoPacks` in `src/local/`). Empty by default and whenever local mode is off, so a deployed API neither
 * serves nor even loads them: the Lambda entry does not import them.
 */
export class LocalPacks extends Context.Reference<ReadonlyArray<ValidPack>>("ntm/LocalPacks", {
  defaultValue: () => [],
}) {}
