import { defineAction, type Problem } from '@c7n-ts/core';
import { perCluster } from './_cluster.js';

export default defineAction({
  type: 'set-logging',
  resources: ['aws.redshift'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['state'],
    properties: {
      state: {
        enum: ['enabled', 'disabled'],
        description: 'Turn audit logging on (EnableLogging) or off (DisableLogging).',
      },
      bucket: {
        type: 'string',
        description: 'S3 bucket receiving the logs; required when `state: enabled`.',
      },
      prefix: { type: 'string', description: 'Key prefix of the log files in the bucket.' },
    },
  } as const,
  permissions: (opts) =>
    opts.state === 'disabled' ? ['redshift:DisableLogging'] : ['redshift:EnableLogging'],
  doc: {
    summary:
      'Turn Redshift audit logging to S3 on (EnableLogging with `bucket` and `prefix`) or off (DisableLogging), one call per cluster.',
    example: '- type: set-logging\n  state: enabled\n  bucket: redshift-logs\n  prefix: audit/',
  },
  messages: { 'bucket-required': '`state: enabled` needs a `bucket`.' },
  check(opts) {
    const problems: Problem[] = [];
    if (opts.state === 'enabled' && opts.bucket === undefined)
      problems.push({
        messageId: 'bucket-required',
        message: '`state: enabled` needs a `bucket`.',
        path: ['state'],
      });
    return problems;
  },
  reads: () => ['ClusterIdentifier'],
  plan: (clusters, opts, ctx) =>
    opts.state === 'enabled'
      ? perCluster(
          clusters,
          'EnableLogging',
          `log to s3://${opts.bucket ?? ''}/${opts.prefix ?? ''} from`,
          ctx.log,
          {
            input: (id) => ({
              ClusterIdentifier: id,
              BucketName: opts.bucket,
              ...(opts.prefix !== undefined && { S3KeyPrefix: opts.prefix }),
            }),
          },
        )
      : perCluster(clusters, 'DisableLogging', 'stop logging of', ctx.log),
});
