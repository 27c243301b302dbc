import { fileURLToPath } from 'node:url';
import { testFilter } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import { createAwsProvider } from '../../../provider.js';
import addrs from '../resource.js';
import usedBy, { eniResourceType } from './used-by.js';

// eni-…c01 belongs to a network load balancer, eni-…c02 to an instance, eni-…c03 to a NAT gateway.
const flight = fileURLToPath(new URL('../__fixtures__/used-by', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const eips = () => [
  { AllocationId: 'eipalloc-1', NetworkInterfaceId: 'eni-0a1b2c3d4e5f60c01' },
  {
    AllocationId: 'eipalloc-2',
    NetworkInterfaceId: 'eni-0a1b2c3d4e5f60c02',
    InstanceId: 'i-0a1b2c3d4e5f60c02',
  },
  { AllocationId: 'eipalloc-3', NetworkInterfaceId: 'eni-0a1b2c3d4e5f60c03' },
  { AllocationId: 'eipalloc-4' },
];

testFilter(usedBy, {
  resourceType: addrs,
  context: { provider: await replay() },
  valid: [{ 'resource-type': 'elb-net' }, { 'resource-type': 'ec2' }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { 'resource-type': 'network-lb' }, messageId: 'unknown', path: ['resource-type'] },
  ],
  cases: [
    {
      name: 'network load balancer',
      options: { 'resource-type': 'elb-net' },
      resources: eips(),
      matches: ['eipalloc-1'],
    },
    { name: 'instance', options: { 'resource-type': 'ec2' }, resources: eips(), matches: ['eipalloc-2'] },
    { name: 'NAT gateway', options: { 'resource-type': 'nat' }, resources: eips(), matches: ['eipalloc-3'] },
  ],
});

describe('used-by', () => {
  it('tells the user of an interface as Cloud Custodian does', () => {
    expect(eniResourceType({ Description: 'ELB app/web/1' })).toBe('elb-app');
    expect(eniResourceType({ Description: 'ELB web' })).toBe('elb');
    expect(eniResourceType({ Description: 'RDSNetworkInterface' })).toBe('rds');
    expect(eniResourceType({ Description: 'Network interface for DBProxy x' })).toBe('rds');
    expect(eniResourceType({ Description: 'AWS Lambda VPC ENI-fn' })).toBe('lambda');
    expect(eniResourceType({ Description: 'ENI managed by APIGateway' })).toBe('apigw');
    expect(eniResourceType({})).toBe('unknown');
  });

  it('reads the interfaces of associated addresses in one call, none without any', async () => {
    const provider = await replay();
    const ev = usedBy.compile(
      { 'resource-type': 'ec2' },
      { resourceType: addrs, policyName: 't', registry: provider.registry },
    );
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    await ev.process(eips(), { now: 0, provider });
    await ev.process([{ AllocationId: 'eipalloc-4' }], { now: 0, provider });
    expect(provider.clients.session.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        'DescribeNetworkInterfaces',
        { NetworkInterfaceIds: ['eni-0a1b2c3d4e5f60c01', 'eni-0a1b2c3d4e5f60c02', 'eni-0a1b2c3d4e5f60c03'] },
      ],
    ]);
  });
});
