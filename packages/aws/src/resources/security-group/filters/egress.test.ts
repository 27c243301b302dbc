import { testFilter } from '@c7n-ts/core/testing';
import sgType from '../resource.js';
import egress from './egress.js';

const group = (id: string, perm: Record<string, unknown>) => ({
  GroupId: id,
  OwnerId: '111122223333',
  IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
  IpPermissionsEgress: [{ IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [], ...perm }],
});

const groups = [
  group('sg-open', { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
  group('sg-https', { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }),
];

testFilter(egress, {
  resourceType: sgType,
  valid: [{ OnlyPorts: [443] }, { Cidr: { value_type: 'cidr_size', op: 'lt', value: 24 } }],
  invalid: [{ options: { Ports: 443 }, messageId: 'schema', path: ['Ports'] }],
  cases: [
    // Reads the outbound rules only: the open inbound SSH rule of both groups is not looked at.
    {
      name: 'Cidr on outbound rules',
      options: { Cidr: '0.0.0.0/0' },
      resources: groups,
      matches: ['sg-open'],
    },
    { name: 'Ports on outbound rules', options: { Ports: [22] }, resources: groups, matches: [] },
    {
      name: 'cidr_size of the outbound ranges',
      options: { Cidr: { value_type: 'cidr_size', op: 'lt', value: 24 } },
      resources: groups,
      matches: ['sg-open', 'sg-https'],
    },
  ],
});
