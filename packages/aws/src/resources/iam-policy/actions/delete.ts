/**
 * Cloud Custodian's iam-policy delete: AWS managed policies (account `aws` in the ARN) are left
 * out; a policy with more versions than `v1` has its non-default versions listed
 * (ListPolicyVersions) and deleted first, then DeletePolicy.
 */
import { defineAction, type PlannedCall } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.iam-policy'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  // As c7n's; the version calls need iam:ListPolicyVersions and iam:DeletePolicyVersion too.
  // c7n names DeletePolicy only; the non-default versions go first (ListPolicyVersions, DeletePolicyVersion).
  permissions: ['iam:DeletePolicy', 'iam:ListPolicyVersions', 'iam:DeletePolicyVersion'],
  doc: {
    summary:
      'Delete IAM managed policies (DeletePolicy), their non-default versions first (ListPolicyVersions, DeletePolicyVersion); AWS managed policies are skipped, as Cloud Custodian does.',
    example: '- type: delete',
  },
  reads: () => ['Arn', 'DefaultVersionId', 'PolicyName'],
  async plan(resources, _opts, ctx) {
    const calls: PlannedCall[] = [];
    const own = resources.filter((r) => String(r.Arn ?? '').split(':')[4] !== 'aws');
    if (own.length !== resources.length)
      ctx.log?.('warn', `skipping AWS managed policies: ${resources.length} -> ${own.length}`);
    for (const r of own) {
      const arn = String(r.Arn ?? '');
      const id = String(r.PolicyId ?? arn);
      if (!arn) continue;
      if ((r.DefaultVersionId ?? '') !== 'v1' && ctx.read) {
        const page = (await ctx.read('iam', 'ListPolicyVersions', { PolicyArn: arn })) as {
          Versions?: { VersionId?: string; IsDefaultVersion?: boolean }[];
        };
        for (const v of page.Versions ?? []) {
          if (v.IsDefaultVersion || !v.VersionId) continue;
          calls.push({
            service: 'iam',
            operation: 'DeletePolicyVersion',
            input: { PolicyArn: arn, VersionId: v.VersionId },
            resourceIds: [id],
            describe: `delete version ${v.VersionId} of policy ${arn}`,
          });
        }
      }
      calls.push({
        service: 'iam',
        operation: 'DeletePolicy',
        input: { PolicyArn: arn },
        resourceIds: [id],
        describe: `delete policy ${arn}`,
      });
    }
    return calls;
  },
});
