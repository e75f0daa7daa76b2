/** Test support for the ledger: an app serving the real API on DynamoDB Local, Lào Cai claims and fixtures. */
import { Contributions } from "@ntm/core"
import { laoCai2022PriceList } from "@ntm/core/demo"
import { Schema } from "effect"
import { makeWebHandler } from "../../src/http/app.ts"
import { dynamoLayer } from "../../src/table/Dynamo.ts"
import { call, dynamo } from "./widgets.ts"

export { call, dynamo }

/**
 * The real API (no test routes) on DynamoDB Local. Agencies' assignment facts are read from stored assignments (the
 * default `PolicyFacts`), so an agency test first records an assignment through the assignments endpoint.
 */
export const makeLedgerApp = () => {
  const { endpoint, tableName } = dynamo()
  return makeWebHandler({
    dynamo: dynamoLayer({ endpoint, tableName }),
    logLevel: process.env.LEDGER_LOG === "1" ? "Error" : "None",
  })
}

/** Claims of an agency with a fresh id (assign it to a commune before it may act there). */
export const agencyClaims = (agency: string) => ({
  sub: `l-agency-${agency}`,
  "cognito:groups": "[agency]",
  "custom:province": "10",
  "custom:agency": agency,
})

/**
 * Claims in old Lào Cai (province 10, GSO codes from lao-cai-units.md): Xã Cốc San 02746 and Xã Đồng Tuyển 02662,
 * both in Thành phố Lào Cai (080) in 2022. The agency id and subjects are illustrative.
 */
export const laoCai = {
  admin: { sub: "l-admin", "cognito:groups": "[province-admin]", "custom:province": "10" },
  otherAdmin: { sub: "l-admin-91", "cognito:groups": "[province-admin]", "custom:province": "91" },
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
