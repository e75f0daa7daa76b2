/** Placeholder. */
import type { EntryProps } from "../Entry.tsx"

export const AssignmentsEntry = (_props: EntryProps) => null
