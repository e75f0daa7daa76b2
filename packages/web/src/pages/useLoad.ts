/** A small hook for one async read: loading, the value, or the error, with a retry. */
import { useCallback, useEffect, useState } from "preact/hooks"

/** The state of a read. */
export type Load<A> =
  | { readonly state: "loading" }
  | { readonly state: "done"; readonly value: A }
  | { readonly state: "failed"; readonly error: string }

/** Runs `load` when `deps` change; a stale answer (deps changed meanwhile) is dropped. */
export const useLoad = <A>(load: () => Promise<A>, deps: ReadonlyArray<unknown>): [Load<A>, () => void] => {
  const [state, setState] = useState<Load<A>>({ state: "loading" })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setState({ state: "loading" })
    load().then(
      (value) => live && setState({ state: "done", value }),
      (e: unknown) => live && setState({ state: "failed", error: e instanceof Error ? e.message : String(e) }),
    )
    return () => {
      live = false
    }
  }, [...deps, attempt])
  return [state, useCallback(() => setAttempt((n) => n + 1), [])]
}
