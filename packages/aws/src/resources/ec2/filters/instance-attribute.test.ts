import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import instanceAttribute from './instance-attribute.js';

// DescribeInstanceAttribute (ebsOptimized) answers in call order: false for i-1, true for i-2.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/instance-attribute', import.meta.url)),
  });
const instances = [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }];

testFilter(instanceAttribute, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    { attribute: 'ebsOptimized', key: 'Value', value: false },
    { attribute: 'userData', key: 'Value', value: 'present' },
  ],
  invalid: [
    { options: { key: 'Value', value: false }, messageId: 'schema' },
    {
      options: { attribute: 'hostname', key: 'Value', value: 'x' },
      messageId: 'schema',
      path: ['attribute'],
    },
  ],
  cases: [
    {
      name: 'not EBS optimized',
      options: { attribute: 'ebsOptimized', key: 'Value', value: false },
      resources: instances,
      matches: ['i-1'],
    },
  ],
});

it('annotates each instance with the attribute answer', async () => {
  const provider = await replay();
  const ev = instanceAttribute.compile(
    { attribute: 'ebsOptimized', key: 'Value', value: true },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = structuredClone(instances);
  expect((await ev.process(rs, { now: 0, provider })).map((r) => r.InstanceId)).toEqual(['i-2']);
  expect(rs[0]?.['c7n:attribute-ebsOptimized']).toEqual({ Value: false });
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { Attribute: 'ebsOptimized', InstanceId: 'i-1' },
    { Attribute: 'ebsOptimized', InstanceId: 'i-2' },
  ]);
});
