/**
 * CDK app entry: `pnpm --filter @ntm/infra synth` / `deploy`. Settings come from CDK context, e.g.
 * `-c stage=prod -c province=15 -c alarmEmail=ops@example.vn`; see `src/config.ts` for every key.
 */
import { App } from "aws-cdk-lib"
import { stackConfigFromContext } from "../src/config.ts"
import { NtmStack } from "../src/NtmStack.ts"

const app = new App()
const config = stackConfigFromContext((key) => app.node.tryGetContext(key))
const account = process.env.CDK_DEFAULT_ACCOUNT
const region = process.env.CDK_DEFAULT_REGION
new NtmStack(app, config.stackName, {
  api: config.api,
  ...(config.web === undefined ? {} : { web: config.web }),
  description: `NTM toolkit API${config.web === undefined ? "" : " and dashboard"}, province ${config.api.provinceCode}, stage ${config.stage}`,
  tags: { project: "ntm-toolkit", stage: config.stage, province: config.api.provinceCode },
  ...(account !== undefined && region !== undefined ? { env: { account, region } } : {}),
})
app.synth()
