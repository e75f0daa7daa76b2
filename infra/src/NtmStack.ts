/** The deployable stack: what an operator gets from `cdk deploy`. */
import { Stack, type StackProps } from "aws-cdk-lib"
import type { Construct } from "constructs"
import { NtmTable } from "./NtmTable.ts"

export interface NtmStackProps extends StackProps {
  readonly production: boolean
}

export class NtmStack extends Stack {
  readonly data: NtmTable

  constructor(scope: Construct, id: string, props: NtmStackProps) {
    super(scope, id, props)
    this.data = new NtmTable(this, "Data", { production: props.production })
  }
}
