/** Drafts of forms kept in this tab's sessionStorage, so a reload or a failed save loses nothing typed. */

const PREFIX = "ntm.draft."

/**
 * The stored draft of a form, merged over `initial` (only string fields known to `initial`, or matching `extra` for
 * forms with rows added by the user, are taken).
 */
export const loadDraft = <S extends Record<string, string>>(form: string, initial: S, extra?: RegExp): S => {
  try {
    const raw = sessionStorage.getItem(PREFIX + form)
    return raw === null ? initial : mergeDraft(initial, JSON.parse(raw) as unknown, extra)
  } catch {
    return initial
  }
}

/** `initial` with the string values of `stored` for its own keys (and keys matching `extra`); the rest is ignored. */
export const mergeDraft = <S extends Record<string, string>>(initial: S, stored: unknown, extra?: RegExp): S => {
  if (typeof stored !== "object" || stored === null) return initial
  const out: Record<string, string> = { ...initial }
  for (const [k, v] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof v === "string" && (Object.hasOwn(initial, k) || extra?.test(k) === true)) out[k] = v
  }
  return out as S
}

/** Keeps the draft of a form. */
export const saveDraft = (form: string, state: Record<string, string>): void => {
  try {
    sessionStorage.setItem(PREFIX + form, JSON.stringify(state))
  } catch {
    // Storage full or disabled: the form state in memory still holds the input.
  }
}

/** Forgets the draft (after a successful save). */
export const clearDraft = (form: string): void => sessionStorage.removeItem(PREFIX + form)
