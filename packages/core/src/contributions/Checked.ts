/** The outcome of a check that can fail, in the same shape as `decodeAll`: the value, or every problem found. */
import type { Problem } from "../shared/Problem.ts"

/** The value, or every problem found (never just the first). */
export type Checked<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly problems: Array<Problem> }
