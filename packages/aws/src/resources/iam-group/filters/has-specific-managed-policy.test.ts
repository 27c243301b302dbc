import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import hasSpecificManagedPolicy from './has-specific-managed-policy.js';

// ListAttachedGroupPolicies answers AdministratorAccess and billing for the first group, none for
// the second (and wraps).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/groups', import.meta.url)),
  });
const resources: Record<string, unknown>[] = [{ GroupName: 'admins' }, { GroupName: 'empty' }];

testFilter(hasSpecificManagedPolicy, {
  resourceType: groups,
  context: { provider: await replay() },
  valid: [{ value: 'AdministratorAccess' }, {}],
  // c7n's schema: a plain string, no value-filter options.
  invalid: [
    { options: { value: ['a'] }, messageId: 'schema', path: ['value'] },
    { options: { value: 'a', op: 'glob' }, messageId: 'schema' },
  ],
  cases: [
    { name: 'a policy name', options: { value: 'AdministratorAccess' }, resources, matches: ['admins'] },
    { name: 'compared whole, not as a pattern', options: { value: 'Administrator' }, resources, matches: [] },
  ],
});

it('keeps the attached names in ManagedPolicies; without value nothing matches and nothing is asked', async () => {
  const provider = await replay();
  const compile = (opts: { value?: string }) => {
    const ev = hasSpecificManagedPolicy.compile(opts, {
      resourceType: groups,
      policyName: 't',
      registry: provider.registry,
    });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    return ev;
  };
  expect(await compile({}).process(structuredClone(resources), { now: 0, provider })).toEqual([]);
  expect(provider.clients.session.calls).toHaveLength(0);
  const [r] = await compile({ value: 'billing' }).process(structuredClone(resources), { now: 0, provider });
  expect(r?.ManagedPolicies).toEqual(['AdministratorAccess', 'billing']);
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { GroupName: 'admins' },
    { GroupName: 'empty' },
  ]);
});
