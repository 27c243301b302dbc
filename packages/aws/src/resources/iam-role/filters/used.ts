/** Cloud Custodian's iam-role used (see common/iam/role-usage.ts for what counts as use). */
import { defineFilter } from '@c7n-ts/core';
import { ROLE_USAGE_PERMISSIONS, roleInUse, rolesInUse } from '../../../common/iam/role-usage.js';

export default defineFilter({
  type: 'used',
  resources: ['aws.iam-role'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: '`true`: roles in use; `false`: roles in use nowhere.',
      },
    },
  } as const,
  permissions: ROLE_USAGE_PERMISSIONS,
  doc: {
    summary:
      'IAM roles in use (or not, with `state: false`): the role of a Lambda function, of a service of the default ECS cluster, or of an instance profile that a launch configuration names or a running instance carries. Checks Lambda, ECS and EC2 only, as Cloud Custodian.',
    example: '- type: used\n  state: false',
  },
  reads: () => ['Arn', 'RoleName'],
  compile(opts) {
    return {
      kind: 'process',
      async process(rs, ctx) {
        const used = await rolesInUse(ctx);
        return rs.filter((r) => roleInUse(r, used) === (opts.state !== false));
      },
    };
  },
});
