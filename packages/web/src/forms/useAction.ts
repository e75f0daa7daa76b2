/** A one-shot action on a stored record (confirm, reject, end): check, send, and show the errors beside the fields. */
import type { Problem } from "@ntm/core"
import { useState } from "preact/hooks"
import { type FieldErrors, fieldErrors } from "./problems.ts"
import type { Saved } from "./save.ts"
import type { FormStatus } from "./useForm.ts"
import type { Checked } from "./validate.ts"

/** `errors`, `status` and `act(checked, send)`; `act` resolves to the saved value, or undefined when not saved. */
export const useAction = <B>(fieldOf: (path: Problem.Path) => string | undefined) => {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [status, setStatus] = useState<FormStatus<B>>({ kind: "idle" })
  const act = async <A>(checked: Checked<A>, send: (value: A) => Promise<Saved<B>>): Promise<B | undefined> => {
    if (!checked.ok) {
      setErrors(checked.errors)
      setStatus({ kind: "invalid", count: Object.values(checked.errors).flat().length })
      return undefined
    }
    setErrors({})
    setStatus({ kind: "saving" })
    const r = await send(checked.value)
    if (r.ok) {
      setStatus({ kind: "saved", value: r.value })
      return r.value
    }
    if (r.failure.kind === "invalid") setErrors(fieldErrors(r.failure.problems, fieldOf))
    setStatus({ kind: "failed", failure: r.failure })
    return undefined
  }
  return { errors, status, act }
}
