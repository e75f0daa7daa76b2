/** Placeholder. */
import type { EntryProps } from "../Entry.tsx"

export const ActivityEntry = (_props: EntryProps) => null
