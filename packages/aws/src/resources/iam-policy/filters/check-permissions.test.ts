import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import policies from '../resource.js';
import checkPermissions from './check-permissions.js';

// GetPolicyVersion answers a URL-encoded document allowing iam:*; SimulateCustomPolicy answers
// allowed for the first policy, implicitDeny for the second (and wraps).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/simulate', import.meta.url)),
  });
const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] };
const resources: Record<string, unknown>[] = [
  { PolicyId: 'iam-admin', Arn: 'arn:aws:iam::123456789012:policy/iam-admin', DefaultVersionId: 'v2' },
  // Already read by an earlier check-permissions: not asked again.
  { PolicyId: 'deny', Arn: 'arn:aws:iam::123456789012:policy/deny', 'c7n:policy': { Document: doc } },
];
const actions = ['iam:CreateUser'];

testFilter(checkPermissions, {
  resourceType: policies,
  context: { provider: await replay() },
  valid: [
    { match: 'allowed', actions },
    { match: { EvalDecision: 'allowed' }, actions, 'match-operator': 'or' },
  ],
  invalid: [
    { options: { match: 'allowed', actions: ['*'] }, messageId: 'invalid-action', path: ['actions', 0] },
  ],
  cases: [
    {
      name: 'the default version allows the action',
      options: { match: 'allowed', actions },
      resources,
      matches: ['iam-admin'],
    },
  ],
});

// As c7n: a managed policy is simulated alone, so `boundaries: false` adds no boundary.
it("simulates the default version's decoded document, boundaries or not", async () => {
  const provider = await replay();
  const ev = checkPermissions.compile(
    { match: 'denied', actions, boundaries: false },
    { resourceType: policies, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(structuredClone(resources), { now: 0, provider });
  expect(out.map((r) => r.PolicyId)).toEqual(['deny']);
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['GetPolicyVersion', { PolicyArn: 'arn:aws:iam::123456789012:policy/iam-admin', VersionId: 'v2' }],
    [
      'SimulateCustomPolicy',
      {
        PolicyInputList: [
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}',
        ],
        ActionNames: actions,
      },
    ],
    ['SimulateCustomPolicy', { PolicyInputList: [JSON.stringify(doc)], ActionNames: actions }],
  ]);
});
