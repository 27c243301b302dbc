import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'schedule-deletion',
  resources: ['aws.kms-key'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      days: {
        type: 'integer',
        minimum: 7,
        maximum: 30,
        description: 'Waiting period before KMS deletes the key, in days (7 to 30); default 30.',
      },
    },
  } as const,
  permissions: ['kms:ScheduleKeyDeletion'],
  doc: {
    summary:
      'Schedule the deletion of each key (ScheduleKeyDeletion) after a waiting period of 7 to 30 days, 30 unless `days` says otherwise; the key can be restored until then.',
    example: '- type: schedule-deletion\n  days: 7',
  },
  reads: () => ['KeyId'],
  plan: (keys, opts) =>
    keys.map((k) => ({
      service: 'kms',
      operation: 'ScheduleKeyDeletion',
      input: { KeyId: k.KeyId, PendingWindowInDays: opts.days ?? 30 },
      resourceIds: [String(k.KeyId)],
      describe: `schedule the deletion of key ${String(k.KeyId)} in ${opts.days ?? 30} days`,
    })),
});
