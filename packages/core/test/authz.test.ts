/** The authorization policy as a full role × action × scope matrix, plus properties over random principals and scopes. */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type Action,
  type Assignment,
  actions,
  authorize,
  type Principal,
  type Role,
  roles,
  type Scope,
} from "../src/authz/index.ts"

// Illustrative codes only (not real units): province 91 has district 911 with communes 91101, 91102; district 912
// has commune 91201. Province 92 is elsewhere.
const ownCommune: Scope = { province: "91", district: "911", commune: "91101" }
const sameDistrictOtherCommune: Scope = { province: "91", district: "911", commune: "91102" }
const otherDistrictCommune: Scope = { province: "91", district: "912", commune: "91201" }
const provinceLevel: Scope = { province: "91" }
const otherProvince: Scope = { province: "92", district: "921", commune: "92101" }
const scopes = { ownCommune, sameDistrictOtherCommune, otherDistrictCommune, provinceLevel, otherProvince }
type ScopeName = keyof typeof scopes

const principals: Record<Role, Principal> = {
  "province-admin": { role: "province-admin", subject: "admin", province: "91" },
  agency: { role: "agency", subject: "agency-user", province: "91", agency: "AG1" },
  "commune-official": { role: "commune-official", subject: "commune-user", province: "91", commune: "91101" },
  "unit-viewer": { role: "unit-viewer", subject: "viewer", province: "91", unit: "911" },
  public: { role: "public" },
}
/** AG1 is assigned to the own commune only; AG2's assignment elsewhere must not leak to AG1. */
const assignments: ReadonlyArray<Assignment> = [
  { agency: "AG1", commune: "91101" },
  { agency: "AG2", commune: "91201" },
]

const ALL = actions.filter((a) => a !== "report:read-published")
const agencyActs: ReadonlyArray<Action> = [
  "reference:read",
  "read",
  "audit:read",
  "contribution:record",
  "contribution:deliver",
  "contribution:void",
  "activity:record",
]
const communeActs: ReadonlyArray<Action> = [
  "reference:read",
  "read",
  "audit:read",
  "assessment:submit",
  "contribution:confirm",
  "contribution:reject",
  "activity:record",
]
const viewerActs: ReadonlyArray<Action> = ["reference:read", "read", "audit:read"]

/** The expected allowed actions, written out by hand, independently of the implementation. */
const expected: Record<Role, Record<ScopeName, ReadonlyArray<Action>>> = {
  "province-admin": {
    ownCommune: ALL,
    sameDistrictOtherCommune: ALL,
    otherDistrictCommune: ALL,
    provinceLevel: ALL,
    otherProvince: [],
  },
  agency: {
    ownCommune: agencyActs,
    sameDistrictOtherCommune: ["reference:read"],
    otherDistrictCommune: ["reference:read"],
    provinceLevel: ["reference:read"],
    otherProvince: [],
  },
  "commune-official": {
    ownCommune: communeActs,
    sameDistrictOtherCommune: ["reference:read"],
    otherDistrictCommune: ["reference:read"],
    provinceLevel: ["reference:read"],
    otherProvince: [],
  },
  "unit-viewer": {
    ownCommune: viewerActs,
    sameDistrictOtherCommune: viewerActs,
    otherDistrictCommune: ["reference:read"],
    provinceLevel: ["reference:read"],
    otherProvince: [],
  },
  public: {
    ownCommune: [],
    sameDistrictOtherCommune: [],
    otherDistrictCommune: [],
    provinceLevel: [],
    otherProvince: [],
  },
}

describe("authorize — the full role × action × scope matrix", () => {
  for (const role of roles) {
    for (const [scopeName, scope] of Object.entries(scopes) as Array<[ScopeName, Scope]>) {
      it(`${role} on ${scopeName}`, () => {
        const got = actions.filter((a) => a !== "report:read-published")
        for (const action of got) {
          const d = authorize(principals[role], action, scope, { assignments })
          const want = expected[role][scopeName].includes(action)
          expect({ action, allowed: d._tag === "Allow" }).toEqual({ action, allowed: want })
          if (d._tag === "Deny") expect(d.reason.length).toBeGreaterThan(0)
        }
      })
    }
  }

  it("published reports are readable by every role, unpublished ones by none", () => {
    for (const role of roles) {
      for (const scope of Object.values(scopes)) {
        expect(authorize(principals[role], "report:read-published", scope, { published: true })._tag).toBe("Allow")
        expect(authorize(principals[role], "report:read-published", scope, { published: false })._tag).toBe("Deny")
        expect(authorize(principals[role], "report:read-published", scope)._tag).toBe("Deny")
      }
    }
  })

  it("an agency with no assignment facts acts nowhere", () => {
    expect(authorize(principals.agency, "contribution:record", ownCommune)._tag).toBe("Deny")
    expect(authorize(principals.agency, "contribution:record", ownCommune, { assignments: [] })._tag).toBe("Deny")
  })
})

const code = (digits: number) => fc.stringMatching(new RegExp(`^[0-9]{${digits}}$`))
const arbScope: fc.Arbitrary<Scope> = fc.record(
  { province: code(2), district: code(3), commune: code(5) },
  { requiredKeys: ["province"] },
)
const arbPrincipal: fc.Arbitrary<Principal> = fc.oneof(
  fc.record({ role: fc.constant("province-admin" as const), subject: fc.string(), province: code(2) }),
  fc.record({ role: fc.constant("agency" as const), subject: fc.string(), province: code(2), agency: fc.string() }),
  fc.record({
    role: fc.constant("commune-official" as const),
    subject: fc.string(),
    province: code(2),
    commune: code(5),
  }),
  fc.record({
    role: fc.constant("unit-viewer" as const),
    subject: fc.string(),
    province: code(2),
    unit: fc.oneof(code(3), code(5)),
  }),
  fc.constant({ role: "public" as const }),
)
const arbAction = fc.constantFrom(...actions)
const arbAssignments = fc.array(fc.record({ agency: fc.string(), commune: code(5) }), { maxLength: 5 })

/** Whether the principal's own unit covers the scope (for an agency: an assigned commune). */
const covers = (p: Principal, s: Scope, assigned: ReadonlyArray<Assignment>): boolean => {
  switch (p.role) {
    case "province-admin":
      return s.province === p.province
    case "agency":
      return s.province === p.province && assigned.some((a) => a.agency === p.agency && a.commune === s.commune)
    case "commune-official":
      return s.province === p.province && s.commune === p.commune
    case "unit-viewer":
      return s.province === p.province && (s.district === p.unit || s.commune === p.unit)
    case "public":
      return false
  }
}

describe("authorize — properties", () => {
  it("no role other than province-admin acts outside its own unit (except reading reference data in its province)", () => {
    fc.assert(
      fc.property(arbPrincipal, arbAction, arbScope, arbAssignments, (p, action, scope, assigned) => {
        if (action === "report:read-published") return
        const d = authorize(p, action, scope, { assignments: assigned })
        if (d._tag === "Allow" && !covers(p, scope, assigned)) {
          expect(action).toBe("reference:read")
          expect(p.role).not.toBe("public")
          expect(p.role === "public" ? undefined : p.province).toBe(scope.province)
        }
      }),
    )
  })

  it("nothing is allowed in another province, to anyone, except published reports", () => {
    fc.assert(
      fc.property(arbPrincipal, arbAction, arbScope, arbAssignments, (p, action, scope, assigned) => {
        if (action === "report:read-published" || p.role === "public" || p.province === scope.province) return
        expect(authorize(p, action, scope, { assignments: assigned })._tag).toBe("Deny")
      }),
    )
  })

  it("the public is denied everything but published reports", () => {
    fc.assert(
      fc.property(arbAction, arbScope, fc.boolean(), (action, scope, published) => {
        const d = authorize({ role: "public" }, action, scope, { published })
        expect(d._tag === "Allow").toBe(action === "report:read-published" && published)
      }),
    )
  })

  it("more assignment facts never take a permission away (monotone)", () => {
    fc.assert(
      fc.property(arbPrincipal, arbAction, arbScope, arbAssignments, arbAssignments, (p, action, scope, a, b) => {
        if (authorize(p, action, scope, { assignments: a })._tag === "Allow") {
          expect(authorize(p, action, scope, { assignments: [...a, ...b] })._tag).toBe("Allow")
        }
      }),
    )
  })

  it("only province admins may manage assignments, plans, reference data or publish", () => {
    const adminOnly: ReadonlyArray<Action> = ["assignment:manage", "plan:manage", "reference:manage", "report:publish"]
    fc.assert(
      fc.property(arbPrincipal, fc.constantFrom(...adminOnly), arbScope, arbAssignments, (p, action, scope, a) => {
        if (p.role !== "province-admin") expect(authorize(p, action, scope, { assignments: a })._tag).toBe("Deny")
      }),
    )
  })
})
