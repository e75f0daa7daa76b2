/** Least-privilege DynamoDB access for the API function: only the item actions the repositories use, only on this table. */
import { TableDefinition } from "@ntm/functions/table"
import type { TableV2 } from "aws-cdk-lib/aws-dynamodb"
import { type IGrantable, PolicyStatement } from "aws-cdk-lib/aws-iam"

/**
 * Item-level actions on the base table. `TransactWriteItems` and `TransactGetItems` are not IAM actions: DynamoDB
 * authorises each element of a transaction by its underlying action (PutItem, UpdateItem, DeleteItem, GetItem,
 * ConditionCheckItem), see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html.
 * No Scan, no table management, no wildcards.
 */
export const TABLE_ACTIONS: ReadonlyArray<string> = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
  "dynamodb:BatchGetItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
]

/** Global secondary indexes can only be queried. */
export const INDEX_ACTIONS: ReadonlyArray<string> = ["dynamodb:Query"]

/** What reading and writing items of a table encrypted with a customer key needs from that key. */
export const KEY_ACTIONS: ReadonlyArray<string> = [
  "kms:Decrypt",
  "kms:Encrypt",
  "kms:ReEncrypt*",
  "kms:GenerateDataKey*",
]

/** The ARN of each index named in the shared table definition (no `index/*` wildcard). */
export const indexArns = (table: TableV2): ReadonlyArray<string> =>
  TableDefinition.indexes.map((index) => `${table.tableArn}/index/${index.name}`)

/**
 * Grants `grantee` the item actions on the table and Query on each index, and nothing else; with a customer
 * KMS key, also encrypt/decrypt with that key (DynamoDB needs it to read and write the items).
 */
export const grantTableAccess = (table: TableV2, grantee: IGrantable): void => {
  const statements = [
    new PolicyStatement({ sid: "TableItems", actions: [...TABLE_ACTIONS], resources: [table.tableArn] }),
    new PolicyStatement({ sid: "IndexQueries", actions: [...INDEX_ACTIONS], resources: [...indexArns(table)] }),
  ]
  if (table.encryptionKey !== undefined) {
    // Named explicitly: the key's own grant falls back to `Resource: "*"` when the key lives in another stack.
    statements.push(
      new PolicyStatement({ sid: "TableKey", actions: [...KEY_ACTIONS], resources: [table.encryptionKey.keyArn] }),
    )
  }
  for (const statement of statements) grantee.grantPrincipal.addToPrincipalPolicy(statement)
}
