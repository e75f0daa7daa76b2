/** Form fields with their label, hint and errors wired for assistive technology (aria-invalid, aria-describedby). */
import type { ComponentChildren } from "preact"
import type { Language } from "../i18n/index.ts"
import type { FieldErrors, FieldProblem } from "./problems.ts"
import { FORM } from "./problems.ts"
import { problemText } from "./problemText.ts"
import { t } from "./t.ts"
import type { FormStatus } from "./useForm.ts"

/** The DOM id of a field of a form. */
export const fieldId = (form: string, field: string): string => `${form}-${field}`

interface Base {
  readonly form: string
  readonly field: string
  readonly label: string
  readonly lang: Language
  readonly errors: FieldErrors
  readonly hint?: string
  readonly optional?: boolean
}

const ErrorList = (props: { id: string; lang: Language; problems: ReadonlyArray<FieldProblem> }) => (
  <ul id={props.id} class="field-errors">
    {props.problems.map((p, i) => (
      <li key={i} class="field-error">
        {problemText(props.lang, p)}
      </li>
    ))}
  </ul>
)

/** The label, the control (given the aria props) and the errors of one field. */
const Field = (
  props: Base & {
    readonly control: (aria: {
      id: string
      "aria-invalid": boolean
      "aria-describedby": string | undefined
    }) => ComponentChildren
  },
) => {
  const id = fieldId(props.form, props.field)
  const problems = props.errors[props.field] ?? []
  const described = [props.hint === undefined ? "" : `${id}-hint`, problems.length > 0 ? `${id}-error` : ""]
    .filter((x) => x !== "")
    .join(" ")
  return (
    <div class={problems.length > 0 ? "field invalid" : "field"}>
      <label for={id}>
        {props.label}
        {props.optional === true && <span class="muted"> {t(props.lang, "form.optional")}</span>}
      </label>
      {props.hint !== undefined && (
        <span id={`${id}-hint`} class="hint">
          {props.hint}
        </span>
      )}
      {props.control({ id, "aria-invalid": problems.length > 0, "aria-describedby": described || undefined })}
      {problems.length > 0 && <ErrorList id={`${id}-error`} lang={props.lang} problems={problems} />}
    </div>
  )
}

/**
 * A text input. `inputMode` "numeric" brings the digit keypad on phones ("decimal" adds the separators, for money);
 * `type` "date" gives the browser's date picker, whose value is always YYYY-MM-DD.
 */
export const TextField = (
  props: Base & {
    readonly value: string
    readonly onInput: (v: string) => void
    readonly type?: "text" | "date"
    readonly inputMode?: "numeric" | "decimal" | "text"
    readonly multiline?: boolean
    readonly autocomplete?: string
  },
) => (
  <Field
    {...props}
    control={(aria) =>
      props.multiline === true ? (
        <textarea {...aria} rows={3} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : props.type === "date" ? (
        <input {...aria} type="date" value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input
          {...aria}
          type="text"
          value={props.value}
          inputMode={props.inputMode ?? "text"}
          autoComplete={props.autocomplete ?? "off"}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )
    }
  />
)

/** A select among `options` (value → label); `choose` adds an empty first option. */
export const SelectField = (
  props: Base & {
    readonly value: string
    readonly onChange: (v: string) => void
    readonly options: ReadonlyArray<readonly [string, string]>
    readonly choose?: boolean
  },
) => (
  <Field
    {...props}
    control={(aria) => (
      <select {...aria} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.choose === true && <option value="">{t(props.lang, "form.choose")}</option>}
        {props.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    )}
  />
)

/** The errors no field claims, at the top of the form. */
export const FormErrors = (props: { readonly lang: Language; readonly errors: FieldErrors }) => {
  const problems = props.errors[FORM] ?? []
  return problems.length === 0 ? null : (
    <div role="alert" class="status error">
      <ErrorList id="form-errors" lang={props.lang} problems={problems} />
    </div>
  )
}

/** The form's status line: saving, saved, or why not saved (announced; a stale record offers a reload). */
export const SaveStatus = <B,>(props: {
  readonly lang: Language
  readonly status: FormStatus<B>
  readonly saved: (value: B) => string
  readonly onReload?: () => void
}) => {
  const { lang, status } = props
  switch (status.kind) {
    case "idle":
      return null
    case "saving":
      return (
        <p role="status" class="status">
          {t(lang, "form.saving")}
        </p>
      )
    case "saved":
      return (
        <p role="status" class="status ok">
          {props.saved(status.value)}
        </p>
      )
    case "invalid":
      return (
        <p role="alert" class="status error">
          {t(lang, "form.fixErrors", { count: status.count })}
        </p>
      )
    case "failed": {
      const f = status.failure
      return (
        <div role="alert" class="status error">
          <p>
            {f.kind === "invalid"
              ? t(lang, "form.rejected")
              : f.kind === "stale"
                ? t(lang, "form.stale")
                : f.kind === "conflict"
                  ? t(lang, "form.conflict", { detail: f.detail })
                  : f.kind === "forbidden"
                    ? t(lang, "form.forbidden", { detail: f.detail })
                    : f.kind === "retry"
                      ? t(lang, "form.retry")
                      : t(lang, "form.failed", { detail: f.detail })}
          </p>
          {f.kind === "stale" && props.onReload !== undefined && (
            <button type="button" onClick={props.onReload}>
              {t(lang, "form.reload")}
            </button>
          )}
        </div>
      )
    }
  }
}

/** The form state a page binds its fields to (from `useForm`). */
interface Bound<S extends Record<string, string>> {
  readonly state: S
  readonly errors: FieldErrors
  readonly set: (field: keyof S & string, value: string) => void
}

/**
 * Props that bind a field to the form state: `<TextField {...b.text("date")} label=… />`.
 *
 * @example
 * const b = binder("contribution", lang, form)
 * <SelectField {...b.select("commune")} label={t(lang, "c.commune")} options={…} />
 */
export const binder = <S extends Record<string, string>>(name: string, lang: Language, form: Bound<S>) => {
  const base = (field: keyof S & string) => ({
    form: name,
    field,
    lang,
    errors: form.errors,
    value: form.state[field] ?? "",
  })
  return {
    text: (field: keyof S & string) => ({ ...base(field), onInput: (v: string) => form.set(field, v) }),
    select: (field: keyof S & string) => ({ ...base(field), onChange: (v: string) => form.set(field, v) }),
  }
}

/**
 * A data-entry form: the form-level errors first, the fields, then the actions (`extra` buttons, save) and the
 * save status. Named by the page title.
 */
export const EntryFormShell = <B,>(props: {
  readonly lang: Language
  /** The form from `useForm`. */
  readonly form: {
    readonly errors: FieldErrors
    readonly status: FormStatus<B>
    readonly submit: (e: Event) => void
  }
  readonly saved: (value: B) => string
  readonly submitLabel?: string
  readonly extra?: ComponentChildren
  readonly after?: ComponentChildren
  readonly children: ComponentChildren
}) => (
  <form class="entry-form" onSubmit={props.form.submit} noValidate aria-labelledby="entry-title">
    <FormErrors lang={props.lang} errors={props.form.errors} />
    {props.children}
    <div class="actions">
      {props.extra}
      <button type="submit" disabled={props.form.status.kind === "saving"}>
        {props.submitLabel ?? t(props.lang, "form.save")}
      </button>
      <SaveStatus lang={props.lang} status={props.form.status} saved={props.saved} />
      {props.after}
    </div>
  </form>
)

/** A small form acting on one stored record (end, reassign): its errors, fields, submit and status; named by `label`. */
export const InlineForm = <B,>(props: {
  readonly lang: Language
  readonly label: string
  readonly action: { readonly errors: FieldErrors; readonly status: FormStatus<B> }
  readonly onSubmit: (e: Event) => void
  readonly submitLabel: string
  readonly onReload: () => void
  readonly children: ComponentChildren
}) => (
  <form noValidate onSubmit={props.onSubmit} class="inline-form" aria-label={props.label}>
    <FormErrors lang={props.lang} errors={props.action.errors} />
    {props.children}
    <div class="actions">
      <button type="submit" disabled={props.action.status.kind === "saving"}>
        {props.submitLabel}
      </button>
      <SaveStatus
        lang={props.lang}
        status={props.action.status}
        saved={() => t(props.lang, "form.saved")}
        onReload={props.onReload}
      />
    </div>
  </form>
)
