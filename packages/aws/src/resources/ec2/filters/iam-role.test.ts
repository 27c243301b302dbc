import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import iamRole from './iam-role.js';

// The iam-role-tag-mirror flight: profiles web (web-role), batch (batch-role), unused; GetRole
// answers web-role (Environment=prod) then batch-role (Owner=Shared), and again on wrap-around.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/iam-role-tag-mirror', import.meta.url)),
  });
const inst = (id: string, profile?: string) => ({
  InstanceId: id,
  ...(profile && { IamInstanceProfile: { Arn: `arn:aws:iam::123456789012:instance-profile/${profile}` } }),
});
const resources = [inst('i-web', 'web'), inst('i-batch', 'batch'), inst('i-none')];

testFilter(iamRole, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { key: 'RoleName', value: '.*Admin.*', op: 'regex' },
    { key: 'tag:Env', 'match-resource': true },
  ],
  invalid: [
    { options: { key: 'RoleName', value: 'x', operator: 'all' }, messageId: 'schema', path: ['operator'] },
  ],
  cases: [
    {
      name: 'a role tag',
      options: { key: 'tag:Environment', value: 'prod' },
      resources,
      matches: ['i-web'],
    },
    {
      name: 'absent: roles without the tag (instances without a role have none to match)',
      options: { key: 'tag:Environment', value: 'absent' },
      resources,
      matches: ['i-batch'],
    },
    {
      name: 'resource_count counts the roles, 0 without a profile',
      options: { key: 'RoleName', value_type: 'resource_count', op: 'eq', value: 0 },
      resources,
      matches: ['i-none'],
    },
  ],
});

it("makes Cloud Custodian's calls and records the matched role", async () => {
  const provider = await replay();
  const ev = iamRole.compile(
    { key: 'RoleName', value: 'batch-role' },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process(structuredClone(resources), { now: 0, provider });
  expect(out).toMatchObject([{ InstanceId: 'i-batch', 'c7n:matched-iam-role': ['batch-role'] }]);
  // The whole set once (profiles, GetRole, GetRole again), then the profiles per instance
  // with one (i-none makes no call).
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
    ['ListInstanceProfiles', {}],
    ['GetRole', { RoleName: 'web-role' }],
    ['GetRole', { RoleName: 'batch-role' }],
    ['GetRole', { RoleName: 'web-role' }],
    ['GetRole', { RoleName: 'batch-role' }],
    ['ListInstanceProfiles', {}],
    ['ListInstanceProfiles', {}],
  ]);
});
