/** Test support for the ledger: an app serving the real API on DynamoDB Local, Lào Cai claims and fixtures. */
import { Contributions } from "@ntm/core"
import { laoCai2022PriceList } from "@ntm/core/demo"
import { Effect, Schema } from "effect"
import { makeWebHandler } from "../../src/http/app.ts"
import { dynamoLayer } from "../../src/table/Dynamo.ts"
import { call, dynamo } from "./widgets.ts"

export { call, dynamo }

/**
 * The real API (no test routes) on DynamoDB Local. The agency's assignment facts are a fixed table passed through
 * `makeWebHandler({ policyFacts })` — the documented seam until the assignments module provides the lookup:
 * agency AG1 helps Xã Cốc San (02746) only.
 */
export const makeLedgerApp = () => {
  const { endpoint, tableName } = dynamo()
  return makeWebHandler({
    dynamo: dynamoLayer({ endpoint, tableName }),
    policyFacts: {
      assignmentsOf: (agency: string) => Effect.succeed(agency === "AG1" ? [{ agency: "AG1", commune: "02746" }] : []),
    },
    logLevel: process.env.LEDGER_LOG === "1" ? "Error" : "None",
  })
}

/**
 * Claims in old Lào Cai (province 10, GSO codes from lao-cai-units.md): Xã Cốc San 02746 and Xã Đồng Tuyển 02662,
 * both in Thành phố Lào Cai (080) in 2022. The agency id and subjects are illustrative.
 */
export const laoCai = {
  admin: { sub: "l-admin", "cognito:groups": "[province-admin]", "custom:province": "10" },
  otherAdmin: { sub: "l-admin-91", "cognito:groups": "[province-admin]", "custom:province": "91" },
  agency: { sub: "l-agency", "cognito:groups": "[agency]", "custom:province": "10", "custom:agency": "AG1" },
  coSan: { sub: "l-cocsan", "cognito:groups": "[commune-official]", "custom:province": "10", "custom:unit": "02746" },
  dongTuyen: {
    sub: "l-dongtuyen",
    "cognito:groups": "[commune-official]",
    "custom:province": "10",
    "custom:unit": "02662",
  },
  cityViewer: { sub: "l-viewer", "cognito:groups": "[unit-viewer]", "custom:province": "10", "custom:unit": "080" },
} as const

/** The ILLUSTRATIVE 2022 demo price entries (assumptions, not official prices), as JSON. */
export const demoEntries = Schema.encodeSync(Contributions.PriceList.PriceList)(laoCai2022PriceList).entries

/** The body that records the demo list as province 10's list in force from 2022-01-01. */
export const laoCai2022ListBody = {
  province: "10",
  name: laoCai2022PriceList.name,
  effectiveFrom: "2022-01-01",
  rounding: "half-up",
  tolerancePercent: 20,
  entries: demoEntries,
}
