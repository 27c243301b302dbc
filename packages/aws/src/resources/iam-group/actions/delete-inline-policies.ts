/**
 * Cloud Custodian's iam-group delete-inline-policies: the group's inline policy names (from
 * has-inline-policy's `c7n:InlinePolicies` when an earlier filter read them, else one
 * ListGroupPolicies page), then DeleteGroupPolicy for each; a policy gone meanwhile counts as done.
 */
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { IAM_GROUP, NO_SUCH_ENTITY, nameOf } from '../../../common/iam/principal.js';

export default defineAction({
  type: 'delete-inline-policies',
  resources: ['aws.iam-group'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['iam:ListGroupPolicies', 'iam:DeleteGroupPolicy'],
  doc: {
    summary:
      'Delete the inline policies of IAM groups: one DeleteGroupPolicy call per policy, the names read with ListGroupPolicies unless has-inline-policy already read them.',
    example: '- type: delete-inline-policies',
  },
  reads: () => ['GroupName', 'c7n:InlinePolicies'],
  async plan(resources, _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      const name = nameOf(IAM_GROUP, r);
      if (!name) continue;
      let policies = r['c7n:InlinePolicies'] as string[] | undefined;
      if (!Array.isArray(policies)) {
        const page = ctx.read ? await ctx.read('iam', 'ListGroupPolicies', { GroupName: name }) : {};
        policies = ((page as { PolicyNames?: string[] }).PolicyNames ?? []) as string[];
        r['c7n:InlinePolicies'] = policies;
      }
      for (const policy of policies)
        calls.push({
          service: 'iam',
          operation: 'DeleteGroupPolicy',
          input: { GroupName: name, PolicyName: policy },
          resourceIds: [name],
          describe: `delete inline policy ${policy} of group ${name}`,
          okErrors: NO_SUCH_ENTITY,
        });
    }
    return calls;
  },
});
