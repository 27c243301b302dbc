import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import profiles from '../resource.js';
import hasSpecificManagedPolicy from './has-specific-managed-policy.js';

// ListAttachedRolePolicies answers AdministratorAccess, then AmazonSSMManagedInstanceCore (and wraps).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/roles', import.meta.url)),
  });
const resources: Record<string, unknown>[] = [
  { InstanceProfileName: 'admin', Roles: [{ RoleName: 'admin-role' }] },
  { InstanceProfileName: 'ssm', Roles: [{ RoleName: 'ssm-role' }] },
  { InstanceProfileName: 'empty', Roles: [] },
];

testFilter(hasSpecificManagedPolicy, {
  resourceType: profiles,
  context: { provider: await replay() },
  valid: [{ value: 'AdministratorAccess' }, { key: 'PolicyArn', op: 'glob', value: 'arn:aws:iam::aws:*' }],
  invalid: [{ options: { value: 'x', op: 'equal-ish' }, messageId: 'schema', path: ['op'] }],
  cases: [
    {
      name: "a policy of the profile's role",
      options: { value: 'AdministratorAccess' },
      resources,
      matches: ['admin'],
    },
    {
      name: 'key: PolicyArn; a profile without a role matches nothing',
      options: { key: 'PolicyArn', op: 'glob', value: 'arn:aws:iam::aws:*' },
      resources,
      matches: ['admin', 'ssm'],
    },
  ],
});

it("asks by the profile's role name and keeps the matched policies", async () => {
  const provider = await replay();
  const ev = hasSpecificManagedPolicy.compile(
    { value: 'AmazonSSMManagedInstanceCore' },
    { resourceType: profiles, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(structuredClone(resources), { now: 0, provider });
  expect(out.map((r) => [r.InstanceProfileName, r['c7n:MatchedPolicies']])).toEqual([
    [
      'ssm',
      [
        {
          PolicyName: 'AmazonSSMManagedInstanceCore',
          PolicyArn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
        },
      ],
    ],
  ]);
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { RoleName: 'admin-role' },
    { RoleName: 'ssm-role' },
  ]);
});
