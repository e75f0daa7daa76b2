/** Builds the DynamoDB clients: the real service in AWS, or DynamoDB Local when an endpoint is given. */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb"
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb"

export interface ClientOptions {
  /** DynamoDB Local's URL; absent in AWS. */
  readonly endpoint?: string | undefined
  readonly region?: string | undefined
}

/** Region used with DynamoDB Local (it runs with `-sharedDb`, so the region does not partition tables). */
export const LOCAL_REGION = "local"

/** A low-level client. Against DynamoDB Local it uses dummy credentials, which Local accepts. */
export const makeDynamoClient = (options: ClientOptions = {}): DynamoDBClient =>
  options.endpoint === undefined
    ? new DynamoDBClient(options.region === undefined ? {} : { region: options.region })
    : new DynamoDBClient({
        endpoint: options.endpoint,
        region: options.region ?? LOCAL_REGION,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      })

/** The document client: plain JS values in and out; `bigint` is never stored (money is a decimal string). */
export const makeDocumentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  })
