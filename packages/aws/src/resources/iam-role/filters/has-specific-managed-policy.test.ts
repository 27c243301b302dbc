import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import roles from '../resource.js';
import hasSpecificManagedPolicy from './has-specific-managed-policy.js';

// ListAttachedRolePolicies answers admin-policy and AmazonS3FullAccess for the first role, none
// for the second (and wraps).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/policies', import.meta.url)),
  });
const resources: Record<string, unknown>[] = [{ RoleName: 'admin' }, { RoleName: 'bare' }];

testFilter(hasSpecificManagedPolicy, {
  resourceType: roles,
  context: { provider: await replay() },
  valid: [{ value: 'admin-policy' }, { key: 'PolicyArn', op: 'regex', value: 'arn:aws:iam::aws:policy/.*' }],
  invalid: [{ options: { value: 'x', op: 'equal-ish' }, messageId: 'schema', path: ['op'] }],
  cases: [
    { name: 'a policy name', options: { value: 'admin-policy' }, resources, matches: ['admin'] },
    { name: 'glob', options: { op: 'glob', value: '*FullAccess' }, resources, matches: ['admin'] },
    {
      name: 'key: PolicyArn',
      options: { key: 'PolicyArn', op: 'regex', value: 'arn:aws:iam::aws:policy/.*' },
      resources,
      matches: ['admin'],
    },
    { name: 'no such policy', options: { value: 'nothing' }, resources, matches: [] },
    {
      name: 'roles already annotated are not asked again',
      options: { value: 'mine' },
      resources: [{ RoleName: 'x', 'c7n:AttachedPolicies': [{ PolicyName: 'mine' }] }],
      matches: ['x'],
    },
  ],
});

it('annotates the matched policies', async () => {
  const provider = await replay();
  const ev = hasSpecificManagedPolicy.compile(
    { value: 'admin-policy' },
    { resourceType: roles, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const [r] = await ev.process(structuredClone(resources), { now: 0, provider });
  expect(r?.['c7n:MatchedPolicies']).toEqual([
    { PolicyName: 'admin-policy', PolicyArn: 'arn:aws:iam::123456789012:policy/admin-policy' },
  ]);
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { RoleName: 'admin' },
    { RoleName: 'bare' },
  ]);
});
