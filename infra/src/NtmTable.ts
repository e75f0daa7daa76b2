/** The DynamoDB table construct, built from the same definition the API and the local runs use. */

import { TableDefinition } from "@ntm/functions/table"
import { RemovalPolicy } from "aws-cdk-lib"
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from "aws-cdk-lib/aws-dynamodb"
import type { IKey } from "aws-cdk-lib/aws-kms"
import { Construct } from "constructs"

export interface NtmTableProps {
  /** Production stages keep the table on stack deletion and refuse to delete it. */
  readonly production: boolean
  /** A customer-managed KMS key; AWS-owned encryption when absent. */
  readonly encryptionKey?: IKey | undefined
}

/** On-demand table with the keys and indexes of `docs/data-model.md`, point-in-time recovery, and TTL for idempotency records. */
export class NtmTable extends Construct {
  readonly table: TableV2

  constructor(scope: Construct, id: string, props: NtmTableProps) {
    super(scope, id)
    const key = (name: string) => ({ name, type: AttributeType.STRING })
    this.table = new TableV2(this, "Table", {
      partitionKey: key(TableDefinition.partitionKey),
      sortKey: key(TableDefinition.sortKey),
      billing: Billing.onDemand(),
      globalSecondaryIndexes: TableDefinition.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
      })),
      timeToLiveAttribute: TableDefinition.timeToLiveAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.production,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      encryption:
        props.encryptionKey === undefined
          ? TableEncryptionV2.dynamoOwnedKey()
          : TableEncryptionV2.customerManagedKey(props.encryptionKey),
    })
  }
}
