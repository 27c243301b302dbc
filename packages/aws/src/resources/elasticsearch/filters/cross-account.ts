import type { EvalContext, Resource } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { regionOf } from '../../../common/filters/fetch-related.js';
import { policyCrossAccount } from '../../../common/filters/policy-cross-account.js';
import { errorCode } from '../../../query/errors.js';

const POLICY = 'c7n:Policy';

/**
 * As Cloud Custodian: the access policy of DescribeElasticsearchDomainConfig (not the describe
 * output's), parsed, in `c7n:Policy`; a domain gone keeps none.
 */
async function withDomainPolicies(domains: Resource[], ctx: EvalContext): Promise<Resource[]> {
  const p = awsProvider(ctx);
  const region = regionOf(ctx, p);
  for (const d of domains) {
    if (POLICY in d) continue;
    try {
      const out = await p.send(
        'es',
        'DescribeElasticsearchDomainConfig',
        { DomainName: d.DomainName },
        region,
      );
      const options = (out.DomainConfig as { AccessPolicies?: { Options?: string } } | undefined)
        ?.AccessPolicies?.Options;
      d[POLICY] = options ? JSON.parse(options) : null;
    } catch (e) {
      if (errorCode(e) !== 'ResourceNotFoundException') throw e;
    }
  }
  return domains;
}

export default policyCrossAccount({
  resources: ['aws.elasticsearch'],
  permissions: ['es:DescribeElasticsearchDomainConfig'],
  summary:
    "Domains whose access policy (DescribeElasticsearchDomainConfig per domain, kept in `c7n:Policy`) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints or organizations. The offending statements are kept in `CrossAccountViolations`.",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  policyField: POLICY,
  nameField: 'DomainName',
  prefetch: withDomainPolicies,
});
