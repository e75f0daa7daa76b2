/** Who is asking: the roles of the NTM toolkit and the unit each role is bound to. */

/**
 * A role (vai trò). Province admin = Sở / Văn phòng điều phối NTM tỉnh; agency = sở, ngành được phân công
 * giúp xã (provincial agency); commune official = cán bộ UBND xã; unit viewer = huyện / phường xem số liệu;
 * public = anyone without a token.
 */
export type Role = "province-admin" | "agency" | "commune-official" | "unit-viewer" | "public"

/** Every role, in order of reach. */
export const roles: ReadonlyArray<Role> = ["province-admin", "agency", "commune-official", "unit-viewer", "public"]

/** Every role a signed-in user can hold (the Cognito group names). */
export const signedInRoles: ReadonlyArray<Exclude<Role, "public">> = [
  "province-admin",
  "agency",
  "commune-official",
  "unit-viewer",
]

/** A province administrator (quản trị tỉnh): everything in its province. */
export interface ProvinceAdmin {
  readonly role: "province-admin"
  readonly subject: string
  /** Province code (2 digits). */
  readonly province: string
}

/** A provincial agency (sở, ngành): acts in the communes it is assigned to. */
export interface Agency {
  readonly role: "agency"
  readonly subject: string
  readonly province: string
  /** Agency id, matched against assignment facts. */
  readonly agency: string
}

/** A commune official (cán bộ xã): its own commune. */
export interface CommuneOfficial {
  readonly role: "commune-official"
  readonly subject: string
  readonly province: string
  /** Commune code (5 digits). */
  readonly commune: string
}

/** A district or ward viewer (huyện / phường): reads within its unit. */
export interface UnitViewer {
  readonly role: "unit-viewer"
  readonly subject: string
  readonly province: string
  /** District (3 digits) or ward / commune (5 digits) code. */
  readonly unit: string
}

/** Anyone without a verified token. */
export interface Public {
  readonly role: "public"
}

/** A verified caller. */
export type Principal = ProvinceAdmin | Agency | CommuneOfficial | UnitViewer | Public

/** The anonymous principal. */
export const anonymous: Public = { role: "public" }

/**
 * The subject to record in audit trails: the token subject, or `"public"`.
 *
 * @example
 * ```ts
 * import { anonymous, subjectOf } from "@ntm/core/authz"
 * subjectOf({ role: "agency", subject: "user-7", province: "10", agency: "sbv-lao-cai" }) // => "user-7"
 * subjectOf(anonymous) // => "public"
 * ```
 */
export const subjectOf = (p: Principal): string => (p.role === "public" ? "public" : p.subject)
