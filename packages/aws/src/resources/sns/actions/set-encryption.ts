import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'set-encryption',
  resources: ['aws.sns'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description: 'Encrypt (default) or, with `false`, turn server-side encryption off (an empty key).',
      },
      key: {
        type: 'string',
        default: 'alias/aws/sns',
        description: 'KMS key: a key id, key ARN or alias; default `alias/aws/sns`, the AWS managed key.',
      },
    },
  } as const,
  permissions: ['sns:SetTopicAttributes', 'kms:DescribeKey'],
  doc: {
    summary:
      "Set topics' server-side encryption key, one SetTopicAttributes call (`KmsMasterKeyId`) per topic; `enabled: false` clears it.",
    example: '- type: set-encryption\n  key: alias/cmk/key\n  enabled: true',
  },
  reads: () => ['TopicArn'],
  plan(topics: Resource[], opts) {
    // As c7n: the key is ignored when encryption is turned off.
    const key = opts.enabled === false ? '' : (opts.key ?? 'alias/aws/sns');
    return topics.flatMap((t) => {
      const arn = t.TopicArn;
      if (typeof arn !== 'string') return [];
      return [
        {
          service: 'sns',
          operation: 'SetTopicAttributes',
          input: { TopicArn: arn, AttributeName: 'KmsMasterKeyId', AttributeValue: key },
          resourceIds: [arn],
          describe: key ? `encrypt ${arn} with ${key}` : `turn off the encryption of ${arn}`,
        },
      ];
    });
  },
});
