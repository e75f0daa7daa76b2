/** The table on real DynamoDB Local: a round trip, an index query, and an all-or-nothing transaction. */
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb"
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb"
import { afterAll, describe, expect, inject, it } from "vitest"
import { makeDocumentClient, makeDynamoClient } from "../src/table/client.ts"

const { endpoint, tableName } = inject("dynamo")
const raw = makeDynamoClient({ endpoint })
const doc = makeDocumentClient(raw)
afterAll(() => raw.destroy())

describe("the NTM table on DynamoDB Local", () => {
  it("stores and reads back an item, and finds it through gsi1", async () => {
    const item = { pk: "T#roundtrip", sk: "A", gsi1pk: "G#roundtrip", gsi1sk: "2022-01-01", amount: "16493820000" }
    await doc.send(new PutCommand({ TableName: tableName, Item: item }))
    const got = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: item.pk, sk: item.sk } }))
    expect(got.Item).toEqual(item)
    const q = await doc.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: { ":p": "G#roundtrip" },
      }),
    )
    expect(q.Items).toEqual([item])
  })

  it("a transaction with one failing condition writes nothing", async () => {
    await doc.send(new PutCommand({ TableName: tableName, Item: { pk: "T#tx", sk: "existing", version: 1 } }))
    const attempt = doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: { pk: "T#tx", sk: "new" } } },
          {
            Update: {
              TableName: tableName,
              Key: { pk: "T#tx", sk: "existing" },
              UpdateExpression: "SET version = :next",
              ConditionExpression: "version = :expected",
              ExpressionAttributeValues: { ":next": 3, ":expected": 2 },
            },
          },
        ],
      }),
    )
    await expect(attempt).rejects.toBeInstanceOf(TransactionCanceledException)
    const added = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: "T#tx", sk: "new" } }))
    expect(added.Item).toBeUndefined()
    const kept = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: "T#tx", sk: "existing" } }))
    expect(kept.Item?.version).toBe(1)
  })
})
