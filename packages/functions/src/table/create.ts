/** Creates the table from its definition (local runs and tests; deployments use CDK). */
import { CreateTableCommand, type DynamoDBClient, ResourceInUseException } from "@aws-sdk/client-dynamodb"
import { keyAttributes, TableDefinition } from "./definition.ts"

/** Creates the table if it does not exist. Returns true when it was created now. */
export const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<boolean> => {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: TableDefinition.partitionKey, KeyType: "HASH" },
          { AttributeName: TableDefinition.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: TableDefinition.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      }),
    )
    return true
  } catch (e) {
    if (e instanceof ResourceInUseException) return false
    throw e
  }
}
