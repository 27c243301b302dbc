/**
 * Cloud Custodian's iam-group has-users: GetGroup per group (its first page of members, as c7n
 * reads it), the group matching when it has members (or, with `value: false`, none).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { iamSend } from '../../../common/iam/principal.js';

export default defineFilter({
  type: 'has-users',
  resources: ['aws.iam-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        default: true,
        description: 'true (the default): groups with at least one user; false: groups with none.',
      },
    },
  } as const,
  permissions: ['iam:GetGroup'],
  doc: {
    summary: 'IAM groups with (or, with `value: false`, without) member users: one GetGroup call per group.',
    example: '- type: has-users\n  value: false',
  },
  reads: () => ['GroupName'],
  compile(opts) {
    const want = opts.value ?? true;
    return {
      kind: 'process',
      async process(rs, ctx) {
        const out: Resource[] = [];
        for (const r of rs) {
          const page = await iamSend(ctx, 'GetGroup', { GroupName: r.GroupName });
          const users = (page.Users ?? []) as unknown[];
          if (users.length > 0 === want) out.push(r);
        }
        return out;
      },
    };
  },
});
