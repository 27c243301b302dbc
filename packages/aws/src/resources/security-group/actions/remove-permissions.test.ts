import { testAction } from '@c7n-ts/core/testing';
import sg from '../resource.js';
import removePermissions from './remove-permissions.js';

const ssh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const web = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const out = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const group: Record<string, unknown> = {
  GroupId: 'sg-1',
  IpPermissions: [ssh, web],
  IpPermissionsEgress: [out],
  MatchedIpPermissions: [ssh],
};

testAction(removePermissions, {
  resourceType: sg,
  valid: [{}, { ingress: 'all', egress: 'matched' }, { egress: [out] }],
  invalid: [
    { options: { ingress: 'some' }, messageId: 'schema', path: ['ingress'] },
    { options: { egress: [{}] }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'revokes the matched rules by default; no egress match, no egress call',
      options: {},
      resources: [group],
      calls: [
        {
          service: 'ec2',
          operation: 'RevokeSecurityGroupIngress',
          input: { GroupId: 'sg-1', IpPermissions: [ssh] },
          resourceIds: ['sg-1'],
        },
      ],
    },
    {
      name: 'all, and listed rules',
      options: { ingress: 'all', egress: [out] },
      resources: [group],
      calls: [
        { operation: 'RevokeSecurityGroupIngress', input: { GroupId: 'sg-1', IpPermissions: [ssh, web] } },
        { operation: 'RevokeSecurityGroupEgress', input: { GroupId: 'sg-1', IpPermissions: [out] } },
      ],
    },
    {
      name: 'matched egress reads the egress annotation',
      options: { ingress: [], egress: 'matched' },
      resources: [{ ...group, MatchedIpPermissionsEgress: [out] }],
      calls: [{ operation: 'RevokeSecurityGroupEgress', input: { IpPermissions: [out] } }],
    },
  ],
});
