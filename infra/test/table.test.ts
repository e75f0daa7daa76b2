/** The table construct matches the shared definition and protects production data. */

import { TableDefinition } from "@ntm/functions/table"
import { App } from "aws-cdk-lib"
import { Match, Template } from "aws-cdk-lib/assertions"
import { describe, expect, it } from "vitest"
import { NtmStack } from "../src/NtmStack.ts"

const synth = (production: boolean) =>
  Template.fromStack(new NtmStack(new App({ builtinCloudFormationValidation: false }), "T", { production }))

describe("NtmTable", () => {
  it("has the keys and indexes of the shared definition, on demand, with PITR and TTL", () => {
    const t = synth(false)
    t.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: TableDefinition.partitionKey, KeyType: "HASH" },
        { AttributeName: TableDefinition.sortKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: TableDefinition.indexes.map((i) =>
        Match.objectLike({
          IndexName: i.name,
          KeySchema: [
            { AttributeName: i.partitionKey, KeyType: "HASH" },
            { AttributeName: i.sortKey, KeyType: "RANGE" },
          ],
        }),
      ),
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    })
  })

  it("production keeps and protects the table; dev does not", () => {
    const prod = synth(true).findResources("AWS::DynamoDB::GlobalTable")
    const [prodTable] = Object.values(prod)
    expect(prodTable?.DeletionPolicy).toBe("Retain")
    expect(prodTable?.Properties.Replicas[0].DeletionProtectionEnabled).toBe(true)
    const [devTable] = Object.values(synth(false).findResources("AWS::DynamoDB::GlobalTable"))
    expect(devTable?.DeletionPolicy).toBe("Delete")
  })
})
