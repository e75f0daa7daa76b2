/** Placeholder. */
import type { EntryProps } from "../Entry.tsx"

export const AssessmentEntry = (_props: EntryProps) => null
