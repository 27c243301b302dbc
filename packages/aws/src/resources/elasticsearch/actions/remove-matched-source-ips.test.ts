import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import domains from '../resource.js';
import removeMatchedSourceIps from './remove-matched-source-ips.js';

const allowFrom = (ips: string | string[]) => ({
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'es:*',
  Condition: { IpAddress: { 'aws:SourceIp': ips } },
});
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const own = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'es:*' };

testAction(removeMatchedSourceIps, {
  resourceType: domains,
  valid: [{}],
  invalid: [{ options: { ips: ['1.2.3.4'] }, messageId: 'schema' }],
  cases: [
    {
      name: 'the matched IPs leave every IP condition; the rest of the policy stays',
      options: {},
      resources: [
        {
          DomainName: 'open',
          AccessPolicies: policy(allowFrom(['10.1.2.3', '203.0.113.9']), allowFrom('203.0.113.9'), own),
          'c7n:MatchedSourceIps': [{ SourceIp: '203.0.113.9' }],
        },
        { DomainName: 'unmatched', AccessPolicies: policy(allowFrom('10.1.2.3')) },
      ],
      calls: [
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: {
            DomainName: 'open',
            AccessPolicies: policy(allowFrom(['10.1.2.3']), allowFrom([]), own),
          },
          resourceIds: ['open'],
        },
      ],
    },
  ],
});

it('needs the source-ip filter in the policy, as Cloud Custodian', () => {
  const ctx = (filters: unknown[]) => ({
    resourceType: domains,
    policyName: 't',
    registry: undefined as never,
    policy: { name: 't', resource: 'aws.elasticsearch', filters },
  });
  expect(removeMatchedSourceIps.check?.({}, ctx([{ DomainName: 'open' }]))).toEqual([
    expect.objectContaining({ messageId: 'needs-source-ip' }),
  ]);
  expect(
    removeMatchedSourceIps.check?.({}, ctx([{ or: [{ type: 'source-ip', value: '1.2.3.4' }] }])),
  ).toEqual([]);
});
