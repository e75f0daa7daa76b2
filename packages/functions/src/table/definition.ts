/** The one DynamoDB table: its keys and indexes, as plain data shared by the repositories, local runs, tests and CDK. */

/**
 * Single-table design. Every item has `pk`/`sk`; entities that need other access patterns fill the
 * overloaded index keys. `docs/data-model.md` lists every access pattern and the key it uses.
 */
export const TableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  indexes: [
    { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    { name: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
  ],
  /** Epoch seconds; set only on idempotency records, which DynamoDB then expires. */
  timeToLiveAttribute: "expiresAt",
} as const

/** Default table name for local runs and tests; deployments pass their own through `TABLE_NAME`. */
export const DEFAULT_TABLE_NAME = "ntm"

/** Every key attribute name (all strings). */
export const keyAttributes: ReadonlyArray<string> = [
  TableDefinition.partitionKey,
  TableDefinition.sortKey,
  ...TableDefinition.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
]
