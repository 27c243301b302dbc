import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import vpc from './vpc.js';

const flight = fileURLToPath(new URL('../__fixtures__/filter-vpc', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

const resources = [
  { InstanceId: 'i-prod', VpcId: 'vpc-0d1' },
  { InstanceId: 'i-dev', VpcId: 'vpc-0d2' },
  { InstanceId: 'i-classic' },
];

testFilter(vpc, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{ key: 'IsDefault', value: true }],
  invalid: [
    { options: { key: 'IsDefault', value: true, operator: 'all' }, messageId: 'schema', path: ['operator'] },
  ],
  cases: [
    { name: 'a vpc tag', options: { key: 'tag:Env', value: 'prod' }, resources, matches: ['i-prod'] },
    { name: 'the default vpc', options: { key: 'IsDefault', value: true }, resources, matches: ['i-dev'] },
  ],
});

describe('ec2 vpc calls', () => {
  it('asks DescribeVpcs for the instances vpc ids and records the match', async () => {
    const provider = await replay();
    const ev = vpc.compile(
      { key: 'IsDefault', value: false },
      { resourceType: ec2, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(resources), { now: 0, provider });
    expect(out).toMatchObject([{ InstanceId: 'i-prod', 'c7n:matched-vpcs': ['vpc-0d1'] }]);
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      ['DescribeVpcs', { VpcIds: ['vpc-0d1', 'vpc-0d2'] }],
    ]);
  });
});
