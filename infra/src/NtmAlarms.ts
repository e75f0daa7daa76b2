/** Operational alarms of the API, all sent to one SNS topic: 5xx rate, Lambda errors/throttles, DynamoDB throttles/system errors, p99 latency. */

import { TableDefinition } from "@ntm/functions/table"
import { Duration } from "aws-cdk-lib"
import type { HttpStage } from "aws-cdk-lib/aws-apigatewayv2"
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch"
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions"
import { Operation, type TableV2 } from "aws-cdk-lib/aws-dynamodb"
import type { IFunction } from "aws-cdk-lib/aws-lambda"
import { Topic } from "aws-cdk-lib/aws-sns"
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions"
import { Construct } from "constructs"

/** Alarm thresholds. These are operational defaults, not programme rules; tune them per deployment. */
export interface NtmAlarmThresholds {
  /** Percentage of requests answered 5xx in a 5-minute window. Default 5. */
  readonly serverErrorRatePercent: number
  /** p99 end-to-end API latency in milliseconds, sustained for 15 minutes. Default 3000. */
  readonly p99LatencyMs: number
}

export const DEFAULT_ALARM_THRESHOLDS: NtmAlarmThresholds = { serverErrorRatePercent: 5, p99LatencyMs: 3000 }

export interface NtmAlarmsProps {
  readonly stage: HttpStage
  readonly handler: IFunction
  readonly table: TableV2
  /** Subscribed to the topic by e-mail when given (the recipient must confirm the subscription). */
  readonly alarmEmail: string | undefined
  readonly thresholds: NtmAlarmThresholds
}

const PERIOD = Duration.minutes(5)

/** Operations whose DynamoDB system errors are watched: the ones the API performs. */
const WATCHED_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.QUERY,
  Operation.BATCH_GET_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
]

/** Sum of several metrics, each missing datapoint counted as 0. */
const sumOf = (metrics: ReadonlyArray<IMetric>, label: string): MathExpression =>
  new MathExpression({
    expression: metrics.map((_, i) => `FILL(m${i}, 0)`).join(" + "),
    usingMetrics: Object.fromEntries(metrics.map((m, i) => [`m${i}`, m])),
    label,
    period: PERIOD,
  })

/** The alarm topic and the alarms that publish to it (on ALARM and on OK). */
export class NtmAlarms extends Construct {
  readonly topic: Topic
  readonly alarms: ReadonlyArray<Alarm>

  constructor(scope: Construct, id: string, props: NtmAlarmsProps) {
    super(scope, id)
    this.topic = new Topic(this, "Topic", { displayName: "NTM API alarms", enforceSSL: true })
    if (props.alarmEmail !== undefined) this.topic.addSubscription(new EmailSubscription(props.alarmEmail))

    const { stage, handler, table, thresholds } = props
    const atLeastOne = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }
    const throttleMetrics = ["ReadThrottleEvents", "WriteThrottleEvents"].flatMap((metricName) => [
      table.metric(metricName, { statistic: "Sum", period: PERIOD }),
      ...TableDefinition.indexes.map(
        (index) =>
          new Metric({
            namespace: "AWS/DynamoDB",
            metricName,
            dimensionsMap: { TableName: table.tableName, GlobalSecondaryIndexName: index.name },
            statistic: "Sum",
            period: PERIOD,
          }),
      ),
    ])

    this.alarms = [
      new Alarm(this, "ServerErrorRate", {
        alarmDescription: `More than ${thresholds.serverErrorRatePercent}% of API requests answered 5xx in 5 minutes`,
        metric: new MathExpression({
          expression: "IF(requests > 0, 100 * errors / requests, 0)",
          usingMetrics: {
            errors: stage.metricServerError({ statistic: "Sum", period: PERIOD }),
            requests: stage.metricCount({ statistic: "Sum", period: PERIOD }),
          },
          label: "5xx rate (%)",
          period: PERIOD,
        }),
        threshold: thresholds.serverErrorRatePercent,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, "LambdaErrors", {
        alarmDescription: "The API function failed (uncaught error, timeout or crash)",
        metric: handler.metricErrors({ statistic: "Sum", period: PERIOD }),
        ...atLeastOne,
      }),
      new Alarm(this, "LambdaThrottles", {
        alarmDescription: "The API function was throttled (reserved or account concurrency exhausted)",
        metric: handler.metricThrottles({ statistic: "Sum", period: PERIOD }),
        ...atLeastOne,
      }),
      new Alarm(this, "DynamoThrottles", {
        alarmDescription: "DynamoDB throttled reads or writes on the table or an index",
        metric: sumOf(throttleMetrics, "DynamoDB throttle events"),
        ...atLeastOne,
      }),
      new Alarm(this, "DynamoSystemErrors", {
        alarmDescription: "DynamoDB answered with system errors (HTTP 500)",
        metric: table.metricSystemErrorsForOperations({ operations: WATCHED_OPERATIONS, period: PERIOD }),
        ...atLeastOne,
      }),
      new Alarm(this, "LatencyP99", {
        alarmDescription: `API p99 latency above ${thresholds.p99LatencyMs} ms for 15 minutes`,
        metric: stage.metricLatency({ statistic: "p99", period: PERIOD }),
        threshold: thresholds.p99LatencyMs,
        evaluationPeriods: 3,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ]
    const action = new SnsAction(this.topic)
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action)
      alarm.addOkAction(action)
    }
  }
}
