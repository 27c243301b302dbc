import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import sgType from '../resource.js';
import defaultVpc from './default-vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/default-vpc', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '111122223333', replay: flight });
// vpc-0d2 is the default VPC in the flight data.
const groups = [
  { GroupId: 'sg-a', VpcId: 'vpc-0a1' },
  { GroupId: 'sg-b', VpcId: 'vpc-0d2' },
  { GroupId: 'sg-classic' },
];

testFilter(defaultVpc, {
  resourceType: sgType,
  context: { provider: await replay() },
  valid: [{}],
  invalid: [{ options: { vpc: 'vpc-1' }, messageId: 'schema' }],
  cases: [{ name: 'groups of the default vpc', options: {}, resources: groups, matches: ['sg-b'] }],
});

it('asks DescribeVpcs once, with no parameters', async () => {
  const provider = await replay();
  const ev = defaultVpc.compile({}, { resourceType: sgType, policyName: 't', registry: provider.registry });
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  await ev.process(structuredClone(groups), { now: 0, provider });
  expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([['DescribeVpcs', {}]]);
});
