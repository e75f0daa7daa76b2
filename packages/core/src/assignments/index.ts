/** Helping communes: assignments of helpers, their activity log, and difficulties and proposals with their lifecycle. */
export * as Activity from "./Activity.ts"
export * as Assignment from "./Assignment.ts"
export * as Days from "./Days.ts"
export * as Difficulty from "./Difficulty.ts"
export * as DifficultyLifecycle from "./DifficultyLifecycle.ts"
export * as Helper from "./Helper.ts"
