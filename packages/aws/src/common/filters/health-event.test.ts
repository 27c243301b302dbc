import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import rds from '../../resources/rds/resource.js';
import s3 from '../../resources/s3/resource.js';
import healthEvent, { HEALTH_EVENT } from './health-event.js';

// One scheduled retirement event; its affected entities are i-02 and an instance not in the run.
const flight = fileURLToPath(new URL('./__fixtures__/health-event', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const instances = () => [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }];
const EVENT =
  'arn:aws:health:us-east-1::event/EC2/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED/AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED_1';

testFilter(healthEvent, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{}, { types: ['AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED'], statuses: ['open', 'upcoming', 'closed'] }],
  invalid: [
    { options: { statuses: ['resolved'] }, messageId: 'schema' },
    { options: { types: 'AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED' }, messageId: 'schema' },
    { options: { category: ['issue'] }, messageId: 'ignored', path: ['category'] },
  ],
  cases: [{ name: 'the affected instance', options: {}, resources: instances(), matches: ['i-02'] }],
});

it('applies by trait: ec2 and rds declare a Health service, s3 does not', () => {
  const { resources } = healthEvent;
  if (typeof resources !== 'object' || !('has' in resources)) throw new Error('expected a trait');
  expect([ec2, rds, s3].map((rt) => resources.has(rt))).toEqual([true, true, false]);
});

it("asks in us-east-1 for the service's events in the region or global, then details and entities", async () => {
  const provider = await replay();
  const ev = healthEvent.compile(
    { types: ['AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED'], statuses: ['upcoming'] },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = instances();
  await ev.process(rs, { now: 0, provider, region: 'eu-west-1' });
  expect(rs[1]?.[HEALTH_EVENT]).toMatchObject([
    {
      arn: EVENT,
      Description: 'EC2 has detected degradation of the underlying hardware hosting your instance.',
    },
  ]);
  const calls = provider.clients.session.calls;
  expect(calls.map((c) => [c.operation, c.input])).toEqual([
    [
      'DescribeEvents',
      {
        filter: {
          services: ['EC2'],
          regions: ['eu-west-1', 'global'],
          eventStatusCodes: ['upcoming'],
          eventTypeCodes: ['AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED'],
          entityValues: ['i-01', 'i-02'],
        },
      },
    ],
    ['DescribeEventDetails', { eventArns: [EVENT] }],
    ['DescribeAffectedEntities', { filter: { eventArns: [EVENT] } }],
  ]);
});
