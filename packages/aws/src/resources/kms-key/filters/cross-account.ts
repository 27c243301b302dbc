import type { EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { accountOf, type Condition } from '../../../common/filters/iam-policy-checker.js';
import { policyCrossAccount, values } from '../../../common/filters/policy-cross-account.js';
import { mapLimit } from '../../../query/pool.js';

/**
 * The key policy (GetKeyPolicy `default`) of each key, or of the key an alias targets, in
 * `Policy`: fetched for every resource, as Cloud Custodian does.
 */
async function withKeyPolicies(resources: Resource[], ctx: EvalContext): Promise<Resource[]> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  return mapLimit(resources, 1, async (r) => {
    const out = await p.send(
      'kms',
      'GetKeyPolicy',
      { KeyId: r.TargetKeyId ?? r.KeyId, PolicyName: 'default' },
      region,
    );
    r.Policy = out.Policy;
    return r;
  });
}

export default policyCrossAccount({
  resources: ['aws.kms', 'aws.kms-key'],
  permissions: ['kms:GetKeyPolicy'],
  summary:
    "Keys (or aliases, by the key they target) whose key policy (GetKeyPolicy `default`, kept in `Policy`) allows principals outside the allowed accounts, unless the statement's conditions restrict it to allowed accounts (`kms:CallerAccount` included), VPCs, VPC endpoints or organizations; as Cloud Custodian, `kms:ViaService` and `kms:GrantOperations` conditions restrict nothing by themselves but do not count against a statement. The offending statements are kept in `CrossAccountViolations`.",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: 'Policy',
  nameField: 'KeyId',
  prefetch: withKeyPolicies,
  async checker(opts, baseDir, ctx) {
    const allowed = new Set([
      ...(await values(opts, 'whitelist', baseDir, ctx)),
      ctx.accountId ?? awsProvider(ctx).accountId,
    ]);
    return {
      conditionHandlers: {
        'kms:calleraccount': (c: Condition) => c.values.every((v) => allowed.has(accountOf(v))),
        'kms:viaservice': () => true,
        'kms:grantoperations': () => true,
      },
    };
  },
});
