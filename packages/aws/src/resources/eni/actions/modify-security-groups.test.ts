import { testAction } from '@c7n-ts/core/testing';
import enis from '../resource.js';
import modifySecurityGroups from './modify-security-groups.js';

const eni = (id: string, ...groups: string[]): Record<string, unknown> => ({
  NetworkInterfaceId: id,
  VpcId: 'vpc-1',
  Groups: groups.map((GroupId) => ({ GroupId })),
});

testAction(modifySecurityGroups, {
  resourceType: enis,
  valid: [{ add: 'sg-1' }, { remove: 'matched', 'isolation-group': 'sg-9' }],
  invalid: [
    { options: { remove: ['sg-1'] }, messageId: 'schema' },
    { options: { remove: 'all', add: 'sg-1' }, messageId: 'remove-all-needs-isolation', path: ['remove'] },
  ],
  cases: [
    {
      name: 'adds and removes groups by id, one call per interface',
      options: { add: 'sg-3', remove: ['sg-1'] },
      resources: [eni('eni-1', 'sg-1', 'sg-2'), eni('eni-2', 'sg-2')],
      calls: [
        {
          service: 'ec2',
          operation: 'ModifyNetworkInterfaceAttribute',
          input: { NetworkInterfaceId: 'eni-1', Groups: ['sg-2', 'sg-3'] },
          resourceIds: ['eni-1'],
        },
        { input: { NetworkInterfaceId: 'eni-2', Groups: ['sg-2', 'sg-3'] }, resourceIds: ['eni-2'] },
      ],
    },
    {
      name: 'removes the matched groups, isolating an interface left with none',
      options: { remove: 'matched', 'isolation-group': 'sg-9' },
      resources: [
        { ...eni('eni-1', 'sg-1', 'sg-2'), 'c7n:matched-security-groups': ['sg-1'] },
        { ...eni('eni-2', 'sg-1'), 'c7n:matched-security-groups': ['sg-1'] },
      ],
      calls: [
        { input: { NetworkInterfaceId: 'eni-1', Groups: ['sg-2'] } },
        { input: { NetworkInterfaceId: 'eni-2', Groups: ['sg-9'] } },
      ],
    },
  ],
});
