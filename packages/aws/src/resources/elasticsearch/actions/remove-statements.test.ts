import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import domains from '../resource.js';
import removeStatements from './remove-statements.js';

const ARN = 'arn:aws:es:us-east-1:123456789012:domain/open';
const open = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `${ARN}/*` };
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: 'es:*',
  Resource: `${ARN}/*`,
};
const domain = {
  DomainName: 'open',
  'c7n:Policy': { Version: '2012-10-17', Statement: [open, own] },
  CrossAccountViolations: [open],
};

testAction(removeStatements, {
  resourceType: domains,
  valid: [{ statement_ids: 'matched' }, { statement_ids: ['Own'] }],
  invalid: [{ options: {}, messageId: 'schema' }],
  cases: [
    {
      name: 'matched: the statements cross-account matched; the rest written back',
      options: { statement_ids: 'matched' },
      resources: [domain, { DomainName: 'unread' }],
      calls: [
        {
          service: 'es',
          operation: 'UpdateElasticsearchDomainConfig',
          input: {
            DomainName: 'open',
            AccessPolicies: JSON.stringify({ Version: '2012-10-17', Statement: [own] }),
          },
          resourceIds: ['open'],
        },
      ],
    },
    {
      name: 'by Sid; a policy losing nothing is left alone',
      options: { statement_ids: ['Missing'] },
      resources: [domain],
      calls: [],
    },
  ],
});

it('needs the cross-account filter in the policy, as Cloud Custodian', () => {
  const ctx = (filters: unknown[]) => ({
    resourceType: domains,
    policyName: 't',
    registry: undefined as never,
    policy: { name: 't', resource: 'aws.elasticsearch', filters },
  });
  const opts = { statement_ids: 'matched' } as const;
  expect(removeStatements.check?.(opts, ctx([{ DomainName: 'open' }]))).toEqual([
    expect.objectContaining({ messageId: 'needs-cross-account' }),
  ]);
  expect(removeStatements.check?.(opts, ctx([{ or: [{ type: 'cross-account' }] }]))).toEqual([]);
  // A bare name is the filter with its default options.
  expect(removeStatements.check?.(opts, ctx(['cross-account']))).toEqual([]);
  expect(removeStatements.check?.(opts, ctx([{ not: ['cross-account'] }]))).toEqual([]);
});
