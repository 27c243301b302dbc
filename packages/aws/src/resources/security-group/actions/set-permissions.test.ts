import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import sg from '../resource.js';
import setPermissions from './set-permissions.js';

const ssh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const out = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const opsSsh = {
  IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
};
const beats = { IpProtocol: 'tcp', FromPort: 5044, ToPort: 5044, CidrIp: '192.168.1.2/32' };
const a = { GroupId: 'sg-a', IpPermissions: [ssh], IpPermissionsEgress: [out], MatchedIpPermissions: [ssh] };
const b = { GroupId: 'sg-b', IpPermissions: [], IpPermissionsEgress: [out] };

testAction(setPermissions, {
  resourceType: sg,
  valid: [
    {},
    { 'remove-ingress': 'matched', 'remove-egress': [out] },
    { 'add-ingress': [opsSsh], 'add-egress': [beats] },
  ],
  invalid: [
    { options: { 'remove-ingress': 'some' }, messageId: 'schema', path: ['remove-ingress'] },
    { options: { 'remove-egress': [{ IpProtocol: '-1' }] }, messageId: 'schema' },
    { options: { 'add-ingress': [{}] }, messageId: 'schema' },
    { options: { 'add-egress': [{ IpProtocol: '-1', Cidr: '0.0.0.0/0' }] }, messageId: 'schema' },
    { options: { 'add-ingress': opsSsh }, messageId: 'schema', path: ['add-ingress'] },
  ],
  cases: [
    {
      name: "every group's additions (egress, then ingress), then the removals",
      options: {
        'add-ingress': [opsSsh],
        'add-egress': [beats],
        'remove-ingress': 'matched',
        'remove-egress': 'all',
      },
      resources: [a, b],
      calls: [
        {
          operation: 'AuthorizeSecurityGroupEgress',
          input: { ...beats, GroupId: 'sg-a' },
          okErrors: ['InvalidPermission.Duplicate'],
        },
        {
          operation: 'AuthorizeSecurityGroupIngress',
          input: { ...opsSsh, GroupId: 'sg-a' },
          resourceIds: ['sg-a'],
        },
        { operation: 'AuthorizeSecurityGroupEgress', input: { ...beats, GroupId: 'sg-b' } },
        { operation: 'AuthorizeSecurityGroupIngress', input: { ...opsSsh, GroupId: 'sg-b' } },
        { operation: 'RevokeSecurityGroupIngress', input: { GroupId: 'sg-a', IpPermissions: [ssh] } },
        { operation: 'RevokeSecurityGroupEgress', input: { GroupId: 'sg-a', IpPermissions: [out] } },
        { operation: 'RevokeSecurityGroupEgress', input: { GroupId: 'sg-b', IpPermissions: [out] } },
      ],
    },
    {
      name: "the group id is always the resource's own; nothing to remove unless asked",
      options: { 'add-ingress': [{ ...beats, GroupId: 'sg-other' }] },
      resources: [a],
      calls: [{ operation: 'AuthorizeSecurityGroupIngress', input: { ...beats, GroupId: 'sg-a' } }],
    },
    { name: 'no options: no call', options: {}, resources: [a], calls: [] },
  ],
});

it('asks for the permissions its options need, as c7n', () => {
  const perms = setPermissions.permissions as (o: Record<string, unknown>, rt: unknown) => string[];
  expect(perms({ 'add-ingress': [beats] }, sg)).toEqual(['ec2:AuthorizeSecurityGroupIngress']);
  expect(perms({ 'remove-egress': 'all' }, sg)).toEqual([
    'ec2:RevokeSecurityGroupIngress',
    'ec2:RevokeSecurityGroupEgress',
  ]);
  expect(perms({}, sg)).toHaveLength(4);
});
