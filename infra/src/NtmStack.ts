/** The deployable stack: what an operator gets from `cdk deploy` — one NtmApi and its outputs. */
import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib"
import type { Construct } from "constructs"
import { NtmApi, type NtmApiProps } from "./NtmApi.ts"

export interface NtmStackProps extends StackProps {
  readonly api: NtmApiProps
}

/**
 * One province's API in one stage, with the values an operator needs printed as outputs. A production stack has
 * termination protection unless `terminationProtection` says otherwise.
 */
export class NtmStack extends Stack {
  readonly api: NtmApi

  constructor(scope: Construct, id: string, props: NtmStackProps) {
    super(scope, id, { terminationProtection: props.api.production, ...props })
    this.api = new NtmApi(this, "Ntm", props.api)
    new CfnOutput(this, "ApiUrl", { value: this.api.url, description: "Base URL of the API" })
    new CfnOutput(this, "TableName", { value: this.api.table.tableName, description: "DynamoDB table" })
    new CfnOutput(this, "AlarmTopicArn", {
      value: this.api.alarmTopic.topicArn,
      description: "SNS topic of the alarms",
    })
    if (this.api.userPool !== undefined && this.api.userPoolClient !== undefined) {
      new CfnOutput(this, "UserPoolId", { value: this.api.userPool.userPoolId, description: "Cognito user pool" })
      new CfnOutput(this, "UserPoolClientId", {
        value: this.api.userPoolClient.userPoolClientId,
        description: "Web dashboard app client (no secret, PKCE)",
      })
    }
    if (this.api.domainName !== undefined) {
      new CfnOutput(this, "CustomDomainTarget", {
        value: this.api.domainName.regionalDomainName,
        description: "Point the custom domain's CNAME (or alias) here",
      })
    }
  }
}
