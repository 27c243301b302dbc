import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import ec2 from '../resource.js';
import ssmInventory from './ssm-inventory.js';

// ListInventoryEntries: i-01 has two pages (docker, docker-compose); i-02 has no entry.
const replay = () =>
  createAwsProvider({
    regions: ['us-east-1'],
    accountId: '123456789012',
    replay: fileURLToPath(new URL('../__fixtures__/ssm-inventory', import.meta.url)),
  });
const instances = [{ InstanceId: 'i-01' }, { InstanceId: 'i-02' }];
const docker = [{ Key: 'Name', Values: ['docker'], Type: 'BeginWith' }];

testFilter(ssmInventory, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [{}, { query: docker }, { query: [{ Key: 'Name', Values: ['x'] }] }],
  invalid: [
    { options: { query: [{ Key: 'Name' }] }, messageId: 'schema', path: ['query', '0'] },
    { options: { query: [{ Key: 'Name', Values: ['x'], Type: 'Like' }] }, messageId: 'schema' },
  ],
  cases: [
    { name: 'instances with entries', options: { query: docker }, resources: instances, matches: ['i-01'] },
  ],
});

it('reads every page per instance, passing the query as Filters', async () => {
  const provider = await replay();
  const ev = ssmInventory.compile(
    { query: docker },
    { resourceType: ec2, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs: Resource[] = structuredClone(instances);
  await ev.process(rs, { now: 0, provider });
  expect(rs[0]?.['c7n:SSM-Inventory']).toHaveLength(2);
  expect(provider.clients.session.calls.map((c) => c.input)).toEqual([
    { InstanceId: 'i-01', TypeName: 'AWS:Application', Filters: docker },
    { InstanceId: 'i-01', TypeName: 'AWS:Application', NextToken: 'page-2', Filters: docker },
    { InstanceId: 'i-02', TypeName: 'AWS:Application', Filters: docker },
  ]);
});
