import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import opsItem from './ops-item.js';

const flight = fileURLToPath(new URL('./__fixtures__/ops-item', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });

// Flight data: oi-1 names i-1; oi-2 names i-1 and i-3.
const instances = [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }, { InstanceId: 'i-3' }];

testFilter(opsItem, {
  resourceType: ec2,
  context: { provider: await replay() },
  valid: [
    {},
    { status: ['Open', 'In progress'], priority: [1, 2], title: 'exposed', source: 'Cloud Custodian' },
  ],
  invalid: [
    { options: { status: ['Closed'] }, messageId: 'schema' },
    { options: { priority: [6] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'resources an item names',
      options: { priority: [2] },
      resources: instances,
      matches: ['i-1', 'i-3'],
    },
  ],
});

describe('ops-item calls', () => {
  it('asks per 10 resources with the filters and keeps the item ids', async () => {
    const provider = await replay();
    const ev = opsItem.compile(
      { priority: [1, 2], title: 'exposed', source: 'Cloud Custodian' },
      { resourceType: ec2, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const many = Array.from({ length: 11 }, (_, i) => ({ InstanceId: `i-${i + 1}` }));
    const out = await ev.process(many, { now: 0, provider });
    expect(out.map((r) => [r.InstanceId, r['c7n:opsitems']])).toEqual([
      ['i-1', ['oi-1', 'oi-2']],
      ['i-3', ['oi-2']],
    ]);
    const calls = provider.clients.session.calls.map((c) => c.input);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({
      OpsItemFilters: [
        { Key: 'Status', Operator: 'Equal', Values: ['Open'] },
        { Key: 'Priority', Operator: 'Equal', Values: ['1', '2'] },
        { Key: 'Title', Operator: 'Contains', Values: ['exposed'] },
        { Key: 'Source', Operator: 'Equal', Values: ['Cloud Custodian'] },
        { Key: 'ResourceId', Operator: 'Contains', Values: many.slice(0, 10).map((r) => r.InstanceId) },
      ],
    });
  });
});
