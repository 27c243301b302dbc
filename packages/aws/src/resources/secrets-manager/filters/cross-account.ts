import type { EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';

/** Where the secret's resource policy is kept, as Cloud Custodian annotates it. */
const POLICY = 'c7n:AccessPolicy';

/** GetResourcePolicy per secret (by name), one at a time as c7n; a secret without one has none. */
async function withPolicies(secrets: Resource[], ctx: EvalContext): Promise<Resource[]> {
  for (const secret of secrets) {
    if (POLICY in secret) continue;
    const p = awsProvider(ctx);
    const region = regionOf(ctx, p);
    const out = await p.send('secretsmanager', 'GetResourcePolicy', { SecretId: secret.Name }, region);
    secret[POLICY] = out.ResourcePolicy ?? null;
  }
  return secrets;
}

export default policyCrossAccount({
  resources: ['aws.secrets-manager'],
  permissions: ['secretsmanager:GetResourcePolicy'],
  summary:
    "Secrets whose resource policy (GetResourcePolicy per secret, kept in `c7n:AccessPolicy`) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations` (for `remove-statements`' `statement_ids: matched`).",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: POLICY,
  nameField: 'Name',
  prefetch: withPolicies,
});
