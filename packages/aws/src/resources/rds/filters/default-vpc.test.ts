import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import rds from '../resource.js';
import defaultVpc from './default-vpc.js';

const replay = (name: string) =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url)),
  });

const db = (id: string, VpcId?: string) => ({
  DBInstanceIdentifier: id,
  DBSubnetGroup: VpcId ? { VpcId } : undefined,
});
// Flight data: vpc-0d2 is the default vpc.
const resources = [
  db('db-custom', 'vpc-0d1'),
  db('db-default', 'vpc-0d2'),
  db('db-no-group'),
  db('db-default-2', 'vpc-0d2'),
];

testFilter(defaultVpc, {
  resourceType: rds,
  context: { provider: await replay('filter-default-vpc') },
  valid: [{}],
  invalid: [{ options: { value: true }, messageId: 'schema' }],
  cases: [{ name: 'in the default vpc', options: {}, resources, matches: ['db-default', 'db-default-2'] }],
});

describe('rds default-vpc calls', () => {
  const run = async (flight: string) => {
    const provider = await replay(flight);
    const ev = defaultVpc.compile({}, { resourceType: rds, policyName: 't', registry: provider.registry });
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const out = await ev.process(structuredClone(resources), { now: 0, provider });
    return {
      out: out.map((r) => r.DBInstanceIdentifier),
      calls: provider.clients.session.calls.map((c) => [c.operation, c.input]),
    };
  };

  it('asks DescribeVpcs once', async () => {
    expect(await run('filter-default-vpc')).toEqual({
      out: ['db-default', 'db-default-2'],
      calls: [['DescribeVpcs', {}]],
    });
  });

  it('asks again for each resource while the region has no default vpc, as c7n does', async () => {
    const { out, calls } = await run('filter-no-default-vpc');
    expect(out).toEqual([]);
    expect(calls).toHaveLength(3);
  });
});
