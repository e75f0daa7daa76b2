/** Authorization: principals, actions, scopes and the pure policy deciding between them. */

export * from "./Principal.ts"
export * from "./policy.ts"
