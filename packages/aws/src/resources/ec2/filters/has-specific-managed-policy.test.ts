import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import hasSpecificManagedPolicy from './has-specific-managed-policy.js';

// Profiles web (web-role), admin (admin-role), empty (no role). ListAttachedRolePolicies answers
// AmazonS3ReadOnlyAccess first, then admin-policy and AmazonS3FullAccess (and again on wrap-around).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/instance-profile-policies', import.meta.url)),
  });
const inst = (id: string, profile?: string, state = 'running') => ({
  InstanceId: id,
  State: { Name: state },
  ...(profile && { IamInstanceProfile: { Arn: `arn:aws:iam::123456789012:instance-profile/${profile}` } }),
});
// Each case lists the profiles and calls ListAttachedRolePolicies twice: i-web, then i-admin.
const resources = [
  inst('i-web', 'web'),
  inst('i-gone', 'deleted'),
  inst('i-admin', 'admin'),
  inst('i-empty', 'empty'),
  inst('i-term', 'admin', 'terminated'),
  inst('i-none'),
];

testFilter(hasSpecificManagedPolicy, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{ value: 'admin-policy' }, { key: 'PolicyArn', op: 'regex', value: 'arn:aws:iam::aws:policy/.*' }],
  invalid: [{ options: { value: 'x', op: 'equal-ish' }, messageId: 'schema', path: ['op'] }],
  cases: [
    { name: 'a policy name', options: { value: 'admin-policy' }, resources, matches: ['i-admin'] },
    { name: 'glob', options: { op: 'glob', value: 'AmazonS3*' }, resources, matches: ['i-web', 'i-admin'] },
    {
      name: 'key: PolicyArn',
      options: { key: 'PolicyArn', op: 'regex', value: 'arn:aws:iam::aws:policy/.*FullAccess' },
      resources,
      matches: ['i-admin'],
    },
    { name: 'no such policy', options: { value: 'nothing' }, resources, matches: [] },
  ],
});

it('lists the profiles once, then the role policies per instance', async () => {
  const provider = await replay();
  const ev = hasSpecificManagedPolicy.compile(
    { value: 'admin-policy' },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  await ev.process(structuredClone(resources), { now: 0, provider });
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['ListInstanceProfiles', {}],
    ['ListAttachedRolePolicies', { RoleName: 'web-role' }],
    ['ListAttachedRolePolicies', { RoleName: 'admin-role' }],
  ]);
});
