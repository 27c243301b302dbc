import { fileURLToPath } from 'node:url';
import { testAction } from '@c7n-ts/core/testing';
import { expect, it } from 'vitest';
import { createClients } from '../../../clients/index.js';
import appElb from '../resource.js';
import setWafv2 from './set-wafv2.js';

const reader = () => {
  const dir = fileURLToPath(new URL('../__fixtures__/wafv2', import.meta.url));
  const clients = createClients({ regions: ['eu-west-1'], accountId: '123456789012', replay: dir });
  return (service: string, operation: string, input: Record<string, unknown>, region?: string) =>
    clients.send(service, operation, input, region ?? 'eu-west-1');
};
const lb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/open/2222';
const acl = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/FMManagedWebACLV2-FMS-b/b2';
const policy = { name: 'p', resource: 'aws.app-elb', filters: [{ not: [{ type: 'wafv2-enabled' }] }] };

// ListWebACLs (REGIONAL): edge-a and FMManagedWebACLV2-FMS-b.
testAction(setWafv2, {
  resourceType: appElb,
  context: { read: reader(), policy },
  valid: [{ 'web-acl': 'FMManaged' }, { state: false }],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'associates the one matching ACL by load balancer ARN',
      options: { 'web-acl': 'FMManagedWebACLV2-?FMS-.*' },
      resources: [{ LoadBalancerArn: lb }],
      calls: [{ operation: 'AssociateWebACL', input: { WebACLArn: acl, ResourceArn: lb } }],
    },
    {
      name: 'state false disassociates',
      options: { state: false },
      resources: [{ LoadBalancerArn: lb }],
      calls: [{ operation: 'DisassociateWebACL', input: { ResourceArn: lb } }],
    },
  ],
});

it('refuses a web-acl matching more than one web ACL, as c7n', async () => {
  await expect(
    setWafv2.plan([{ LoadBalancerArn: lb }], { 'web-acl': '.*', state: true }, {
      read: reader(),
      resourceType: appElb,
    } as never),
  ).rejects.toThrow(/matches 2 web ACLs/);
});

it('needs a waf-enabled or wafv2-enabled filter in the policy, as c7n', () => {
  const ctx = (filters: unknown[]) => ({ policy: { ...policy, filters } }) as never;
  expect(setWafv2.check?.({ state: true }, ctx([{ 'tag:x': 'present' }]))?.[0]?.messageId).toBe(
    'needs-waf-filter',
  );
  expect(setWafv2.check?.({ state: true }, ctx([{ or: [{ type: 'waf-enabled' }] }]))).toEqual([]);
});
