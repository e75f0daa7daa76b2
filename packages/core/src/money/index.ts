/** Money: exact VND amounts, exact decimal quantities, explicit rounding, and vi/en formatting. */

export * as VndFormat from "./format.ts"
export * as Quantity from "./Quantity.ts"
export * as Rounding from "./rounding.ts"
export * as Vnd from "./Vnd.ts"
