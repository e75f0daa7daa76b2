/** The authorization policy: which role may do which action on which unit. Every rule is in this file. */
import type { Principal, Role } from "./Principal.ts"

/**
 * What a caller wants to do. Resources map their endpoints onto these; a new kind of write gets a new action here
 * (and a row in the table below) rather than a special case in a handler.
 */
export type Action =
  /** Read a published report (báo cáo đã công bố). The only action open to the public. */
  | "report:read-published"
  /** Read reference data shared by the whole province: criteria packs, administrative units, price lists. */
  | "reference:read"
  /** Read data located in a unit: assessments, ledger entries, plans, activities. */
  | "read"
  /** Read the audit trail of an entity located in a unit. */
  | "audit:read"
  /** Submit commune measurements for assessment (đánh giá xã). */
  | "assessment:submit"
  /** Record a contribution (đóng góp, hỗ trợ) addressed to a commune. */
  | "contribution:record"
  /** Mark a recorded contribution as delivered. */
  | "contribution:deliver"
  /** Confirm receipt of a contribution (xã xác nhận). */
  | "contribution:confirm"
  /** Refuse to confirm a contribution. */
  | "contribution:reject"
  /** Void a contribution with a reason. */
  | "contribution:void"
  /** Record an activity, difficulty or proposal for a commune. */
  | "activity:record"
  /** Create or change assignments of agencies to communes (phân công). */
  | "assignment:manage"
  /** Create or change plans and targets (kế hoạch, chỉ tiêu). */
  | "plan:manage"
  /** Manage reference data: criteria packs, price lists. */
  | "reference:manage"
  /** Publish a report. */
  | "report:publish"

/** Every action, for exhaustive tests and documentation. */
export const actions: ReadonlyArray<Action> = [
  "report:read-published",
  "reference:read",
  "read",
  "audit:read",
  "assessment:submit",
  "contribution:record",
  "contribution:deliver",
  "contribution:confirm",
  "contribution:reject",
  "contribution:void",
  "activity:record",
  "assignment:manage",
  "plan:manage",
  "reference:manage",
  "report:publish",
]

/**
 * Where the target of an action is located: a province, optionally narrowed to a district and a commune.
 * A contribution's scope is the commune it is addressed to; a price list's scope is its province.
 */
export interface Scope {
  readonly province: string
  readonly district?: string | undefined
  readonly commune?: string | undefined
}

/** An assignment fact (phân công): an agency is responsible for helping a commune. */
export interface Assignment {
  readonly agency: string
  readonly commune: string
}

/** Facts the policy needs beyond the principal and the scope, loaded by the caller. */
export interface PolicyContext {
  /** The current assignments of the calling agency (other agencies' rows are ignored). */
  readonly assignments?: ReadonlyArray<Assignment> | undefined
  /** For `report:read-published`: whether the report is published. */
  readonly published?: boolean | undefined
}

/** The policy's answer. */
export type Decision = { readonly _tag: "Allow" } | { readonly _tag: "Deny"; readonly reason: string }

const allow: Decision = { _tag: "Allow" }
const deny = (reason: string): Decision => ({ _tag: "Deny", reason })

/** The actions each role may take inside its own scope. `report:read-published` is open to every role. */
export const grants: Readonly<Record<Role, ReadonlySet<Action>>> = {
  "province-admin": new Set(actions),
  agency: new Set<Action>([
    "report:read-published",
    "reference:read",
    "read",
    "audit:read",
    "contribution:record",
    "contribution:deliver",
    "contribution:void",
    "activity:record",
  ]),
  "commune-official": new Set<Action>([
    "report:read-published",
    "reference:read",
    "read",
    "audit:read",
    "assessment:submit",
    "contribution:confirm",
    "contribution:reject",
    "activity:record",
  ]),
  "unit-viewer": new Set<Action>(["report:read-published", "reference:read", "read", "audit:read"]),
  public: new Set<Action>(["report:read-published"]),
}

/**
 * True when `scope` lies inside the unit with `code` (a 2-digit province, 3-digit district or 5-digit commune).
 *
 * @example
 * ```ts
 * import { scopeWithin } from "@ntm/core/authz"
 * scopeWithin({ province: "10", district: "086", commune: "02929" }, "086") // => true
 * scopeWithin({ province: "10", commune: "02929" }, "088") // => false
 * ```
 */
export const scopeWithin = (scope: Scope, code: string): boolean =>
  scope.province === code || scope.district === code || scope.commune === code

/** Whether `principal`'s own unit covers `scope` for `action`. */
const inScope = (
  principal: Exclude<Principal, { role: "public" }>,
  action: Action,
  scope: Scope,
  context: PolicyContext,
) => {
  if (scope.province !== principal.province) return deny(`outside province ${principal.province}`)
  switch (principal.role) {
    case "province-admin":
      return allow
    case "agency": {
      if (action === "reference:read") return allow
      if (scope.commune === undefined) return deny("an agency acts on communes, and this target has none")
      const assigned = (context.assignments ?? []).some(
        (a) => a.agency === principal.agency && a.commune === scope.commune,
      )
      return assigned ? allow : deny(`commune ${scope.commune} is not assigned to agency ${principal.agency}`)
    }
    case "commune-official":
      if (action === "reference:read") return allow
      return scope.commune === principal.commune ? allow : deny(`outside commune ${principal.commune}`)
    case "unit-viewer":
      if (action === "reference:read") return allow
      return scopeWithin(scope, principal.unit) ? allow : deny(`outside unit ${principal.unit}`)
  }
}

/**
 * Decides whether `principal` may take `action` on a target located in `scope`.
 * Pure: the facts it depends on (assignments, publication) come in `context`.
 *
 * @example
 * ```ts
 * import { authorize } from "@ntm/core/authz"
 * const official = { role: "commune-official", subject: "u1", province: "10", commune: "02839" } as const
 * authorize(official, "contribution:confirm", { province: "10", commune: "02839" }) // => { _tag: "Allow" }
 * authorize(official, "plan:manage", { province: "10", commune: "02839" }) // => { _tag: "Deny", reason: "role commune-official may not plan:manage" }
 * ```
 */
export const authorize = (
  principal: Principal,
  action: Action,
  scope: Scope,
  context: PolicyContext = {},
): Decision => {
  if (action === "report:read-published") {
    return context.published === true ? allow : deny("the report is not published")
  }
  if (!grants[principal.role].has(action)) return deny(`role ${principal.role} may not ${action}`)
  if (principal.role === "public") return deny("sign in first")
  return inScope(principal, action, scope, context)
}

/**
 * True when the decision allows.
 *
 * @example
 * ```ts
 * import { authorize, isAllowed } from "@ntm/core/authz"
 * isAllowed(authorize({ role: "public" }, "report:read-published", { province: "10" }, { published: true })) // => true
 * ```
 */
export const isAllowed = (d: Decision): d is { readonly _tag: "Allow" } => d._tag === "Allow"
