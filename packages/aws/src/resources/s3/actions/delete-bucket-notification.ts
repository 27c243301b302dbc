import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { MATCHED_NOTIFICATIONS, NOTIFICATION_FIELDS } from '../filters/bucket-notification.js';
import { bucketName, inBucketRegions } from './_bucket.js';

export default defineAction({
  type: 'delete-bucket-notification',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['statement_ids'],
    properties: {
      statement_ids: {
        description:
          'Ids of the notification configurations to remove, or `matched` for those the `bucket-notification` filter matched.',
        oneOf: [{ enum: ['matched'] }, { type: 'array', items: { type: 'string' } }],
      },
    },
  } as const,
  permissions: ['s3:PutBucketNotification'],
  doc: {
    summary:
      'Remove notification configurations (Lambda, SNS, SQS) from buckets by id, writing the rest back with PutBucketNotificationConfiguration. Works from the configuration fetched with the bucket, as Cloud Custodian does.',
    example: '- type: delete-bucket-notification\n  statement_ids: matched',
  },
  reads: () => ['Notification'],
  plan(buckets, opts) {
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      const n = b.Notification as Record<string, unknown> | null | undefined;
      if (!bucket || !n || Object.keys(n).length === 0) continue;
      const ids = (
        opts.statement_ids === 'matched' ? (b[MATCHED_NOTIFICATIONS] ?? []) : opts.statement_ids
      ) as unknown[];
      if (!ids.length) continue;
      // Only the three kinds are written back, as Cloud Custodian does.
      const config: Record<string, unknown[]> = {};
      let removed = 0;
      for (const field of Object.values(NOTIFICATION_FIELDS)) {
        const list = Array.isArray(n[field]) ? (n[field] as { Id?: unknown }[]) : [];
        const kept = list.filter((c) => !ids.includes(c.Id));
        removed += list.length - kept.length;
        if (kept.length) config[field] = kept;
      }
      calls.push({
        service: 's3',
        operation: 'PutBucketNotificationConfiguration',
        input: { Bucket: bucket, NotificationConfiguration: config },
        resourceIds: [bucket],
        describe: `remove ${removed} notification configuration${removed === 1 ? '' : 's'} from ${bucket}`,
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
