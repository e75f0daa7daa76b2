/** A form's state in the page: the typed fields (kept as a draft), the errors beside them, and the save. */
import type { Problem } from "@ntm/core"
import { useRef, useState } from "preact/hooks"
import { clearDraft, loadDraft, saveDraft } from "./draft.ts"
import { type FieldErrors, FORM, fieldErrors, isClean } from "./problems.ts"
import type { Saved, SaveFailure } from "./save.ts"
import { type Attempt, attemptFor, fingerprintOf, newKey } from "./submission.ts"
import type { Checked } from "./validate.ts"

/** Where a form is: typing, saving, saved, or why the last save did not go through. */
export type FormStatus<B> =
  | { readonly kind: "idle" }
  | { readonly kind: "invalid"; readonly count: number }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly value: B }
  | { readonly kind: "failed"; readonly failure: SaveFailure }

/** How a form checks and sends its request. */
export interface FormSpec<S extends Record<string, string>, A, B> {
  /** The draft's name in sessionStorage (unique per form and user scope). */
  readonly name: string
  readonly initial: S
  /** Keys of rows the user adds (restored from a draft although `initial` lacks them). */
  readonly rows?: RegExp
  readonly check: (state: S) => Checked<A>
  /** The request's target, part of the idempotency fingerprint (e.g. "POST /v1/contributions"). */
  readonly target: string
  /** Sends the checked request with its idempotency key (reused on a retry of the same request). */
  readonly send: (value: A, key: string) => Promise<Saved<B>>
  /** The field a server problem's path (slot removed) belongs to, given the state sent. */
  readonly fieldOf: (path: Problem.Path, state: S) => string | undefined
  /** The state after a save (default: `initial`). */
  readonly after?: (saved: B, state: S) => S
}

/** The form hook: `state`, `set`, `errors`, `status` and `submit`. */
export const useForm = <S extends Record<string, string>, A, B>(spec: FormSpec<S, A, B>) => {
  const [state, setState] = useState<S>(() => loadDraft(spec.name, spec.initial, spec.rows))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [status, setStatus] = useState<FormStatus<B>>({ kind: "idle" })
  const attempt = useRef<Attempt | undefined>(undefined)
  /** Changes the state (kept as the draft too). */
  const update = (change: S | ((s: S) => S)) =>
    setState((s) => {
      const next = typeof change === "function" ? change(s) : change
      saveDraft(spec.name, next)
      return next
    })
  const set = (field: keyof S & string, value: string) => update((s) => ({ ...s, [field]: value }))
  const focusFirstError = () =>
    requestAnimationFrame(() => (document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus())
  const submit = async (e?: Event) => {
    e?.preventDefault()
    if (status.kind === "saving") return
    saveDraft(spec.name, state)
    const checked = spec.check(state)
    if (!checked.ok) {
      setErrors(checked.errors)
      setStatus({ kind: "invalid", count: Object.values(checked.errors).flat().length })
      focusFirstError()
      return
    }
    setErrors({})
    const a = attemptFor(attempt.current, fingerprintOf(spec.target, checked.body), newKey)
    attempt.current = a
    setStatus({ kind: "saving" })
    const r = await spec.send(checked.value, a.key)
    if (r.ok) {
      attempt.current = undefined
      clearDraft(spec.name)
      setState(spec.after?.(r.value, state) ?? spec.initial)
      setStatus({ kind: "saved", value: r.value })
      return
    }
    if (r.failure.kind === "invalid") {
      const placed = fieldErrors(r.failure.problems, (path) => spec.fieldOf(path, state))
      setErrors(isClean(placed) ? { [FORM]: [{ rule: "server", message: r.failure.detail }] } : placed)
      focusFirstError()
    }
    setStatus({ kind: "failed", failure: r.failure })
  }
  return { state, set, setState: update, errors, status, submit }
}
