/**
 * Cloud Custodian's iam-policy has-allow-all (CIS 1.24): GetPolicyVersion of each policy's
 * default version; a policy matches when one statement allows `*` actions on `*` resources
 * without a `Condition` (`Action` and `Resource` as a string or a list).
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { policyDocument } from '../../../common/iam/policy-document.js';
import { iamSend } from '../../../common/iam/principal.js';

type Statement = Record<string, unknown>;

const asList = (v: unknown): unknown[] | undefined =>
  v === undefined || v === null ? undefined : Array.isArray(v) ? v : [v];

export function allowsAll(statement: Statement): boolean {
  const actions = asList(statement.Action);
  const resources = asList(statement.Resource);
  return (
    !('Condition' in statement) &&
    statement.Effect === 'Allow' &&
    (actions?.includes('*') ?? false) &&
    (resources?.includes('*') ?? false)
  );
}

export default defineFilter({
  type: 'has-allow-all',
  resources: ['aws.iam-policy'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  // c7n names ListPolicyVersions; the call made is GetPolicyVersion.
  permissions: ['iam:ListPolicies', 'iam:ListPolicyVersions', 'iam:GetPolicyVersion'],
  doc: {
    summary:
      'IAM policies whose default version has a statement allowing `*` actions on `*` resources without a condition (CIS 1.24): one GetPolicyVersion call per policy.',
    example: '- type: has-allow-all',
  },
  reads: () => ['Arn', 'DefaultVersionId'],
  compile() {
    return {
      kind: 'process',
      async process(rs, ctx) {
        const out: Resource[] = [];
        for (const r of rs) {
          const page = await iamSend(ctx, 'GetPolicyVersion', {
            PolicyArn: r.Arn,
            VersionId: r.DefaultVersionId,
          });
          const version = (page.PolicyVersion ?? {}) as { Document?: unknown };
          const raw = policyDocument(version.Document).Statement;
          const statements = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Statement[];
          if (statements.some(allowsAll)) out.push(r);
        }
        return out;
      },
    };
  },
});
