/**
 * P4's baseline: a minimal Lambda handler with the raw AWS SDK answering GET /v1/contributions/{id} with the same
 * GetItem the API sends (no Schemas, no policy, no router). Bundled and cold-started beside src/lambda/api.ts.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb"
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb"

const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient(process.env.DYNAMODB_ENDPOINT === undefined ? {} : { endpoint: process.env.DYNAMODB_ENDPOINT }),
)

/** The handler (payload v2). */
export const handler = async (event: { rawPath: string; requestContext: { http: { method: string } } }) => {
  const m = /^\/v1\/contributions\/([^/]+)$/u.exec(event.rawPath)
  if (event.requestContext.http.method !== "GET" || m === null) return { statusCode: 404, body: "" }
  const out = await doc.send(
    new GetCommand({
      TableName: process.env.TABLE_NAME,
      Key: { pk: `CONTRIBUTION#${m[1]}`, sk: "CONTRIBUTION" },
      ConsistentRead: true,
    }),
  )
  return out.Item === undefined
    ? { statusCode: 404, headers: { "content-type": "application/problem+json" }, body: '{"status":404}' }
    : { statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(out.Item.data) }
}
