import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import addrs from '../../resources/network-addr/resource.js';
import setShield from './set-shield.js';

// Shield protects eipalloc-…01 and eipalloc-…09 (gone) in us-east-1, eipalloc-…08 in us-west-2
// and a load balancer; DescribeAddresses lists …01 and …02.
const flight = fileURLToPath(new URL('../shield/__fixtures__/protections', import.meta.url));
const provider = await createAwsProvider({
  regions: ['us-east-1'],
  accountId: '123456789012',
  replay: flight,
});
const read = (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
  provider.send(service, operation, input, region ?? 'us-east-1');
const protectedAddr = { AllocationId: 'eipalloc-0a1b2c3d4e5f60001', PublicIp: '203.0.113.1' };
const freeAddr = { AllocationId: 'eipalloc-0a1b2c3d4e5f60002', PublicIp: '203.0.113.2' };
const arn = (n: string) => `arn:aws:ec2:us-east-1:123456789012:eip-allocation/eipalloc-0a1b2c3d4e5f6000${n}`;

testAction(setShield, {
  resourceType: addrs,
  context: { provider, read, region: 'us-east-1' },
  valid: [{}, { state: false }, { state: true, sync: true }],
  invalid: [
    { options: { state: 'on' }, messageId: 'schema', path: ['state'] },
    { options: { name: 'x' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'protects the unprotected, named after the address; the protected make no call',
      options: {},
      resources: [protectedAddr, freeAddr],
      calls: [
        {
          service: 'shield',
          operation: 'CreateProtection',
          input: { Name: '203.0.113.2', ResourceArn: arn('2') },
          resourceIds: ['eipalloc-0a1b2c3d4e5f60002'],
          region: 'us-east-1',
          okErrors: ['ResourceAlreadyExistsException'],
        },
      ],
    },
    {
      name: 'state false removes existing protections only',
      options: { state: false },
      resources: [protectedAddr, freeAddr],
      calls: [
        {
          operation: 'DeleteProtection',
          input: { ProtectionId: '0b5e7a52-1111-4c1e-9a0e-000000000001' },
          resourceIds: ['eipalloc-0a1b2c3d4e5f60001'],
        },
      ],
    },
    {
      name: "sync first deletes this region's protections of addresses that are gone",
      options: { sync: true },
      resources: [freeAddr],
      calls: [
        {
          operation: 'DeleteProtection',
          input: { ProtectionId: '0b5e7a52-1111-4c1e-9a0e-000000000009' },
          resourceIds: [],
        },
        { operation: 'CreateProtection', input: { ResourceArn: arn('2') } },
      ],
    },
  ],
});

describe('set-shield permissions', () => {
  it('adds DeleteProtection when it may delete', () => {
    const perms = setShield.permissions as (o: object) => string[];
    expect(perms({ state: true })).toEqual(['shield:CreateProtection', 'shield:ListProtections']);
    expect(perms({ sync: true })).toContain('shield:DeleteProtection');
    expect(perms({ state: false })).toContain('shield:DeleteProtection');
  });
});
