/** Data entry (nhập liệu): the forms of the signed-in role, one per route (`#/entry/contribution`, …). */
import "../forms/forms.css"
import type { ComponentType } from "preact"
import { t } from "../forms/t.ts"
import type { Language } from "../i18n/index.ts"
import { type EntryForm, entryTitleKey, formsOf } from "../model/entryForms.ts"
import type { Session } from "../session.ts"
import { ActivityEntry } from "./entry/ActivityEntry.tsx"
import { AssessmentEntry } from "./entry/AssessmentEntry.tsx"
import { AssignmentsEntry } from "./entry/AssignmentsEntry.tsx"
import { ConfirmEntry } from "./entry/ConfirmEntry.tsx"
import { ContributionEntry } from "./entry/ContributionEntry.tsx"
import { PriceListsEntry } from "./entry/PriceListsEntry.tsx"
import { TargetsEntry } from "./entry/TargetsEntry.tsx"

/** What every form page receives. */
export interface EntryProps {
  readonly session: Session
  readonly lang: Language
  readonly year: number
}

const pages: Record<EntryForm, ComponentType<EntryProps>> = {
  contribution: ContributionEntry,
  activity: ActivityEntry,
  confirm: ConfirmEntry,
  assessment: AssessmentEntry,
  assignments: AssignmentsEntry,
  "price-lists": PriceListsEntry,
  targets: TargetsEntry,
}

/** The hub (links to the role's forms) or the form named by the route (`code` carries the form name). */
export const EntryPage = (props: EntryProps & { readonly code: string }) => {
  const { lang } = props
  const forms = formsOf(props.session.role)
  const chosen = forms.find((f) => f === props.code)
  const Chosen = chosen === undefined ? undefined : pages[chosen]
  return (
    <section aria-labelledby="entry-title" class="entry">
      <h1 id="entry-title">{t(lang, chosen === undefined ? "entry.title" : entryTitleKey[chosen])}</h1>
      {forms.length === 0 ? (
        <p>{t(lang, "entry.none")}</p>
      ) : (
        <nav aria-label={t(lang, "entry.title")} class="entry-nav">
          {forms.map((f) => (
            <a key={f} href={`#/entry/${f}`} aria-current={f === chosen ? "page" : undefined}>
              {t(lang, entryTitleKey[f])}
            </a>
          ))}
        </nav>
      )}
      {Chosen !== undefined && <Chosen {...props} />}
    </section>
  )
}
