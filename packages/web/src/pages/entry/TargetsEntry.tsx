/** Placeholder. */
import type { EntryProps } from "../Entry.tsx"

export const TargetsEntry = (_props: EntryProps) => null
