/** The shell's label of the data-entry pages, merged into `messages` (the forms' own labels load with the forms). */
import type { LocalizedText as L } from "@ntm/core"

/** Navigation labels added by the data-entry pages. */
export const navMessages = {
  navEntry: { vi: "Nhập liệu", en: "Data entry" },
} as const satisfies Record<string, L.LocalizedText>
