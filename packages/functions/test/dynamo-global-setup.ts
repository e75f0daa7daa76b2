/** Vitest global setup for the functions project: one in-memory DynamoDB Local per run, stopped at teardown. */
import type { TestProject } from "vitest/node"
import { startDynamoLocal } from "../src/local/dynamoLocal.ts"
import { makeDynamoClient } from "../src/table/client.ts"
import { ensureTable } from "../src/table/create.ts"
import { DEFAULT_TABLE_NAME } from "../src/table/definition.ts"

declare module "vitest" {
  export interface ProvidedContext {
    dynamo: { endpoint: string; tableName: string }
  }
}

export default async function setup(project: TestProject) {
  const local = await startDynamoLocal()
  const client = makeDynamoClient({ endpoint: local.endpoint })
  try {
    await ensureTable(client, DEFAULT_TABLE_NAME)
  } catch (e) {
    await local.stop()
    throw e
  } finally {
    client.destroy()
  }
  project.provide("dynamo", { endpoint: local.endpoint, tableName: DEFAULT_TABLE_NAME })
  return async () => {
    await local.stop()
  }
}
