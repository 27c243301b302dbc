import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from './_security-groups.js';

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.ec2'],
  options: modifyGroupsOptions,
  permissions: ['ec2:ModifyNetworkInterfaceAttribute', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove security groups on every network interface of the instances (one ModifyNetworkInterfaceAttribute per interface). Groups are named by id or by name (resolved in the interface's VPC); `remove` also takes `matched` (the security-group filter's matches) or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => ['InstanceId', 'NetworkInterfaces', 'c7n:matched-security-groups', 'c7n:NetworkLocation'],
  async plan(resources: Instance[], opts, ctx) {
    if (!resources.length) return [];
    const attachments: (Attachment & { eni: string })[] = resources.flatMap((i) =>
      (i.NetworkInterfaces ?? []).map((eni) => ({
        eni: String(eni.NetworkInterfaceId),
        groups: (eni.Groups ?? []).flatMap((g) => g.GroupId ?? []),
        vpcId: eni.VpcId,
        resource: i as Record<string, unknown>,
        resourceId: String(i.InstanceId),
      })),
    );
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'ec2',
        operation: 'ModifyNetworkInterfaceAttribute',
        input: { NetworkInterfaceId: a.eni, Groups: targets[n] },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.eni} (${a.resourceId}) to ${(targets[n] ?? []).join(', ')}`,
      }),
    );
  },
});
