import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

/** c7n only considers instances in these states. */
const STATES = new Set(['running', 'stopped', 'pending', 'stopping']);

type Tag = { Key?: string; Value?: string };
type Alarm = { AlarmActions?: string[] };

export default defineFilter({
  type: 'singleton',
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['cloudwatch:DescribeAlarmsForMetric'],
  doc: {
    summary:
      'Running, pending, stopping or stopped instances that are neither in an auto scaling group (no `aws:autoscaling:groupName` tag) nor watched by a CloudWatch alarm on StatusCheckFailed_System whose action recovers the instance (one DescribeAlarmsForMetric call per instance).',
    example: '- singleton',
  },
  reads: () => ['InstanceId', 'State', 'Tags'],
  compile: () => ({
    kind: 'process',
    async process(instances, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const out = [];
      for (const i of instances) {
        if (!STATES.has(String((i.State as { Name?: string } | undefined)?.Name))) continue;
        const tags = (Array.isArray(i.Tags) ? i.Tags : []) as Tag[];
        // ValueFilter not-null: a present tag with an empty value still counts as absent.
        if (tags.some((t) => t.Key === 'aws:autoscaling:groupName' && t.Value)) continue;
        const res = await p.send(
          'monitoring',
          'DescribeAlarmsForMetric',
          {
            MetricName: 'StatusCheckFailed_System',
            Namespace: 'AWS/EC2',
            Dimensions: [{ Name: 'InstanceId', Value: i.InstanceId }],
          },
          region,
        );
        const alarms = (res.MetricAlarms ?? []) as Alarm[];
        const recovers = alarms.some((a) =>
          (a.AlarmActions ?? []).some((x) => x.startsWith('arn:aws:automate:') && x.endsWith(':ec2:recover')),
        );
        if (!recovers) out.push(i);
      }
      return out;
    },
  }),
});
