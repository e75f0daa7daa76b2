/** Lambda entry of the whole API (one router): API Gateway HTTP API, payload v2, JWT authorizer on non-public routes. */
import { makeWebHandler } from "../http/app.ts"
import { dynamoFromEnv } from "../table/Dynamo.ts"
import { lambdaAdapter } from "./apigw.ts"

/** Built once per container at module scope: one ManagedRuntime and its DynamoDB client, reused by every request. */
const app = makeWebHandler({ dynamo: dynamoFromEnv() })

/** The Lambda handler (`packages/functions/src/lambda/api.ts` → `handler`). Environment: `TABLE_NAME`. */
export const handler = lambdaAdapter(app.handler)
