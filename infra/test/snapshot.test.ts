/** A snapshot of the full production template (every option on), with asset hashes normalised. */

import { Stack } from "aws-cdk-lib"
import { Key } from "aws-cdk-lib/aws-kms"
import { describe, expect, it } from "vitest"
import { synth } from "./synth.ts"

/** Asset hashes change with any byte of the bundled code; the snapshot is about the infrastructure. */
const normalise = (template: unknown): unknown =>
  JSON.parse(JSON.stringify(template).replace(/[0-9a-f]{64}/gu, "<asset-hash>"))

describe("template snapshot", () => {
  it("production, Cognito, custom domain, alarms e-mail, CORS, tracing, reserved concurrency, customer key, dashboard", () => {
    const web = {
      customDomain: {
        domainName: "ntm.example.vn",
        certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/web",
      },
    }
    const { template } = synth(
      (app) => ({
        production: true,
        customDomain: {
          domainName: "api.ntm.example.vn",
          certificateArn: "arn:aws:acm:ap-southeast-1:123456789012:certificate/abc",
        },
        alarmEmail: "ops@example.vn",
        corsOrigins: ["https://ntm.example.vn"],
        tracing: true,
        reservedConcurrency: 20,
        encryptionKey: Key.fromKeyArn(
          new Stack(app, "Keys"),
          "Key",
          "arn:aws:kms:ap-southeast-1:123456789012:key/11111111-2222-3333-4444-555555555555",
        ),
        auth: { kind: "cognito", callbackUrls: ["https://ntm.example.vn/"], domainPrefix: "ntm-lao-cai" },
      }),
      { web },
    )
    expect(normalise(template.toJSON())).toMatchSnapshot()
  })
})
