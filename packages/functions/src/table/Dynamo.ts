/** The table as an Effect service: the document client, the table name, and one `send` that classifies failures. */

import type { DynamoDBClient } from "@aws-sdk/client-dynamodb"
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb"
import { RETRY_AFTER_SECONDS, Unavailable } from "@ntm/api"
import { Context, Data, Effect, Layer } from "effect"
import { makeDocumentClient, makeDynamoClient } from "./client.ts"
import { DEFAULT_TABLE_NAME } from "./definition.ts"
import { isUnavailable } from "./unavailable.ts"

/** A DynamoDB failure that is not throttling: conditions, cancelled transactions, bugs. Callers catch what they expect. */
export class DynamoError extends Data.TaggedError("DynamoError")<{
  readonly name: string
  readonly message: string
  /** `TransactionCanceledException` reasons, one per transaction item, in order. */
  readonly reasons: ReadonlyArray<string | undefined>
  readonly cause: unknown
}> {}

/** The table the repositories use. */
export class Dynamo extends Context.Service<
  Dynamo,
  { readonly doc: DynamoDBDocumentClient; readonly tableName: string }
>()("ntm/Dynamo") {}

/**
 * Sends one command. Throttling, unavailability and network failures become `Unavailable` (503 + Retry-After);
 * other failures become `DynamoError` for the caller to handle or let die (→ 500 with a correlation id).
 *
 * @example
 * send((doc, TableName) => doc.send(new GetCommand({ TableName, Key: { pk, sk } })))
 */
export const send = <O>(run: (doc: DynamoDBDocumentClient, tableName: string) => Promise<O>) =>
  Effect.flatMap(Dynamo, ({ doc, tableName }) =>
    Effect.tryPromise({
      try: () => run(doc, tableName),
      catch: (e): Unavailable | DynamoError =>
        isUnavailable(e)
          ? new Unavailable({ detail: "The database is busy; retry shortly", retryAfterSeconds: RETRY_AFTER_SECONDS })
          : new DynamoError({
              name: (e as { name?: string }).name ?? "Error",
              message: (e as { message?: string }).message ?? String(e),
              reasons: ((e as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? []).map(
                (r) => r.Code,
              ),
              cause: e,
            }),
    }),
  )

/** Options for the live table layer. */
export interface DynamoOptions {
  readonly endpoint?: string | undefined
  readonly region?: string | undefined
  readonly tableName?: string | undefined
  /** Customizes the low-level client (tests use it to inject faults at the SDK boundary). */
  readonly configure?: ((client: DynamoDBClient) => void) | undefined
}

/** The table from explicit options; the client is destroyed when the layer is released. */
export const dynamoLayer = (options: DynamoOptions = {}) =>
  Layer.effect(Dynamo)(
    Effect.acquireRelease(
      Effect.sync(() => {
        const raw = makeDynamoClient({ endpoint: options.endpoint, region: options.region })
        options.configure?.(raw)
        return { raw, doc: makeDocumentClient(raw), tableName: options.tableName ?? DEFAULT_TABLE_NAME }
      }),
      ({ raw }) => Effect.sync(() => raw.destroy()),
    ).pipe(Effect.map(({ doc, tableName }) => ({ doc, tableName }))),
  )

/** The table from the environment: `TABLE_NAME`, and `DYNAMODB_ENDPOINT` for DynamoDB Local. */
export const dynamoFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  dynamoLayer({ endpoint: env.DYNAMODB_ENDPOINT, tableName: env.TABLE_NAME })
