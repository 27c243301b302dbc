import { defineAction } from '@c7n-ts/core';

export default defineAction({
  type: 'no-op',
  resources: ['aws.s3'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['s3:ListAllMyBuckets'],
  doc: {
    summary: 'Do nothing to the matched buckets (a placeholder action, as in Cloud Custodian).',
    example: '- no-op',
  },
  reads: () => [],
  plan: () => [],
});
