import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { partitionOf } from '../../../deploy/names.js';

/** c7n only alarms instances in these states. */
const STATES = new Set(['running', 'stopped', 'pending', 'stopping']);

export default defineAction({
  type: 'autorecover-alarm',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['cloudwatch:PutMetricAlarm'],
  doc: {
    summary:
      'Create (or overwrite) a CloudWatch alarm `recover-<instance id>` that recovers the instance when its system status check fails for two minutes. Instances in an auto scaling group (an `aws:autoscaling:groupName` tag) and terminated ones are skipped.',
    example: '- autorecover-alarm',
  },
  reads: () => ['InstanceId', 'State', 'Tags', 'Placement'],
  plan(resources: Instance[], _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const i of resources) {
      if (!STATES.has(String(i.State?.Name)) || !i.InstanceId) continue;
      // c7n's `empty`: a group tag with an empty value counts as no group.
      if ((i.Tags ?? []).some((t) => t.Key === 'aws:autoscaling:groupName' && t.Value)) continue;
      const zone = i.Placement?.AvailabilityZone ?? '';
      const region = zone.slice(0, -1);
      calls.push({
        service: 'monitoring',
        operation: 'PutMetricAlarm',
        input: {
          AlarmName: `recover-${i.InstanceId}`,
          AlarmDescription: `Auto Recover ${i.InstanceId}`,
          ActionsEnabled: true,
          AlarmActions: [`arn:${partitionOf(ctx.region ?? region)}:automate:${region}:ec2:recover`],
          MetricName: 'StatusCheckFailed_System',
          Namespace: 'AWS/EC2',
          Statistic: 'Minimum',
          Dimensions: [{ Name: 'InstanceId', Value: i.InstanceId }],
          Period: 60,
          EvaluationPeriods: 2,
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
        },
        resourceIds: [i.InstanceId],
        describe: `create alarm recover-${i.InstanceId} (recover on StatusCheckFailed_System)`,
      });
    }
    return calls;
  },
});
