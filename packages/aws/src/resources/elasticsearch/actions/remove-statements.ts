import { removeStatements } from '../../../common/actions/_remove-statements.js';

const POLICY = 'c7n:Policy';

export default removeStatements({
  resources: ['aws.elasticsearch'],
  permissions: ['es:DescribeElasticsearchDomainConfig', 'es:UpdateElasticsearchDomainConfig'],
  summary:
    "Remove statements from a domain's access policy, as read by the `cross-account` filter (which the policy must use, as Cloud Custodian requires): by Sid, those it matched, or all. The rest is written back with UpdateElasticsearchDomainConfig's AccessPolicies; a domain whose policy loses nothing is left alone.",
  reads: ['DomainName', POLICY],
  needsCrossAccount: true,
  name: (d) => String(d.DomainName),
  policyText: (d) => {
    const policy = d[POLICY];
    return policy === undefined || policy === null ? undefined : JSON.stringify(policy);
  },
  // As c7n, the policy is written back even when no statement is left.
  calls: (d, { policy, kept, what }) => [
    {
      service: 'es',
      operation: 'UpdateElasticsearchDomainConfig',
      input: {
        DomainName: d.DomainName,
        AccessPolicies: JSON.stringify({ ...policy, Statement: kept }),
      },
      resourceIds: [String(d.DomainName)],
      describe: what.replace('the policy', 'the access policy'),
    },
  ],
});
