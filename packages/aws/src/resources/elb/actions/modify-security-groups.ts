import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from '../../ec2/actions/_security-groups.js';

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.elb'],
  options: modifyGroupsOptions,
  permissions: ['elasticloadbalancing:ApplySecurityGroupsToLoadBalancer', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove security groups on classic load balancers in a VPC (one ApplySecurityGroupsToLoadBalancer each, by name). Groups are named by id or by name (resolved in the load balancer's VPC); `remove` also takes `matched` (the security-group filter's matches), `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => [
    'LoadBalancerName',
    'SecurityGroups',
    'VPCId',
    'c7n:matched-security-groups',
    'c7n:NetworkLocation',
  ],
  async plan(elbs: Resource[], opts, ctx) {
    if (!elbs.length) return [];
    const attachments: Attachment[] = elbs.map((elb) => ({
      groups: ((elb.SecurityGroups as string[] | undefined) ?? []).map(String),
      vpcId: elb.VPCId as string | undefined,
      resource: elb,
      resourceId: String(elb.LoadBalancerName),
    }));
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'elb',
        operation: 'ApplySecurityGroupsToLoadBalancer',
        input: { LoadBalancerName: a.resourceId, SecurityGroups: targets[n] },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.resourceId} to ${(targets[n] ?? []).join(', ')}`,
      }),
    );
  },
});
