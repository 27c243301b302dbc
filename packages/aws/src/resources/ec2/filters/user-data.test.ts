import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import userData from './user-data.js';

// DescribeInstanceAttribute (userData) in call order: a shell script with a password (i-1),
// gzipped cloud-config (i-2), none (i-3).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/user-data', import.meta.url)),
  });
const instances = [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }, { InstanceId: 'i-3' }];

testFilter(userData, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{ op: 'regex', value: '(?smi).*password=' }, { value: 'absent' }],
  invalid: [{ options: { op: 'regex', value: 'x', attribute: 'userData' }, messageId: 'schema' }],
  cases: [
    {
      name: 'a password anywhere (re.match from the start, so (?s).*)',
      options: { op: 'regex', value: '(?smi).*password=' },
      resources: instances,
      matches: ['i-1'],
    },
    {
      name: 'gzipped user data is decompressed',
      options: { op: 'regex', value: '(?s).*nginx', key: 'ignored' },
      resources: instances,
      matches: ['i-2'],
    },
    { name: 'no user data', options: { value: 'absent' }, resources: instances, matches: ['i-3'] },
  ],
});

it('reads userData for each instance not yet annotated', async () => {
  const provider = await replay();
  const ev = userData.compile(
    { value: 'present' },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = [{ InstanceId: 'i-0', 'c7n:user-data': 'cached' }, ...structuredClone(instances)];
  expect((await ev.process(rs, { now: 0, provider })).map((r) => r.InstanceId)).toEqual([
    'i-0',
    'i-1',
    'i-2',
  ]);
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual(
    instances.map((i) => ({ Attribute: 'userData', InstanceId: i.InstanceId })),
  );
});
