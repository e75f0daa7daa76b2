/** Test support for the ledger: an app serving the real API on DynamoDB Local, Lào Cai claims and fixtures. */

import { RequestAuth } from "@ntm/api"
import { Contributions } from "@ntm/core"
import { laoCai2022PriceList } from "@ntm/core/demo"
import { Context, Schema } from "effect"
import { expect } from "vitest"
import { makeWebHandler, type WebHandler } from "../../src/http/app.ts"
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

/** A cash line (no price list needed) to Xã Cốc San 02746, delivered; `over` replaces fields. */
export const cashLine = (provider: Record<string, unknown>, amount: string, over: Record<string, unknown> = {}) => ({
  provider,
  commune: "02746",
  date: "2024-04-01",
  programme: "ntm",
  category: "cash",
  item: "tien-mat",
  quantity: amount,
  unit: "dong",
  status: "delivered",
  ...over,
})

/** Fetches `path` as an XLSX and checks it is one (content type, zip signature). */
export const expectXlsx = async (app: { handler: WebHandler }, path: string, claims: Record<string, unknown>) => {
  const xlsx = await app.handler(new Request(`http://test.local${path}`), Context.make(RequestAuth, { claims }))
  expect(xlsx.status).toBe(200)
  expect(xlsx.headers.get("content-type")).toContain("spreadsheetml")
  const bytes = new Uint8Array(await xlsx.arrayBuffer())
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK")
}
