import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { defineAction, type PlannedCall } from '@c7n-ts/core';
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
  resources: ['aws.eni'],
  options: modifyGroupsOptions,
  permissions: ['ec2:ModifyNetworkInterfaceAttribute', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove security groups on network interfaces (one ModifyNetworkInterfaceAttribute each). Groups are named by id or by name (resolved in the interface's VPC); `remove` also takes `matched` (the security-group filter's matches), `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => [
    'NetworkInterfaceId',
    'Groups',
    'VpcId',
    'c7n:matched-security-groups',
    'c7n:NetworkLocation',
  ],
  async plan(enis: NetworkInterface[], opts, ctx) {
    if (!enis.length) return [];
    const attachments: Attachment[] = enis.map((e) => ({
      groups: (e.Groups ?? []).flatMap((g) => g.GroupId ?? []),
      vpcId: e.VpcId,
      resource: e as Record<string, unknown>,
      resourceId: String(e.NetworkInterfaceId),
    }));
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'ec2',
        operation: 'ModifyNetworkInterfaceAttribute',
        input: { NetworkInterfaceId: a.resourceId, Groups: targets[n] },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.resourceId} to ${(targets[n] ?? []).join(', ')}`,
      }),
    );
  },
});
