/** Barrel of the dashboard's i18n: the catalogue and its lookups. */
export { type MessageKey, messages } from "./messages.ts"
export * from "./translate.ts"
