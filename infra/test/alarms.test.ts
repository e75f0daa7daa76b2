/** Alarms: 5xx rate, Lambda errors and throttles, DynamoDB throttles and system errors, p99 latency — all to the topic. */
import { TableDefinition } from "@ntm/functions/table"
import { Match } from "aws-cdk-lib/assertions"
import { describe, expect, it } from "vitest"
import { synth } from "./synth.ts"

type MetricQuery = { Expression?: string; MetricStat?: { Metric: { MetricName: string; Dimensions: unknown[] } } }
type Alarm = {
  Properties: Record<string, unknown> & { MetricName?: string; Metrics?: MetricQuery[]; AlarmDescription?: string }
}

const alarmsOf = (overrides = {}) =>
  Object.values(synth(overrides).template.findResources("AWS::CloudWatch::Alarm")) as Alarm[]
const metricNames = (alarm: Alarm): string[] =>
  alarm.Properties.MetricName !== undefined
    ? [alarm.Properties.MetricName]
    : (alarm.Properties.Metrics ?? []).flatMap((m) =>
        m.MetricStat === undefined ? [] : [m.MetricStat.Metric.MetricName],
      )
const byDescription = (alarms: Alarm[], text: string) => {
  const found = alarms.filter((a) => String(a.Properties.AlarmDescription).includes(text))
  expect(found).toHaveLength(1)
  return found[0] as Alarm
}

describe("alarms", () => {
  it("every alarm notifies the one SNS topic on ALARM and on OK", () => {
    const { template } = synth()
    template.resourceCountIs("AWS::SNS::Topic", 1)
    const [topicId] = Object.keys(template.findResources("AWS::SNS::Topic"))
    const alarms = Object.values(template.findResources("AWS::CloudWatch::Alarm")) as Alarm[]
    expect(alarms).toHaveLength(6)
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }])
      expect(alarm.Properties.OKActions).toEqual([{ Ref: topicId }])
      expect(alarm.Properties.TreatMissingData).toBe("notBreaching")
    }
  })

  it("watches the API 5xx rate as a percentage of requests", () => {
    const alarm = byDescription(alarmsOf({ alarmThresholds: { serverErrorRatePercent: 2 } }), "5xx")
    expect(alarm.Properties.Threshold).toBe(2)
    expect(metricNames(alarm).sort()).toEqual(["5xx", "Count"])
    expect(alarm.Properties.Metrics).toEqual(
      expect.arrayContaining([expect.objectContaining({ Expression: "IF(requests > 0, 100 * errors / requests, 0)" })]),
    )
  })

  it("watches Lambda errors and throttles from the first occurrence", () => {
    const alarms = alarmsOf()
    for (const [text, metric] of [
      ["function failed", "Errors"],
      ["function was throttled", "Throttles"],
    ] as const) {
      const alarm = byDescription(alarms, text)
      expect(alarm.Properties).toMatchObject({
        MetricName: metric,
        Namespace: "AWS/Lambda",
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      })
    }
  })

  it("watches DynamoDB read/write throttles on the table and every index, and system errors", () => {
    const alarms = alarmsOf()
    const throttles = byDescription(alarms, "throttled reads or writes")
    const dims = (throttles.Properties.Metrics ?? [])
      .flatMap((m) => (m.MetricStat === undefined ? [] : [m.MetricStat.Metric.Dimensions]))
      .map((d) => JSON.stringify(d))
    expect(dims).toHaveLength(2 * (1 + TableDefinition.indexes.length))
    for (const index of TableDefinition.indexes) {
      expect(dims.filter((d) => d.includes(`"${index.name}"`))).toHaveLength(2)
    }
    expect(new Set(metricNames(throttles))).toEqual(new Set(["ReadThrottleEvents", "WriteThrottleEvents"]))
    const systemErrors = byDescription(alarms, "system errors")
    expect(new Set(metricNames(systemErrors))).toEqual(new Set(["SystemErrors"]))
  })

  it("watches p99 latency over three 5-minute periods", () => {
    const alarm = byDescription(alarmsOf({ alarmThresholds: { p99LatencyMs: 1500 } }), "p99")
    expect(alarm.Properties).toMatchObject({
      MetricName: "Latency",
      Namespace: "AWS/ApiGateway",
      ExtendedStatistic: "p99",
      Threshold: 1500,
      EvaluationPeriods: 3,
      Period: 300,
    })
  })

  it("subscribes the alarm e-mail when given", () => {
    const { template } = synth({ alarmEmail: "ops@example.vn" })
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.vn",
      TopicArn: { Ref: Match.stringLikeRegexp("^NtmAlarmsTopic") },
    })
    synth().template.resourceCountIs("AWS::SNS::Subscription", 0)
  })
})
