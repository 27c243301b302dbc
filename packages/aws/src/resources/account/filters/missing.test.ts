import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import account from '../resource.js';
import { runOnAccount } from './_run.js';
import missing from './missing.js';

// The embedded policy names other types: checked against the whole registry.
const { registry } = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: '/none',
});
const keyPair = (extra: Record<string, unknown>) => ({ policy: { resource: 'aws.key-pair', ...extra } });

testFilter(missing, {
  resourceType: account,
  registry,
  valid: [
    keyPair({ filters: [{ KeyName: 'ops' }] }),
    {
      policy: {
        resource: 's3',
        name: 'inner',
        description: 'the audit bucket',
        filters: [{ Name: 'audit' }],
      },
    },
    keyPair({
      source: 'describe',
      filters: [{ or: [{ KeyName: 'a' }, { type: 'value', key: 'KeyType', value: 'rsa' }] }],
    }),
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { policy: { filters: [] } }, messageId: 'schema' },
    // A misspelt policy key (c7n's policy schema refuses it too).
    { options: keyPair({ filter: [] }), messageId: 'schema' },
    {
      options: { policy: { resource: 'aws.key-pairs' } },
      messageId: 'unknown-resource',
      path: ['policy', 'resource'],
    },
    {
      options: keyPair({ filters: [{ type: 'value', key: 'KeyName', value: 'ops', op: 'equalz' }] }),
      messageId: 'invalid-value',
      path: ['policy', 'filters', 0, 'op'],
    },
    {
      options: keyPair({ filters: [{ type: 'instance-agee' }] }),
      messageId: 'unknown-filter',
      path: ['policy', 'filters', 0, 'type'],
    },
    { options: keyPair({ actions: [] }), messageId: 'embedded-refused', path: ['policy', 'actions'] },
    {
      options: keyPair({ mode: { type: 'periodic' } }),
      messageId: 'embedded-refused',
      path: ['policy', 'mode'],
    },
    {
      options: keyPair({ conditions: [] }),
      messageId: 'embedded-not-supported',
      path: ['policy', 'conditions'],
    },
    {
      options: keyPair({ source: 'config' }),
      messageId: 'embedded-not-supported',
      path: ['policy', 'source'],
    },
  ],
});

it('warns that max-resources is ignored', () => {
  const problems = missing.check?.(keyPair({ 'max-resources': 1 }) as never, {
    resourceType: account,
    policyName: 't',
    registry,
  });
  expect(problems).toEqual([expect.objectContaining({ messageId: 'embedded-ignored', severity: 'warning' })]);
});

it.each([
  // The account matches when the embedded policy matches nothing.
  [{ KeyName: 'break-glass' }, 1],
  [{ KeyName: 'ops' }, 0],
  [{ 'tag:team': 'platform' }, 0],
  [{ 'tag:team': 'security' }, 1],
] as const)('key pairs %j missing: %i', async (filter, n) => {
  const { matched, calls } = await runOnAccount(missing, 'key-pairs', keyPair({ filters: [filter] }));
  expect(matched).toBe(n);
  expect(calls.map((c) => `${c.service}.${c.operation}`)).toEqual(['ec2.DescribeKeyPairs']);
});

it('without filters, matches when there is no resource of the type at all', async () => {
  expect((await runOnAccount(missing, 'key-pairs', keyPair({}))).matched).toBe(0);
});

it("needs the embedded policy's permissions: its type's listing and its filters'", () => {
  const perms = missing.permissions as (o: unknown, rt: unknown, r?: unknown) => readonly string[];
  expect(perms(keyPair({ filters: [{ KeyName: 'ops' }] }), account, registry)).toEqual([
    'ec2:DescribeKeyPairs',
  ]);
  expect(
    perms(
      { policy: { resource: 'aws.ebs', filters: [{ type: 'kms-alias', key: 'AliasName', value: 'x' }] } },
      account,
      registry,
    ),
  ).toEqual(expect.arrayContaining(['ec2:DescribeVolumes', 'kms:ListAliases']));
  // Without a registry (docs), none can be named.
  expect(perms(keyPair({}), account)).toEqual([]);
});
