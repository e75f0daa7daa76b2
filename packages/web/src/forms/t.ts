/** Labels in the forms: the forms' own catalogue (loaded with them) over the shared one. */
import { type FormMessageKey, formMessages } from "../i18n/formMessages.ts"
import { fill, type Language, type MessageKey, messages, type Params } from "../i18n/index.ts"

/**
 * The label of `key` — a form label or a shared one — in `language`, with parameters filled.
 *
 * @example
 * t("vi", "form.save") // "Lưu"
 */
export const t = (language: Language, key: FormMessageKey | MessageKey, params?: Params): string =>
  fill((key in formMessages ? formMessages[key as FormMessageKey] : messages[key as MessageKey])[language], params)
