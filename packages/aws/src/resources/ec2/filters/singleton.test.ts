import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import singleton from './singleton.js';

// DescribeAlarmsForMetric answers in call order: a recover alarm (i-01), an alarm that only
// notifies (i-02), no alarm (i-03).
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/singleton', import.meta.url)),
  });
const running = (id: string, tags: { Key: string; Value: string }[] = []) => ({
  InstanceId: id,
  State: { Name: 'running' },
  Tags: tags,
});
const instances = [
  running('i-01'),
  running('i-asg', [{ Key: 'aws:autoscaling:groupName', Value: 'web' }]),
  { ...running('i-gone'), State: { Name: 'terminated' } },
  running('i-02'),
  running('i-03'),
];

testFilter(singleton, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{}],
  invalid: [{ options: { alarm: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'not in an asg, not terminated, no recover alarm',
      options: {},
      resources: instances,
      matches: ['i-02', 'i-03'],
    },
  ],
});

it('asks CloudWatch only for the candidates, in order', async () => {
  const provider = await replay();
  const ev = singleton.compile({}, { resourceType: ec2, policyName: 't', registry: provider.registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  await ev.process(structuredClone(instances), { now: 0, provider });
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual(
    ['i-01', 'i-02', 'i-03'].map((id) => ({
      MetricName: 'StatusCheckFailed_System',
      Namespace: 'AWS/EC2',
      Dimensions: [{ Name: 'InstanceId', Value: id }],
    })),
  );
});
