/**
 * Cloud Custodian's iam-policy unused: attached nowhere (`AttachmentCount` 0) and no permissions
 * boundary (`PermissionsBoundaryUsageCount` 0 or absent), from ListPolicies' own counts.
 */
import { defineFilter } from '@c7n-ts/core';

export default defineFilter({
  type: 'unused',
  resources: ['aws.iam-policy'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['iam:ListPolicies'],
  doc: {
    summary:
      'IAM policies attached to no user, group or role and used as no permissions boundary (ListPolicies counts; no extra call).',
    example: '- type: unused',
  },
  reads: () => ['AttachmentCount', 'PermissionsBoundaryUsageCount'],
  compile() {
    return {
      kind: 'match',
      match: (policy) =>
        Number(policy.AttachmentCount ?? 0) === 0 && Number(policy.PermissionsBoundaryUsageCount ?? 0) === 0,
    };
  },
});
