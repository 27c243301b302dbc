import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'put-subscription-filter',
  resources: ['aws.log-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['filter_name', 'destination_arn'],
    properties: {
      filter_name: { type: 'string', description: 'Name of the subscription filter (created or replaced).' },
      filter_pattern: {
        type: 'string',
        default: '',
        description: 'Filter pattern of the events sent; empty sends all.',
      },
      destination_arn: {
        type: 'string',
        description:
          'Where events go: a Kinesis stream, Firehose stream, Lambda function or logs destination ARN.',
      },
      distribution: {
        enum: ['Random', 'ByLogStream'],
        default: 'ByLogStream',
        description: 'How events spread over a Kinesis destination’s shards.',
      },
      role_arn: {
        type: 'string',
        description: 'Role CloudWatch Logs assumes to deliver to the destination.',
      },
    },
  } as const,
  permissions: ['logs:PutSubscriptionFilter'],
  doc: {
    summary: 'Create or replace a subscription filter on each log group (PutSubscriptionFilter).',
    example: [
      '- type: put-subscription-filter',
      '  filter_name: to-forwarder',
      '  filter_pattern: ERROR',
      '  destination_arn: arn:aws:lambda:us-east-1:123456789012:function:forwarder',
    ].join('\n'),
  },
  reads: () => ['logGroupName'],
  plan(groups, opts) {
    const params: Record<string, unknown> = {
      filterName: opts.filter_name,
      filterPattern: opts.filter_pattern ?? '',
      destinationArn: opts.destination_arn,
      distribution: opts.distribution ?? 'ByLogStream',
    };
    if (opts.role_arn) params.roleArn = opts.role_arn;
    return groups.map((g) => ({
      service: 'logs',
      operation: 'PutSubscriptionFilter',
      input: { logGroupName: g.logGroupName, ...params },
      resourceIds: [String(g.logGroupName)],
      describe: `subscribe ${String(g.logGroupName)} to ${opts.destination_arn} (${opts.filter_name})`,
    }));
  },
});
