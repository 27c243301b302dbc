import { testAction } from '@c7n-ts/core/testing';
import { describe, expect, it } from 'vitest';
import sg from '../resource.js';
import patch from './patch.js';

const https = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] };
const ssh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const all = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
const vpcOnly = { IpProtocol: '-1', IpRanges: [{ CidrIp: '10.0.0.0/16' }] };

// Now: ssh added, https removed, egress narrowed; Env changed, Team removed, Owner added.
const group: Record<string, unknown> = {
  GroupId: 'sg-a',
  IpPermissions: [ssh],
  IpPermissionsEgress: [vpcOnly],
  Tags: [
    { Key: 'Env', Value: 'dev' },
    { Key: 'Owner', Value: 'x' },
  ],
  'c7n:previous-revision': {
    resource: {
      GroupId: 'sg-a',
      IpPermissions: [https],
      IpPermissionsEgress: [all],
      Tags: [
        { Key: 'Env', Value: 'prod' },
        { Key: 'Team', Value: 'web' },
      ],
    },
  },
};

testAction(patch, {
  resourceType: sg,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'restores the revision: tags, then ingress, then egress',
      options: {},
      resources: [group],
      calls: [
        {
          operation: 'DeleteTags',
          input: { Resources: ['sg-a'], Tags: [{ Key: 'Owner' }] },
          resourceIds: ['sg-a'],
        },
        {
          operation: 'CreateTags',
          input: {
            Resources: ['sg-a'],
            Tags: [
              { Key: 'Team', Value: 'web' },
              { Key: 'Env', Value: 'prod' },
            ],
          },
        },
        { operation: 'RevokeSecurityGroupIngress', input: { GroupId: 'sg-a', IpPermissions: [ssh] } },
        { operation: 'AuthorizeSecurityGroupIngress', input: { GroupId: 'sg-a', IpPermissions: [https] } },
        { operation: 'RevokeSecurityGroupEgress', input: { GroupId: 'sg-a', IpPermissions: [vpcOnly] } },
        { operation: 'AuthorizeSecurityGroupEgress', input: { GroupId: 'sg-a', IpPermissions: [all] } },
      ],
    },
    {
      name: 'no revision or nothing changed: no call',
      options: {},
      resources: [
        { GroupId: 'sg-b', IpPermissions: [ssh] },
        {
          GroupId: 'sg-c',
          IpPermissions: [ssh],
          'c7n:previous-revision': { resource: { IpPermissions: [ssh] } },
        },
      ],
      calls: [],
    },
  ],
});

describe('patch', () => {
  it('needs a diff filter in the policy, blocks included', () => {
    const ctx = { resourceType: sg, policyName: 't', registry: undefined as never };
    const check = (filters: unknown) =>
      patch.check?.({}, { ...ctx, policy: { filters } }).map((p) => p.messageId);
    expect(check(['diff'])).toEqual([]);
    expect(check([{ or: [{ type: 'diff', selector: 'previous' }] }])).toEqual([]);
    expect(check([{ type: 'json-diff' }])).toEqual(['needs-diff']);
    expect(check(undefined)).toEqual(['needs-diff']);
  });
});
