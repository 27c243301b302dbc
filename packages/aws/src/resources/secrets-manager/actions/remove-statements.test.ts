import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import secrets from '../resource.js';
import removeStatements from './remove-statements.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';
const other = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::222233334444:root' },
  Action: 'secretsmanager:*',
};
const own = {
  Sid: 'Own',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:root' },
  Action: '*',
};
const secret = (Statement: unknown[], matched: unknown[]) => ({
  Name: 'db',
  ARN,
  'c7n:AccessPolicy': JSON.stringify({ Version: '2012-10-17', Statement }),
  CrossAccountViolations: matched,
});

testAction(removeStatements, {
  resourceType: secrets,
  valid: [{ statement_ids: 'matched' }, { statement_ids: '*' }, { statement_ids: ['Own'] }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { statement_ids: 'all' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'matched: the rest written back by ARN',
      options: { statement_ids: 'matched' },
      resources: [secret([other, own], [other]), { Name: 'unread', ARN: `${ARN}x` }],
      calls: [
        {
          service: 'secretsmanager',
          operation: 'PutResourcePolicy',
          input: {
            SecretId: ARN,
            ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [own] }),
          },
          resourceIds: ['db'],
        },
      ],
    },
    {
      name: 'nothing left: the policy is deleted',
      options: { statement_ids: 'matched' },
      resources: [secret([other], [other])],
      calls: [{ operation: 'DeleteResourcePolicy', input: { SecretId: ARN }, resourceIds: ['db'] }],
    },
    {
      name: 'by Sid; a policy losing nothing is left alone',
      options: { statement_ids: ['Missing'] },
      resources: [secret([other, own], [other])],
      calls: [],
    },
  ],
});

it('needs the cross-account filter in the policy, as Cloud Custodian', () => {
  const ctx = (filters: unknown[]) => ({
    resourceType: secrets,
    policyName: 't',
    registry: undefined as never,
    policy: { name: 't', resource: 'aws.secrets-manager', filters },
  });
  const opts = { statement_ids: 'matched' } as const;
  expect(removeStatements.check?.(opts, ctx([{ Name: 'db' }]))).toEqual([
    expect.objectContaining({ messageId: 'needs-cross-account' }),
  ]);
  expect(removeStatements.check?.(opts, ctx([{ not: [{ type: 'cross-account' }] }]))).toEqual([]);
  expect(removeStatements.check?.(opts, ctx(['cross-account']))).toEqual([]);
});
