import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import groups from '../resource.js';
import checkPermissions from './check-permissions.js';

// SimulatePrincipalPolicy answers: both actions allowed (admins); CreateUser allowed and
// DeleteUser implicitly denied (ops); NoSuchEntity (gone); then wraps.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/simulate', import.meta.url)),
  });
const arn = (n: string) => `arn:aws:iam::123456789012:group/${n}`;
const resources: Record<string, unknown>[] = [
  { GroupName: 'admins', Arn: arn('admins') },
  { GroupName: 'ops', Arn: arn('ops') },
  { GroupName: 'gone', Arn: arn('gone') },
];
const actions = ['iam:CreateUser', 'iam:DeleteUser'];

testFilter(checkPermissions, {
  resourceType: groups,
  context: { provider: await replay() },
  valid: [
    { match: 'allowed', actions },
    { match: { EvalDecision: 'implicitDeny' }, actions, 'match-operator': 'or', boundaries: false },
  ],
  invalid: [
    {
      options: { match: 'allowed', actions: ['CreateUser'] },
      messageId: 'invalid-action',
      path: ['actions', 0],
    },
    { options: { match: 'maybe', actions }, messageId: 'schema' },
    { options: { actions }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'every action allowed (and); a group gone has no results',
      options: { match: 'allowed', actions },
      resources,
      matches: ['admins'],
    },
    {
      name: 'or: one action denied',
      options: { match: 'denied', actions, 'match-operator': 'or' },
      resources,
      matches: ['ops'],
    },
  ],
});

it('simulates by group ARN, with an allow-all boundary when boundaries is false', async () => {
  const provider = await replay();
  const ev = checkPermissions.compile(
    { match: { EvalDecision: 'implicitDeny' }, actions, boundaries: false },
    { resourceType: groups, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(structuredClone(resources.slice(0, 2)), { now: 0, provider });
  expect(out).toEqual([]);
  const input = provider.clients.session.calls[0]?.input as Record<string, unknown>;
  expect(input).toMatchObject({ PolicySourceArn: arn('admins'), ActionNames: actions });
  expect(String((input.PermissionsBoundaryPolicyInputList as string[])[0])).toContain('"Action":"*"');
});
