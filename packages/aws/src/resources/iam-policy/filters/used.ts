/**
 * Cloud Custodian's iam-policy used: attached somewhere (`AttachmentCount`) or used as a
 * permissions boundary (`PermissionsBoundaryUsageCount`), from ListPolicies' own counts.
 */
import { defineFilter } from '@c7n-ts/core';

export default defineFilter({
  type: 'used',
  resources: ['aws.iam-policy'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['iam:ListPolicies'],
  doc: {
    summary:
      'IAM policies attached to a user, group or role, or used as a permissions boundary (ListPolicies counts; no extra call).',
    example: '- type: used',
  },
  reads: () => ['AttachmentCount', 'PermissionsBoundaryUsageCount'],
  compile() {
    return {
      kind: 'match',
      match: (policy) =>
        Number(policy.AttachmentCount ?? 0) > 0 || Number(policy.PermissionsBoundaryUsageCount ?? 0) > 0,
    };
  },
});
