import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import terminationProtected from './termination-protected.js';

// DescribeInstanceAttribute answers in call order, one per instance: protection on, off, on.
const replay = (name: string) =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url)),
  });
const instances = [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }, { InstanceId: 'i-03' }];

testFilter(terminationProtected, {
  resourceType: ec2,
  context: { provider: await replay('termination-protected') },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [
    { name: 'disableApiTermination true', options: {}, resources: instances, matches: ['i-01', 'i-03'] },
  ],
});

it('asks for the attribute of each instance, in order', async () => {
  const provider = await replay('termination-protected');
  const ev = terminationProtected.compile(
    {},
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  await ev.process(structuredClone(instances), { now: 0, provider });
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual(
    instances.map((i) => [
      'DescribeInstanceAttribute',
      { Attribute: 'disableApiTermination', InstanceId: i.InstanceId },
    ]),
  );
});
