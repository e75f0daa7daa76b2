/** The JWT claims contract (shared with the Cognito set-up in infra) and how claims become a Principal. */
import type { Principal } from "@ntm/core/authz"

/** Verified JWT claims as API Gateway's JWT authorizer hands them over (values may be strings, numbers or lists). */
export type Claims = Readonly<Record<string, unknown>>

/** Claim names. Groups carry the role; the custom attributes carry the unit the role is bound to. */
export const ClaimNames = {
  subject: "sub",
  groups: "cognito:groups",
  province: "custom:province",
  agency: "custom:agency",
  unit: "custom:unit",
} as const

/** Role precedence when a user is in several groups: the first listed wins. */
const precedence = ["province-admin", "agency", "commune-official", "unit-viewer"] as const

/**
 * The groups claim as a list. API Gateway (payload v2) flattens a list claim into the string `"[a b]"`;
 * a JSON list, a comma-separated string or a single name are accepted too.
 */
export const groupsOf = (value: unknown): Array<string> => {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string")
  if (typeof value !== "string") return []
  const s = value.trim()
  const inner = s.startsWith("[") && s.endsWith("]") ? s.slice(1, -1) : s
  return inner
    .split(/[\s,]+/u)
    .map((g) => g.replace(/^"|"$/gu, ""))
    .filter((g) => g.length > 0)
}

const str = (claims: Claims, name: string): string | undefined => {
  const v = claims[name]
  return typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : undefined
}

/** The outcome of reading claims: a principal, or why the token cannot act (→ 403). */
export type ClaimsResult =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly reason: string }

/**
 * Builds the principal from verified claims. Missing claims → `public` is NOT assumed: a signed-in user without an
 * NTM group or without the unit its role needs gets `ok: false` (403), never more rights than its token states.
 *
 * @example
 * principalFromClaims({ sub: "u1", "cognito:groups": "[commune-official]", "custom:province": "10", "custom:unit": "02839" })
 * // → { ok: true, principal: { role: "commune-official", subject: "u1", province: "10", commune: "02839" } }
 */
export const principalFromClaims = (claims: Claims): ClaimsResult => {
  const subject = str(claims, ClaimNames.subject)
  if (subject === undefined) return { ok: false, reason: "the token has no subject" }
  const groups = groupsOf(claims[ClaimNames.groups])
  const role = precedence.find((r) => groups.includes(r))
  if (role === undefined) return { ok: false, reason: `the token carries none of the groups ${precedence.join(", ")}` }
  const province = str(claims, ClaimNames.province)
  if (province === undefined) return { ok: false, reason: `role ${role} needs ${ClaimNames.province}` }
  switch (role) {
    case "province-admin":
      return { ok: true, principal: { role, subject, province } }
    case "agency": {
      const agency = str(claims, ClaimNames.agency)
      return agency === undefined
        ? { ok: false, reason: `role agency needs ${ClaimNames.agency}` }
        : { ok: true, principal: { role, subject, province, agency } }
    }
    case "commune-official": {
      const commune = str(claims, ClaimNames.unit)
      return commune === undefined
        ? { ok: false, reason: `role commune-official needs ${ClaimNames.unit}` }
        : { ok: true, principal: { role, subject, province, commune } }
    }
    case "unit-viewer": {
      const unit = str(claims, ClaimNames.unit)
      return unit === undefined
        ? { ok: false, reason: `role unit-viewer needs ${ClaimNames.unit}` }
        : { ok: true, principal: { role, subject, province, unit } }
    }
  }
}
