/** The props every section of the commune page takes. */
import type { Language } from "../i18n/index.ts"

/** What every section of the commune page reads: the token, the province, the commune, the language and the year. */
export interface SectionProps {
  readonly token: string
  readonly province: string
  readonly code: string
  readonly lang: Language
  readonly year: number
}
