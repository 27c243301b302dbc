import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import ec2 from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

// DescribeSecurityGroups answers in call order: groups by name (launch-wizard-1 and web-2 in
// vpc-1, another web-2 in vpc-2), then groups by tag (prod-default in vpc-1 and vpc-9).
const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/modify-security-groups', import.meta.url));
  const clients = createClients({ regions: ['us-east-1'], accountId: '123456789012', replay: dir });
  return {
    clients,
    read: (service: string, operation: string, input: Record<string, unknown>) =>
      clients.send(service, operation, input, 'us-east-1'),
  };
};
const eni = (id: string, vpc: string, ...groups: string[]) => ({
  NetworkInterfaceId: id,
  VpcId: vpc,
  Groups: groups.map((GroupId) => ({ GroupId })),
});
const instance = (id: string, ...enis: ReturnType<typeof eni>[]): Record<string, unknown> => ({
  InstanceId: id,
  NetworkInterfaces: enis,
});

testAction(modifySecurityGroups, {
  resourceType: ec2,
  context: { read: reader().read },
  valid: [
    { add: 'sg-1' },
    { add: ['sg-1', 'web'], remove: ['sg-2'] },
    { remove: 'matched', 'isolation-group': 'sg-9' },
    { 'add-by-tag': { key: 'env', values: ['prod'] } },
  ],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { add: 3 }, messageId: 'schema' },
    { options: { 'add-by-tag': { key: 'env' } }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'names resolve in the interface VPC; every interface of each instance',
      options: { remove: ['launch-wizard-1'], add: 'web-2' },
      resources: [
        instance('i-1', eni('eni-1a', 'vpc-1', 'sg-0wiz1', 'sg-0app'), eni('eni-1b', 'vpc-1', 'sg-0app')),
      ],
      calls: [
        {
          operation: 'ModifyNetworkInterfaceAttribute',
          input: { NetworkInterfaceId: 'eni-1a', Groups: ['sg-0app', 'sg-0web2'] },
          resourceIds: ['i-1'],
        },
        { input: { NetworkInterfaceId: 'eni-1b', Groups: ['sg-0app', 'sg-0web2'] } },
      ],
    },
    {
      name: 'remove matched; the isolation group when none is left',
      options: { remove: 'matched', 'isolation-group': 'sg-0iso' },
      resources: [
        {
          ...instance('i-2', eni('eni-2', 'vpc-1', 'sg-0bad')),
          'c7n:matched-security-groups': ['sg-0bad'],
        },
        {
          ...instance('i-3', eni('eni-3', 'vpc-1', 'sg-0bad', 'sg-0ok')),
          'c7n:matched-security-groups': ['sg-0bad'],
        },
      ],
      calls: [
        { input: { NetworkInterfaceId: 'eni-2', Groups: ['sg-0iso'] } },
        { input: { NetworkInterfaceId: 'eni-3', Groups: ['sg-0ok'] } },
      ],
    },
    {
      name: 'add-by-tag adds the tagged groups of the same VPC',
      options: { 'add-by-tag': { key: 'environment', values: ['production'] } },
      resources: [instance('i-4', eni('eni-4', 'vpc-1', 'sg-0app'))],
      calls: [{ input: { NetworkInterfaceId: 'eni-4', Groups: ['sg-0app', 'sg-0prod1'] } }],
    },
  ],
});

it('reads groups by name once, and fails the action on a name that does not exist', async () => {
  const r = reader();
  const plan = modifySecurityGroups.plan(
    [instance('i-1', eni('eni-1', 'vpc-1', 'sg-0app'))] as never[],
    { add: ['web-2', 'nope'] },
    { now: 0, resourceType: ec2, policyName: 't', dryrun: false, policy: {}, read: r.read },
  );
  await expect(plan).rejects.toThrow(/security groups not found: nope/);
  expect(r.clients.session.calls.map((c) => c.input)).toEqual([
    { Filters: [{ Name: 'group-name', Values: ['web-2', 'nope'] }] },
  ]);
});
