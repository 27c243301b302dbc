import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import hasInlinePolicy from './has-inline-policy.js';

// ListGroupPolicies answers two names for the first group, none for the second (and wraps).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/groups', import.meta.url)),
  });
const resources: Record<string, unknown>[] = [{ GroupName: 'admins' }, { GroupName: 'empty' }];

testFilter(hasInlinePolicy, {
  resourceType: groups,
  context: { provider: await replay() },
  valid: [{}, { value: false }],
  invalid: [{ options: { value: 1 }, messageId: 'schema', path: ['value'] }],
  cases: [
    { name: 'default: groups with inline policies', options: {}, resources, matches: ['admins'] },
    { name: 'value: false: groups without', options: { value: false }, resources, matches: ['empty'] },
  ],
});

it('asks ListGroupPolicies by group name and keeps the names', async () => {
  const provider = await replay();
  const ev = hasInlinePolicy.compile(
    {},
    { resourceType: groups, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const [r] = await ev.process(structuredClone(resources), { now: 0, provider });
  expect(r?.['c7n:InlinePolicies']).toEqual(['inline-a', 'inline-b']);
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['ListGroupPolicies', { GroupName: 'admins' }],
    ['ListGroupPolicies', { GroupName: 'empty' }],
  ]);
});
