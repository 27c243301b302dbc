import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import ec2 from '../../resources/ec2/resource.js';
import addrs from '../../resources/network-addr/resource.js';
import shieldEnabled from './shield-enabled.js';

// Shield protects eipalloc-…01 (and a gone address, one in us-west-2 and a load balancer).
const flight = fileURLToPath(new URL('../shield/__fixtures__/protections', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const resources = () => [
  { AllocationId: 'eipalloc-0a1b2c3d4e5f60001', PublicIp: '203.0.113.1' },
  { AllocationId: 'eipalloc-0a1b2c3d4e5f60002', PublicIp: '203.0.113.2' },
];

testFilter(shieldEnabled, {
  resourceType: addrs,
  context: { provider: await replay(), region: 'us-east-1' },
  valid: [{}, { state: true }],
  invalid: [
    { options: { state: 'yes' }, messageId: 'schema', path: ['state'] },
    { options: { sync: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'unprotected by default',
      options: {},
      resources: resources(),
      matches: ['eipalloc-0a1b2c3d4e5f60002'],
    },
    {
      name: 'state true: protected',
      options: { state: true },
      resources: resources(),
      matches: ['eipalloc-0a1b2c3d4e5f60001'],
    },
  ],
});

describe('shield-enabled', () => {
  it('applies to types declaring a Shield ARN type only', () => {
    const trait = shieldEnabled.resources as { has: (rt: unknown) => boolean };
    expect(trait.has(addrs)).toBe(true);
    expect(trait.has(ec2)).toBe(false);
  });

  it('lists protections once, matches by eip-allocation ARN, annotates every resource', async () => {
    const provider = await replay();
    const ev = shieldEnabled.compile(
      { state: false },
      { resourceType: addrs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    const rs = resources();
    await ev.process(rs, { now: 0, provider, region: 'us-east-1' });
    expect(rs.map((r) => (r as Record<string, unknown>)['c7n:ShieldProtected'])).toEqual([true, false]);
    expect(provider.clients.session.calls.map((c) => [c.service, c.operation])).toEqual([
      ['shield', 'ListProtections'],
    ]);
  });
});
