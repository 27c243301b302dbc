import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import appElb from '../resource.js';
import setWaf from './set-waf.js';

const lbArn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1111';
const read = async () => ({ NextMarker: 'b2', WebACLs: [{ WebACLId: 'a1', Name: 'edge' }] });
const policy = { name: 'p', resource: 'aws.app-elb', filters: [{ type: 'wafv2-enabled', state: true }] };

testAction(setWaf, {
  resourceType: appElb,
  context: { read, policy },
  valid: [{ 'web-acl': 'edge' }, { 'web-acl': 'edge', state: false }],
  invalid: [
    { options: {}, messageId: 'schema' },
    { options: { 'web-acl': 'edge', force: true }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'associates the load balancer with the ACL named',
      options: { 'web-acl': 'edge' },
      resources: [{ LoadBalancerArn: lbArn }],
      calls: [
        {
          service: 'waf-regional',
          operation: 'AssociateWebACL',
          input: { WebACLId: 'a1', ResourceArn: lbArn },
          resourceIds: [lbArn],
        },
      ],
    },
    {
      name: 'an ACL id is taken as is',
      options: { 'web-acl': 'a1', state: true },
      resources: [{ LoadBalancerArn: lbArn }],
      calls: [{ operation: 'AssociateWebACL', input: { WebACLId: 'a1', ResourceArn: lbArn } }],
    },
    {
      name: 'state false disassociates by ARN (no ACL check)',
      options: { 'web-acl': 'gone', state: false },
      resources: [{ LoadBalancerArn: lbArn }],
      calls: [{ operation: 'DisassociateWebACL', input: { ResourceArn: lbArn } }],
    },
  ],
});

it('fails on an ACL that does not exist, as c7n', async () => {
  await expect(
    setWaf.plan?.([{ LoadBalancerArn: lbArn }], { 'web-acl': 'nope', state: true }, {
      read,
      resourceType: appElb,
    } as never),
  ).rejects.toThrow('invalid web acl: nope');
});

it('needs a waf-enabled or wafv2-enabled filter in the policy, as c7n', () => {
  const ctx = (filters: unknown[]) => ({ policy: { ...policy, filters } }) as never;
  expect(setWaf.check?.({ 'web-acl': 'edge' }, ctx([{ State: 'x' }]))?.map((p) => p.messageId)).toEqual([
    'needs-waf-filter',
  ]);
  expect(setWaf.check?.({ 'web-acl': 'edge' }, ctx([{ not: [{ type: 'waf-enabled' }] }]))).toEqual([]);
});
