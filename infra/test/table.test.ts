/** The table construct matches the shared definition and protects production data. */

import { TableDefinition } from "@ntm/functions/table"
import { Stack } from "aws-cdk-lib"
import { Match } from "aws-cdk-lib/assertions"
import { Key } from "aws-cdk-lib/aws-kms"
import { describe, expect, it } from "vitest"
import { synth } from "./synth.ts"

const tableOf = (production: boolean) => {
  const [table] = Object.values(synth({ production }).template.findResources("AWS::DynamoDB::GlobalTable"))
  return table
}

describe("NtmTable", () => {
  it("has the keys and indexes of the shared definition, on demand, with PITR and TTL", () => {
    const { template } = synth()
    template.resourceCountIs("AWS::DynamoDB::GlobalTable", 1)
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
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

  it("production keeps and protects the table, with PITR; dev can delete it", () => {
    const prod = tableOf(true)
    expect(prod?.DeletionPolicy).toBe("Retain")
    expect(prod?.UpdateReplacePolicy).toBe("Retain")
    expect(prod?.Properties.Replicas[0].DeletionProtectionEnabled).toBe(true)
    expect(prod?.Properties.Replicas[0].PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true })
    const dev = tableOf(false)
    expect(dev?.DeletionPolicy).toBe("Delete")
    expect(dev?.Properties.Replicas[0].DeletionProtectionEnabled).toBe(false)
  })

  it("production keeps its log groups and protects the stack from termination; dev does neither", () => {
    const prod = synth({ production: true })
    const dev = synth({ production: false })
    const policies = (t: typeof prod.template) =>
      Object.values(t.findResources("AWS::Logs::LogGroup")).map((g) => g.DeletionPolicy)
    expect(policies(prod.template)).toEqual(["Retain", "Retain"])
    expect(policies(dev.template)).toEqual(["Delete", "Delete"])
    expect(prod.stack.terminationProtection).toBe(true)
    expect(dev.stack.terminationProtection).toBe(false)
  })

  it("uses AWS-owned encryption by default and the customer key when given", () => {
    expect(tableOf(false)?.Properties.SSESpecification).toEqual({ SSEEnabled: false })
    const keyArn = "arn:aws:kms:ap-southeast-1:123456789012:key/11111111-2222-3333-4444-555555555555"
    const { template } = synth((app) => ({ encryptionKey: Key.fromKeyArn(new Stack(app, "Keys"), "Key", keyArn) }))
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      SSESpecification: { SSEEnabled: true, SSEType: "KMS" },
      Replicas: [Match.objectLike({ SSESpecification: { KMSMasterKeyId: keyArn } })],
    })
    // the function may use the key, and only that key
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(["kms:Decrypt", "kms:Encrypt"]), Resource: keyArn }),
        ]),
      },
    })
  })
})
