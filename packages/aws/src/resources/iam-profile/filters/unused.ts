/** Cloud Custodian's iam-profile unused (see `_usage.ts` for what counts as use). */
import { defineFilter } from '@c7n-ts/core';
import { inUse, profilesInUse, USAGE_PERMISSIONS } from './_usage.js';

export default defineFilter({
  type: 'unused',
  resources: ['aws.iam-profile'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: USAGE_PERMISSIONS,
  doc: {
    summary:
      'IAM instance profiles in use nowhere: named (by name or ARN) by no launch configuration and attached to no instance that is not terminated. Lists the launch configurations and instances of the region once.',
    example: '- type: unused',
  },
  reads: () => ['Arn', 'InstanceProfileName'],
  compile() {
    return {
      kind: 'process',
      async process(rs, ctx) {
        const used = await profilesInUse(ctx);
        return rs.filter((r) => !inUse(r, used));
      },
    };
  },
});
