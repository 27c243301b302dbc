import { defineAction } from '@c7n-ts/core';

/** A bucket (and key prefix) receiving log objects. */
const s3Config = (description: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['bucketName'],
    description,
    properties: {
      bucketName: { type: 'string', description: 'The S3 bucket.' },
      keyPrefix: { type: 'string', description: 'Prefix of the log object keys.' },
    },
  }) as const;

const delivery = (what: string) => ({ type: 'boolean', description: `Log ${what} data.` }) as const;

export default defineAction({
  type: 'set-bedrock-model-invocation-logging',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        description:
          'true: put `loggingConfig` as the configuration; false or absent: delete the configuration, as in Cloud Custodian.',
      },
      loggingConfig: {
        type: 'object',
        additionalProperties: false,
        description:
          "The configuration put with `enabled: true` (Bedrock's LoggingConfig, validated against the SDK's PutModelInvocationLoggingConfiguration shape as Cloud Custodian does).",
        properties: {
          cloudWatchConfig: {
            type: 'object',
            additionalProperties: false,
            required: ['logGroupName', 'roleArn'],
            description: 'Deliver logs to a CloudWatch Logs group.',
            properties: {
              logGroupName: { type: 'string', description: 'The log group.' },
              roleArn: { type: 'string', description: 'Role Bedrock assumes to write to the group.' },
              largeDataDeliveryS3Config: s3Config('Where data too large for CloudWatch Logs goes.'),
            },
          },
          s3Config: s3Config('Deliver logs to an S3 bucket.'),
          textDataDeliveryEnabled: delivery('text'),
          imageDataDeliveryEnabled: delivery('image'),
          embeddingDataDeliveryEnabled: delivery('embedding'),
          videoDataDeliveryEnabled: delivery('video'),
          audioDataDeliveryEnabled: delivery('audio'),
        },
      },
    },
  } as const,
  permissions: [
    'bedrock:PutModelInvocationLoggingConfiguration',
    'bedrock:DeleteModelInvocationLoggingConfiguration',
  ],
  messages: { 'needs-logging-config': '`enabled: true` needs `loggingConfig`.' },
  doc: {
    summary:
      "Set the region's Bedrock model invocation logging: with `enabled: true`, PutModelInvocationLoggingConfiguration with `loggingConfig`; otherwise DeleteModelInvocationLoggingConfiguration (Cloud Custodian deletes when `enabled` is false or absent).",
    example: [
      '- type: set-bedrock-model-invocation-logging',
      '  enabled: true',
      '  loggingConfig:',
      '    textDataDeliveryEnabled: true',
      '    s3Config:',
      '      bucketName: bedrock-logs',
      '      keyPrefix: logging/',
    ].join('\n'),
  },
  // c7n validates the request shape, whose loggingConfig is required, only when enabled.
  check: (opts) =>
    opts.enabled && opts.loggingConfig === undefined
      ? [
          {
            messageId: 'needs-logging-config',
            message: '`enabled: true` needs `loggingConfig`.',
            path: ['enabled'],
          },
        ]
      : [],
  reads: () => [],
  plan(accounts, opts) {
    if (!accounts.length) return [];
    const resourceIds = accounts.map((a) => String(a.account_id));
    return [
      opts.enabled
        ? {
            service: 'bedrock',
            operation: 'PutModelInvocationLoggingConfiguration',
            input: { loggingConfig: opts.loggingConfig },
            resourceIds,
            describe: `set the Bedrock model invocation logging of account ${resourceIds.join(', ')}`,
          }
        : {
            service: 'bedrock',
            operation: 'DeleteModelInvocationLoggingConfiguration',
            input: {},
            resourceIds,
            describe: `delete the Bedrock model invocation logging of account ${resourceIds.join(', ')}`,
          },
    ];
  },
});
