/** Cloud Custodian's iam-profile used (see `_usage.ts` for what counts as use). */
import { defineFilter } from '@c7n-ts/core';
import { inUse, profilesInUse, USAGE_PERMISSIONS } from './_usage.js';

export default defineFilter({
  type: 'used',
  resources: ['aws.iam-profile'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: USAGE_PERMISSIONS,
  doc: {
    summary:
      'IAM instance profiles in use: named (by name or ARN) by a launch configuration, or attached to an instance that is not terminated. Lists the launch configurations and instances of the region once.',
    example: '- type: used',
  },
  reads: () => ['Arn', 'InstanceProfileName'],
  compile() {
    return {
      kind: 'process',
      async process(rs, ctx) {
        const used = await profilesInUse(ctx);
        return rs.filter((r) => inUse(r, used));
      },
    };
  },
});
