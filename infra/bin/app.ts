/** CDK app entry: `pnpm --filter @ntm/infra synth`. The stage comes from the `stage` context (default "dev"). */
import { App } from "aws-cdk-lib"
import { NtmStack } from "../src/NtmStack.ts"

const app = new App()
const stage = String(app.node.tryGetContext("stage") ?? "dev")
new NtmStack(app, `Ntm-${stage}`, { production: stage === "prod" })
app.synth()
