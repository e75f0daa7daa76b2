/** The commune pick-list of the agency's forms: the communes of its assignments in force. */
import { LoadStatus } from "../components/Status.tsx"
import type { Language } from "../i18n/index.ts"
import type { Load } from "../pages/useLoad.ts"
import type { CommuneChoice } from "./lookups.ts"
import { t } from "./t.ts"

/** Loading / error / "no commune assigned" for the pick-list. */
export const CommunesStatus = (props: {
  readonly load: Load<ReadonlyArray<CommuneChoice>>
  readonly lang: Language
  readonly retry: () => void
}) => (
  <>
    <LoadStatus load={props.load} lang={props.lang} retry={props.retry} />
    {props.load.state === "done" && props.load.value.length === 0 && <p>{t(props.lang, "form.noCommunes")}</p>}
  </>
)

/** The options of the pick-list: "name (code)". */
export const communeOptions = (load: Load<ReadonlyArray<CommuneChoice>>): ReadonlyArray<readonly [string, string]> =>
  (load.state === "done" ? load.value : []).map((c) => [c.code, `${c.name} (${c.code})`])
