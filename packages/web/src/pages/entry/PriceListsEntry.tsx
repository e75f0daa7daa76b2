/** Placeholder. */
import type { EntryProps } from "../Entry.tsx"

export const PriceListsEntry = (_props: EntryProps) => null
