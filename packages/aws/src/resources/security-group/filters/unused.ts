import { defineFilter } from '@c7n-ts/core';
import { scanUsage, USAGE_PERMISSIONS, unusedGroups } from './_sg-usage.js';

export default defineFilter({
  type: 'unused',
  resources: ['aws.security-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: USAGE_PERMISSIONS,
  doc: {
    summary:
      'VPC security groups nothing uses: attached to no network interface, referenced by no other group and by no peered VPC. Unlike Cloud Custodian, Lambda functions, launch configurations, EventBridge ECS targets, CodeBuild projects and Batch environments are not scanned yet, so check those before deleting.',
    example: '- unused',
  },
  reads: () => ['GroupId', 'VpcId'],
  compile: () => ({
    kind: 'process',
    async process(rs, ctx) {
      return unusedGroups(rs, await scanUsage(ctx), ctx);
    },
  }),
});
