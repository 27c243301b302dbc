/** Cloud Custodian's iam-role unused: deprecated there for `used` with `state: false`. */
import { defineFilter } from '@c7n-ts/core';
import { ROLE_USAGE_PERMISSIONS, roleInUse, rolesInUse } from '../../../common/iam/role-usage.js';

export default defineFilter({
  type: 'unused',
  resources: ['aws.iam-role'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ROLE_USAGE_PERMISSIONS,
  deprecated: {
    since: '0.1.0',
    message: "Cloud Custodian deprecates it for the 'used' filter with 'state: false'.",
    replacement: 'used',
  },
  doc: {
    summary:
      'IAM roles in use nowhere that Cloud Custodian looks (Lambda functions, services of the default ECS cluster, instance profiles of launch configurations and running instances): the same as `used` with `state: false`.',
    example: '- type: unused',
  },
  reads: () => ['Arn', 'RoleName'],
  compile() {
    return {
      kind: 'process',
      async process(rs, ctx) {
        const used = await rolesInUse(ctx);
        return rs.filter((r) => !roleInUse(r, used));
      },
    };
  },
});
