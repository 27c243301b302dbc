import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sgType from '../resource.js';
import used from './used.js';

const dir = fileURLToPath(new URL('../__fixtures__/usage', import.meta.url));
const listing = () =>
  (
    JSON.parse(readFileSync(`${dir}/ec2.DescribeSecurityGroups_1.json`, 'utf8')) as {
      data: { SecurityGroups: Record<string, unknown>[] };
    }
  ).data.SecurityGroups;
const provider = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });

testFilter(used, {
  resourceType: sgType,
  context: { provider, region: 'us-east-1' },
  valid: [{}],
  invalid: [{ options: { unused: false }, messageId: 'schema' }],
  cases: [
    {
      name: 'the complement of unused (EC2-Classic groups count as used)',
      options: {},
      resources: listing(),
      matches: ['sg-a', 'sg-c', 'sg-e', 'sg-p', 'sg-classic'],
    },
  ],
});

it('used annotates what the interfaces tell', async () => {
  const p = await createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: dir });
  const ev = used.compile({}, { resourceType: sgType, policyName: 't', registry: p.registry });
  if (ev.kind !== 'process') throw new Error('expected a set-wise filter');
  const out = await ev.process(listing(), { now: 0, provider: p });
  const byId = new Map(out.map((r) => [r.GroupId, r]));
  expect(byId.get('sg-a')).toMatchObject({
    'c7n:InstanceOwnerIds': ['111122223333'],
    'c7n:InterfaceTypes': ['interface'],
    'c7n:InterfaceResourceTypes': ['ec2'],
  });
  expect(byId.get('sg-e')).toMatchObject({
    'c7n:InstanceOwnerIds': ['amazon-elb'],
    'c7n:InterfaceResourceTypes': ['elb-app'],
  });
  expect(byId.get('sg-c')).toMatchObject({ 'c7n:InstanceOwnerIds': [], 'c7n:InterfaceTypes': [] });
});
