import { defineAction, type Resource } from '@c7n-ts/core';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** c7n's compatibility rule: a bare name (not an alias, ARN or key id) is taken as an alias. */
export function queueKey(key: string | undefined): string | undefined {
  if (!key || key.startsWith('alias') || key.startsWith('arn:') || UUID.test(key)) return key;
  return `alias/${key}`;
}

export default defineAction({
  type: 'set-encryption',
  resources: ['aws.sqs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        default: true,
        description: 'Encrypt (default) or, with `false`, turn server-side encryption off.',
      },
      key: {
        type: 'string',
        description:
          'KMS key: a key id, key ARN or alias (a bare name gets `alias/`); without one, SQS managed encryption (SSE-SQS) is turned on.',
      },
      'reuse-period': {
        type: 'integer',
        minimum: 60,
        maximum: 86400,
        default: 300,
        description: 'Seconds SQS reuses a data key before calling KMS again, with a KMS key; default 300.',
      },
    },
  } as const,
  permissions: ['sqs:SetQueueAttributes'],
  doc: {
    summary:
      "Set queues' server-side encryption, one SetQueueAttributes call per queue: a KMS key (with its data key reuse period), SQS managed encryption when no key is given, or none with `enabled: false`.",
    example: '- type: set-encryption\n  key: alias/cmk/key',
  },
  reads: () => ['QueueUrl'],
  plan(queues: Resource[], opts) {
    const key = queueKey(opts.key);
    // SQS attributes are strings.
    const attributes: Record<string, string> =
      opts.enabled === false
        ? { SqsManagedSseEnabled: 'false', KmsMasterKeyId: '' }
        : key
          ? {
              SqsManagedSseEnabled: 'false',
              KmsMasterKeyId: key,
              KmsDataKeyReusePeriodSeconds: String(opts['reuse-period'] ?? 300),
            }
          : { SqsManagedSseEnabled: 'true', KmsMasterKeyId: '' };
    return queues.flatMap((q) => {
      const url = q.QueueUrl;
      if (typeof url !== 'string') return [];
      return [
        {
          service: 'sqs',
          operation: 'SetQueueAttributes',
          input: { QueueUrl: url, Attributes: attributes },
          resourceIds: [url],
          describe:
            opts.enabled === false
              ? `turn off the encryption of ${url}`
              : `encrypt ${url} with ${key ?? 'the SQS managed key'}`,
          // c7n logs a queue gone meanwhile and goes on.
          okErrors: ['AWS.SimpleQueueService.NonExistentQueue', 'QueueDoesNotExist'],
        },
      ];
    });
  },
});
