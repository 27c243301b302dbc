import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import iamRoleTagMirror from './iam-role-tag-mirror.js';

// ListInstanceProfiles: web (web-role), batch (batch-role), unused. GetRole answers web-role
// (Environment=prod) then batch-role (no Environment, Owner=Shared), and again on wrap-around.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/iam-role-tag-mirror', import.meta.url)),
  });
const inst = (id: string, profile: string | undefined, env?: string) => ({
  InstanceId: id,
  ...(profile && { IamInstanceProfile: { Arn: `arn:aws:iam::123456789012:instance-profile/${profile}` } }),
  Tags: env ? [{ Key: 'Environment', Value: env }] : [],
});
const instances = [
  inst('i-same', 'web', 'prod'),
  inst('i-diff', 'web', 'dev'),
  inst('i-batch', 'batch', 'prod'),
  inst('i-none', undefined, 'prod'),
];

testFilter(iamRoleTagMirror, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { key: 'tag:Environment' },
    { key: 'tag:Env', match: 'in', value: ['a'], 'missing-ok': true, ignore: [{ 'tag:Owner': 'x' }] },
  ],
  invalid: [
    { options: { match: 'equal' }, messageId: 'schema' },
    { options: { key: 'tag:Environment', match: 'same' }, messageId: 'schema', path: ['match'] },
  ],
  cases: [
    {
      name: 'not-equal: a different value, or a role without the tag',
      options: { key: 'tag:Environment' },
      resources: instances,
      matches: ['i-diff', 'i-batch'],
    },
    {
      name: 'equal',
      options: { key: 'tag:Environment', match: 'equal' },
      resources: instances,
      matches: ['i-same'],
    },
    {
      name: 'missing-ok: a missing tag is no difference',
      options: { key: 'tag:Environment', 'missing-ok': true },
      resources: instances,
      matches: ['i-diff'],
    },
    {
      name: 'ignore leaves roles out (and so their instances)',
      options: { key: 'tag:Environment', ignore: [{ 'tag:Owner': 'Shared' }] },
      resources: instances,
      matches: ['i-diff'],
    },
    {
      name: 'in: both values allowed',
      options: { key: 'tag:Environment', match: 'in', value: ['prod'] },
      resources: instances,
      matches: ['i-same'],
    },
  ],
});

it("makes Cloud Custodian's calls: profiles for all, roles twice, profiles per instance", async () => {
  const provider = await replay();
  const ev = iamRoleTagMirror.compile(
    { key: 'tag:Environment' },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = structuredClone(instances.slice(1, 3));
  await ev.process(rs, { now: 0, provider });
  expect(rs[0]?.['c7n:IamRoleTagMirror']).toEqual([
    { reason: 'TagMismatch', key: 'tag:Environment', resource: 'dev', 'iam-roles': { 'web-role': 'prod' } },
  ]);
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
