import { fileURLToPath } from 'node:url';
import type { Resource } from '@c7n-ts/core';
import { testFilter } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createAwsProvider } from '../../provider.js';
import asg from '../../resources/asg/resource.js';
import ec2SecurityGroup from '../../resources/ec2/filters/security-group.js';
import ec2Subnet from '../../resources/ec2/filters/subnet.js';
import ec2 from '../../resources/ec2/resource.js';
import lambda from '../../resources/lambda/resource.js';
import rds from '../../resources/rds/resource.js';
import s3 from '../../resources/s3/resource.js';
import networkLocation, { NETWORK_LOCATION } from './network-location.js';

// Groups: sg-a Location=east, sg-b west, sg-c Enterprise; subnet-1 is east.
const flight = fileURLToPath(new URL('./__fixtures__/network-location', import.meta.url));
const replay = () => createAwsProvider({ regions: ['us-east-1'], accountId: '123456789012', replay: flight });
const instance = (id: string, location: string | undefined, groups: string[]): Resource => ({
  InstanceId: id,
  Tags: location ? [{ Key: 'Location', Value: location }] : [],
  NetworkInterfaces: [{ SubnetId: 'subnet-1', Groups: groups.map((GroupId) => ({ GroupId })) }],
});
const instances = () => [
  instance('i-ok', 'east', ['sg-a']),
  instance('i-mixed', 'east', ['sg-a', 'sg-b']),
  instance('i-untagged', undefined, ['sg-a']),
  instance('i-shared', 'east', ['sg-a', 'sg-c']),
];

testFilter(networkLocation, {
  resourceType: ec2,
  with: [ec2SecurityGroup, ec2Subnet],
  context: { provider: await replay() },
  valid: [
    { key: 'tag:Location' },
    {
      key: 'tag:Location',
      compare: ['resource', 'subnet'],
      match: 'equal',
      'missing-ok': true,
      'max-cardinality': 2,
    },
    { key: 'tag:Location', match: 'in', value: ['east', 'west'] },
  ],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { key: 'tag:Location', match: 'non-equal' }, messageId: 'schema' },
    { options: { key: 'tag:Location', compare: ['vpc'] }, messageId: 'schema' },
    { options: { key: 'Tags[?' }, messageId: 'invalid-key', path: ['key'] },
  ],
  cases: [
    {
      name: 'not-equal (default): more than one group value, a group mismatch, no tag on the resource',
      options: { key: 'tag:Location' },
      resources: instances(),
      matches: ['i-mixed', 'i-untagged', 'i-shared'],
    },
    {
      name: 'ignore leaves the shared group out',
      options: { key: 'tag:Location', ignore: [{ 'tag:Location': 'Enterprise' }] },
      resources: instances(),
      matches: ['i-mixed', 'i-untagged'],
    },
    {
      name: 'equal, resource against subnet only',
      options: { key: 'tag:Location', compare: ['resource', 'subnet'], match: 'equal' },
      resources: instances(),
      matches: ['i-ok', 'i-mixed', 'i-shared'],
    },
    {
      name: 'in: every compared value is allowed',
      options: { key: 'tag:Location', match: 'in', value: ['east', 'west'] },
      resources: instances(),
      matches: ['i-ok', 'i-mixed'],
    },
  ],
});

it('keeps the reasons, and fetches security groups before subnets', async () => {
  const provider = await replay();
  const ev = networkLocation.compile(
    { key: 'tag:Location', compare: ['resource', 'security-group'] },
    {
      resourceType: ec2,
      policyName: 't',
      registry: provider.registry,
    },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const rs = [instance('i-mixed', 'east', ['sg-a', 'sg-b'])];
  await ev.process(rs, { now: 0, provider });
  expect(rs[0]?.[NETWORK_LOCATION]).toEqual([
    { reason: 'SecurityGroupLocationCardinality', 'security-groups': { 'sg-a': 'east', 'sg-b': 'west' } },
    { reason: 'SecurityGroupMismatch', resource: 'east', 'security-groups': { 'sg-b': 'west' } },
  ]);
  expect(provider.clients.session.calls.map((c) => c.operation)).toEqual([
    'DescribeSecurityGroups',
    'DescribeSubnets',
  ]);
});

it("reuses rds's and asg's own subnet and security-group filters; a type without them is refused", async () => {
  const { registry } = await replay();
  const check = (resourceType: typeof ec2) =>
    networkLocation.check?.({ key: 'tag:Location' }, { resourceType, policyName: 't', registry }) ?? [];
  expect(check(rds)).toEqual([]);
  expect(check(asg)).toEqual([]);
  expect(check(s3).map((p) => p.messageId)).toEqual(['needs-related']);
});

it("works on lambda through its VpcConfig's subnets and groups", async () => {
  const provider = await replay();
  const fn = (name: string, groups: string[]): Resource => ({
    FunctionName: name,
    Tags: [{ Key: 'Location', Value: 'east' }],
    VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: groups, VpcId: 'vpc-1' },
  });
  const ev = networkLocation.compile(
    { key: 'tag:Location' },
    { resourceType: lambda, policyName: 't', registry: provider.registry },
  );
  if (ev.kind !== 'process') throw new Error('expected a process filter');
  const out = await ev.process([fn('ok', ['sg-a']), fn('mixed', ['sg-a', 'sg-b'])], { now: 0, provider });
  expect(out.map((r) => r.FunctionName)).toEqual(['mixed']);
});

it('attaches to the types that declare source.networkLocation, as Cloud Custodian registers it', async () => {
  const { registry } = await replay();
  const declared = ['aws.app-elb', 'aws.asg', 'aws.ec2', 'aws.ecs-service', 'aws.eks', 'aws.elb', 'aws.eni'];
  for (const type of [...declared, 'aws.lambda', 'aws.rds'])
    expect(registry.filter(type, 'network-location'), type).toBeDefined();
  for (const type of ['aws.s3', 'aws.vpc', 'aws.subnet'])
    expect(registry.filter(type, 'network-location'), type).toBeUndefined();
});

it('works on eni, app-elb and elb through their own subnet and security-group filters', async () => {
  const provider = await replay();
  const run = async (type: string, resources: Resource[]) => {
    const resourceType = provider.registry.resource(type);
    if (!resourceType) throw new Error(type);
    const ctx = { resourceType, policyName: 't', registry: provider.registry };
    expect(networkLocation.check?.({ key: 'tag:Location' }, ctx) ?? []).toEqual([]);
    const ev = networkLocation.compile({ key: 'tag:Location' }, ctx);
    if (ev.kind !== 'process') throw new Error('expected a process filter');
    return (await ev.process(resources, { now: 0, provider })).map((r) => r[resourceType.id]);
  };
  const east = [{ Key: 'Location', Value: 'east' }];
  const eni = (id: string, groups: string[]): Resource => ({
    NetworkInterfaceId: id,
    SubnetId: 'subnet-1',
    Groups: groups.map((GroupId) => ({ GroupId })),
    Tags: east,
  });
  expect(await run('aws.eni', [eni('eni-ok', ['sg-a']), eni('eni-mixed', ['sg-a', 'sg-b'])])).toEqual([
    'eni-mixed',
  ]);
  const alb = (name: string, groups: string[]): Resource => ({
    LoadBalancerArn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/${name}/1`,
    LoadBalancerName: name,
    AvailabilityZones: [{ ZoneName: 'us-east-1a', SubnetId: 'subnet-1' }],
    SecurityGroups: groups,
    Tags: east,
  });
  expect(await run('aws.app-elb', [alb('ok', ['sg-a']), alb('west', ['sg-b'])])).toEqual([
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/west/1',
  ]);
  const elb = (name: string, groups: string[]): Resource => ({
    LoadBalancerName: name,
    Subnets: ['subnet-1'],
    SecurityGroups: groups,
    Tags: east,
  });
  expect(await run('aws.elb', [elb('ok', ['sg-a']), elb('mixed', ['sg-a', 'sg-b'])])).toEqual(['mixed']);
});
