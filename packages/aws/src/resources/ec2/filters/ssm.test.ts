import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import ssm, { SSM_STATE } from './ssm.js';

// DescribeInstanceInformation knows i-01 (Ubuntu, Online) and i-02 (ConnectionLost); not i-03.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/ssm', import.meta.url)),
  });
const instances = [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }];

testFilter(ssm, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { key: 'PingStatus', value: 'Online' },
    { key: 'PlatformVersion', value: '22.*', op: 'glob' },
  ],
  invalid: [
    { options: { key: 'PingStatus', value: 'Online', instance_ids: [] }, messageId: 'schema' },
    { options: { key: 'LastPingDateTime', value_type: 'age', value: 'old' }, messageId: 'invalid-age-value' },
  ],
  cases: [
    {
      name: 'online',
      options: { key: 'PingStatus', value: 'Online' },
      resources: instances,
      matches: ['i-01'],
    },
    {
      name: 'not managed: the empty annotation has no PingStatus',
      options: { key: 'PingStatus', value: 'absent' },
      resources: instances,
      matches: ['i-03'],
    },
  ],
});

it('asks once per 50 instances and annotates unmanaged ones with {}', async () => {
  const provider = await replay();
  const ev = ssm.compile(
    { key: 'PlatformName', value: 'Ubuntu' },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = Array.from({ length: 51 }, (_, n) => ({ InstanceId: `i-0${n + 1}` }));
  const out = await ev.process(rs, { now: 0, provider });
  expect(out.map((r) => r.InstanceId)).toEqual(['i-01']);
  expect(rs[2]?.[SSM_STATE]).toEqual({});
  const calls = provider.clients.session.calls;
  expect(calls.map((c) => c.operation)).toEqual([
    'DescribeInstanceInformation',
    'DescribeInstanceInformation',
  ]);
  expect(calls[1]?.input).toEqual({ Filters: [{ Key: 'InstanceIds', Values: ['i-051'] }] });
});
