import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'retention',
  resources: ['aws.log-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      days: {
        type: 'integer',
        description:
          'Days to keep events (one of the values CloudWatch Logs accepts: 1, 3, 5, 7, 14, 30...).',
      },
    },
  } as const,
  permissions: ['logs:PutRetentionPolicy'],
  doc: {
    summary: 'Set the retention of each log group (PutRetentionPolicy).',
    example: '- type: retention\n  days: 30',
  },
  reads: () => ['logGroupName'],
  plan(groups, opts) {
    return groups.map((g) => ({
      service: 'logs',
      operation: 'PutRetentionPolicy',
      input: { logGroupName: g.logGroupName, retentionInDays: opts.days },
      resourceIds: [String(g.logGroupName)],
      describe: `keep ${String(g.logGroupName)} events ${String(opts.days)} days`,
    }));
  },
});
