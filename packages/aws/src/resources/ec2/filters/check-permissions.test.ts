import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import checkPermissions from './check-permissions.js';

// Profiles web (web-role), admin (admin-role), empty (no role). SimulatePrincipalPolicy answers
// web-role's evaluations (iam:CreateUser implicitDeny, s3:GetObject allowed), then admin-role's
// (both allowed), and again on wrap-around.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/instance-profile-policies', import.meta.url)),
  });
const inst = (id: string, profile?: string) => ({
  InstanceId: id,
  ...(profile && { IamInstanceProfile: { Arn: `arn:aws:iam::123456789012:instance-profile/${profile}` } }),
});
// Each case simulates two roles: web-role, then admin-role (i-admin-2 reuses its evaluations).
const resources = [
  inst('i-web', 'web'),
  inst('i-admin', 'admin'),
  inst('i-admin-2', 'admin'),
  inst('i-empty', 'empty'),
  inst('i-none'),
];
const actions = ['iam:CreateUser', 's3:GetObject'];

testFilter(checkPermissions, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { match: 'allowed', actions: ['*:*'] },
    { match: { EvalDecision: 'allowed' }, actions, 'match-operator': 'or', boundaries: false },
    { match: { type: 'value', key: 'EvalDecision', value: 'allowed' }, actions },
  ],
  invalid: [
    {
      options: { match: 'allowed', actions: ['CreateUser'] },
      messageId: 'invalid-action',
      path: ['actions', 0],
    },
    {
      options: { match: 'allowed', actions: [':CreateUser'] },
      messageId: 'invalid-action',
      path: ['actions', 0],
    },
    { options: { match: 'maybe', actions }, messageId: 'schema' },
    { options: { match: 'allowed' }, messageId: 'schema' },
    { options: { match: { key: 'EvalDecision', op: 'eq' }, actions }, messageId: 'missing-value' },
  ],
  cases: [
    {
      name: 'allowed: every action',
      options: { match: 'allowed', actions },
      resources,
      matches: ['i-admin', 'i-admin-2'],
    },
    {
      name: 'allowed, or: some action',
      options: { match: 'allowed', actions, 'match-operator': 'or' },
      resources,
      matches: ['i-web', 'i-admin', 'i-admin-2'],
    },
    {
      name: 'denied covers implicitDeny',
      options: { match: 'denied', actions, 'match-operator': 'or' },
      resources,
      matches: ['i-web'],
    },
    {
      name: 'a key: value pair on the evaluations',
      options: { match: { EvalActionName: 's3:GetObject' }, actions, 'match-operator': 'or' },
      resources,
      matches: ['i-web', 'i-admin', 'i-admin-2'],
    },
    {
      name: 'value filter options on the evaluations',
      options: { match: { key: 'EvalDecision', value: 'implicitDeny' }, actions, 'match-operator': 'or' },
      resources,
      matches: ['i-web'],
    },
  ],
});

it('simulates each role once, with an allow-all boundary when boundaries is false', async () => {
  const provider = await replay();
  const ev = checkPermissions.compile(
    { match: 'allowed', actions, boundaries: false },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(structuredClone(resources), { now: 0, provider });
  expect(out.map((r) => r.InstanceId)).toEqual(['i-admin', 'i-admin-2']);
  expect(out[0]?.['c7n:perm-matches']).toHaveLength(2);
  const boundary = [expect.stringContaining('"Effect":"Allow","Action":"*","Resource":"*"')];
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['ListInstanceProfiles', {}],
    [
      'SimulatePrincipalPolicy',
      {
        PolicySourceArn: 'arn:aws:iam::123456789012:role/web-role',
        ActionNames: actions,
        PermissionsBoundaryPolicyInputList: boundary,
      },
    ],
    [
      'SimulatePrincipalPolicy',
      {
        PolicySourceArn: 'arn:aws:iam::123456789012:role/admin-role',
        ActionNames: actions,
        PermissionsBoundaryPolicyInputList: boundary,
      },
    ],
  ]);
});
