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
  resources: ['aws.app-elb'],
  options: modifyGroupsOptions,
  permissions: ['elasticloadbalancing:SetSecurityGroups', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove security groups on load balancers (one SetSecurityGroups each; one already gone is passed over, as in Cloud Custodian). Groups are named by id or by name (resolved in the load balancer's VPC); `remove` also takes `matched` (the security-group filter's matches), `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => [
    'LoadBalancerArn',
    'SecurityGroups',
    'VpcId',
    'c7n:matched-security-groups',
    'c7n:NetworkLocation',
  ],
  async plan(albs: Resource[], opts, ctx) {
    if (!albs.length) return [];
    const attachments: Attachment[] = albs.map((alb) => ({
      groups: ((alb.SecurityGroups as string[] | undefined) ?? []).map(String),
      vpcId: alb.VpcId as string | undefined,
      resource: alb,
      resourceId: String(alb.LoadBalancerArn),
    }));
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'elbv2',
        operation: 'SetSecurityGroups',
        input: { LoadBalancerArn: a.resourceId, SecurityGroups: targets[n] },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.resourceId} to ${(targets[n] ?? []).join(', ')}`,
        okErrors: ['LoadBalancerNotFoundException', 'LoadBalancerNotFound'],
      }),
    );
  },
});
