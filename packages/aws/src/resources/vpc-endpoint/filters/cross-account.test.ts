import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import endpoints from '../resource.js';
import crossAccount from './cross-account.js';

const endpoint = (id: string, ...Statement: unknown[]): Resource => ({
  VpcEndpointId: id,
  VpcEndpointType: 'Gateway',
  ServiceName: 'com.amazonaws.us-east-1.s3',
  PolicyDocument: JSON.stringify({ Version: '2008-10-17', Statement }),
});
const allow = (Principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal,
  Action: '*',
  Resource: '*',
  ...extra,
});

testFilter(crossAccount, {
  resourceType: endpoints,
  context: { accountId: '123456789012' },
  valid: [{}, { whitelist: ['222233334444'], everyone_only: true }],
  invalid: [{ options: { whitelist: '222233334444' }, messageId: 'schema', path: ['whitelist'] }],
  cases: [
    {
      name: 'everyone or another account; the own account, an allowed account and no policy do not',
      options: { whitelist: ['333344445555'] },
      resources: [
        endpoint('vpce-public', allow('*')),
        endpoint('vpce-other', allow({ AWS: 'arn:aws:iam::222233334444:root' })),
        endpoint('vpce-own', allow({ AWS: 'arn:aws:iam::123456789012:root' })),
        endpoint('vpce-allowed', allow({ AWS: '333344445555' })),
        endpoint(
          'vpce-org',
          allow('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } } }),
        ),
        { VpcEndpointId: 'vpce-interface', VpcEndpointType: 'Interface' },
      ],
      matches: ['vpce-public', 'vpce-other'],
    },
  ],
});

it('keeps the violations under c7n:CrossAccountViolations, as Cloud Custodian for this type', async () => {
  const f = crossAccount.compile({}, { resourceType: endpoints, policyName: 'p' } as never);
  const r = endpoint('vpce-public', allow('*'));
  if (f.kind !== 'process') throw new Error('expected a process filter');
  await f.process([r], { now: 0, accountId: '123456789012' });
  expect(r['c7n:CrossAccountViolations']).toEqual([allow('*')]);
  expect(r.CrossAccountViolations).toBeUndefined();
});
