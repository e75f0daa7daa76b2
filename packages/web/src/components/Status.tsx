/** Loading and error states shared by the pages (announced politely to screen readers). */
import { type Language, t } from "../i18n/index.ts"
import type { Load } from "../pages/useLoad.ts"

/** Shows "loading…" or the error with a retry button; renders nothing once done. */
export const LoadStatus = <A,>(props: {
  readonly load: Load<A>
  readonly lang: Language
  readonly retry: () => void
}) =>
  props.load.state === "loading" ? (
    <p role="status" class="status">
      {t(props.lang, "loading")}
    </p>
  ) : props.load.state === "failed" ? (
    <div role="alert" class="status error">
      <p>{t(props.lang, "loadFailed", { detail: props.load.error })}</p>
      <button type="button" onClick={props.retry}>
        {t(props.lang, "retry")}
      </button>
    </div>
  ) : null
