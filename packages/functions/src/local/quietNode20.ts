/** Imported first by local entry points: silences the AWS SDK's Node 20 end-of-support notice (see docs/architecture.md). */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true"
