/** The real API (no test-only routes) on DynamoDB Local, with the policy facts read from stored assignments. */
import { makeWebHandler } from "../../src/http/app.ts"
import { demoPacks } from "../../src/local/seed.ts"
import { fixedClock } from "../../src/services/Clock.ts"
import { makeDynamoClient } from "../../src/table/client.ts"
import { ensureTable } from "../../src/table/create.ts"
import { dynamoLayer } from "../../src/table/Dynamo.ts"
import { dynamo } from "./widgets.ts"

/** An app serving `Api` exactly as deployed, on the test table. */
export const makeApiApp = () => {
  const { endpoint, tableName } = dynamo()
  return makeWebHandler({ dynamo: dynamoLayer({ endpoint, tableName }), logLevel: "None" })
}

/** Claims in Lào Cai (GSO province 10): Thành phố Lào Cai is district 080; xã Cốc San 02746 lies in it. */
export const laoCai = {
  admin: { sub: "lc-admin", "cognito:groups": "[province-admin]", "custom:province": "10" },
  viewer: { sub: "lc-viewer", "cognito:groups": "[unit-viewer]", "custom:province": "10", "custom:unit": "080" },
  official: {
    sub: "lc-commune",
    "cognito:groups": "[commune-official]",
    "custom:province": "10",
    "custom:unit": "02746",
  },
} as const

/**
 * The real API on its own fresh table (created by `ready()`), so a test file can assert exact figures that other
 * files' writes to the shared table would disturb. `localMode` as `makeWebHandler` takes it (the demo packs are
 * always handed over as `localPacks`, so a test with local mode off checks they are still not served); `now` fixes
 * the clock.
 */
export const makeOwnTableApp = (name: string, options: { localMode?: boolean; now?: number } = {}) => {
  const { endpoint } = dynamo()
  const tableName = `ntm-${name}-${process.pid}`
  const client = makeDynamoClient({ endpoint })
  const app = makeWebHandler({
    dynamo: dynamoLayer({ endpoint, tableName }),
    logLevel: "None",
    localPacks: demoPacks,
    ...(options.localMode === undefined ? {} : { localMode: options.localMode }),
    ...(options.now === undefined ? {} : { clock: fixedClock(options.now) }),
  })
  return {
    ...app,
    ready: () => ensureTable(client, tableName),
    dispose: async () => {
      await app.dispose()
      client.destroy()
    },
  }
}
