import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  appendAnnotation,
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

/** Where the ids of the matched configurations go (Cloud Custodian's key). */
export const MATCHED_NOTIFICATIONS = 'c7n:MatchedNotificationConfigurationIds';

export const NOTIFICATION_FIELDS = {
  lambda: 'LambdaFunctionConfigurations',
  sns: 'TopicConfigurations',
  sqs: 'QueueConfigurations',
} as const;

export default defineFilter({
  type: 'bucket-notification',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['kind'],
    properties: {
      kind: { enum: ['lambda', 'sns', 'sqs'], description: 'Which notification configurations to look at.' },
      ...valueProperties,
    },
  } as const,
  permissions: ['s3:GetBucketNotification'],
  doc: {
    summary:
      "Buckets with a notification configuration of a kind (lambda, sns, sqs) that passes the value filter options; the matched configurations' ids are kept in `c7n:MatchedNotificationConfigurationIds` for `delete-bucket-notification`'s `statement_ids: matched`.",
    example: '- type: bucket-notification\n  kind: lambda\n  key: Id\n  value: old-handler',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['Notification'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    const field = NOTIFICATION_FIELDS[opts.kind];
    return {
      kind: 'process',
      async process(buckets, ectx) {
        const out: Resource[] = [];
        for (const b of buckets) {
          const n = b.Notification as Record<string, unknown> | null | undefined;
          const configs = (Array.isArray(n?.[field]) ? n?.[field] : []) as Resource[];
          const hits = await matcher(configs, ectx);
          for (const c of configs) if (hits.has(c)) appendAnnotation(b, MATCHED_NOTIFICATIONS, c.Id);
          if (hits.size) out.push(b);
        }
        return out;
      },
    };
  },
});
