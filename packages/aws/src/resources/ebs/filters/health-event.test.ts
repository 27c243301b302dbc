import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { HEALTH_EVENT } from '../../../common/filters/health-event.js';
import { createAwsProvider } from '../../../provider.js';
import ebs from '../resource.js';
import healthEvent from './health-event.js';

// One AWS_EBS_VOLUME_LOST event naming vol-lost1 (Config still has it) and vol-lost2 (deleted).
const flight = fileURLToPath(new URL('../__fixtures__/health-event', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

testFilter(healthEvent, {
  resourceType: ebs,
  context: { provider: await replay() },
  valid: [{}, { types: ['AWS_EBS_DEGRADED_EBS_VOLUME_PERFORMANCE'], statuses: ['open', 'closed'] }],
  invalid: [
    { options: { types: ['AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED'] }, messageId: 'schema' },
    { options: { category: ['issue'] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'other types: the listed volumes the events affect',
      options: { types: ['AWS_EBS_DEGRADED_EBS_VOLUME_PERFORMANCE'] },
      resources: [{ VolumeId: 'vol-lost1' }, { VolumeId: 'vol-fine' }],
      matches: ['vol-lost1'],
    },
  ],
});

it('lost volumes: every page of events, the volumes rebuilt from Config (or their id alone)', async () => {
  const provider = await replay();
  const ev = healthEvent.compile(
    { types: ['AWS_EBS_VOLUME_LOST'] },
    { resourceType: ebs, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out: Resource[] = await ev.process([{ VolumeId: 'vol-fine' }], { now: 0, provider });
  expect(out).toMatchObject([
    { VolumeId: 'vol-lost1', Size: 100, VolumeType: 'gp3' },
    { VolumeId: 'vol-lost2' },
  ]);
  expect(out[0]?.[HEALTH_EVENT]).toMatchObject([
    { Description: 'A volume was lost due to a hardware failure.' },
  ]);
  const calls = provider.clients.session.calls;
  expect(calls.map((c) => c.operation)).toEqual([
    'DescribeEvents',
    'DescribeEventDetails',
    'DescribeAffectedEntities',
    'GetResourceConfigHistory',
    'GetResourceConfigHistory',
  ]);
  expect(calls[0]?.input).toEqual({
    filter: {
      services: ['EBS'],
      regions: ['us-east-1', 'global'],
      eventStatusCodes: ['open', 'upcoming'],
      eventTypeCodes: ['AWS_EBS_VOLUME_LOST'],
    },
  });
  expect(calls[3]?.input).toEqual({ resourceType: 'AWS::EC2::Volume', resourceId: 'vol-lost1', limit: 2 });
});
