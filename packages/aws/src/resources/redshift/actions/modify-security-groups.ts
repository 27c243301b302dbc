import { defineAction, type PlannedCall } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from '../../ec2/actions/_security-groups.js';
import { clusterId } from './_cluster.js';

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.redshift'],
  options: modifyGroupsOptions,
  permissions: ['redshift:ModifyCluster', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove VPC security groups on Redshift clusters (ModifyCluster VpcSecurityGroupIds, one call per cluster). Groups are named by id or by name (resolved in the cluster's VPC); `remove` also takes `matched`, `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => [
    'ClusterIdentifier',
    'VpcId',
    'VpcSecurityGroups',
    'c7n:matched-security-groups',
    'c7n:NetworkLocation',
  ],
  async plan(clusters, opts, ctx) {
    const attachments: Attachment[] = clusters.flatMap((c) => {
      const id = clusterId(c);
      if (!id) return [];
      return [
        {
          groups: ((c.VpcSecurityGroups ?? []) as { VpcSecurityGroupId?: string }[]).flatMap(
            (g) => g.VpcSecurityGroupId ?? [],
          ),
          vpcId: typeof c.VpcId === 'string' && c.VpcId ? c.VpcId : undefined,
          resource: c,
          resourceId: id,
        },
      ];
    });
    if (!attachments.length) return [];
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    return attachments.map(
      (a, n): PlannedCall => ({
        service: 'redshift',
        operation: 'ModifyCluster',
        input: { ClusterIdentifier: a.resourceId, VpcSecurityGroupIds: targets[n] ?? [] },
        resourceIds: [a.resourceId],
        describe: `set security groups of ${a.resourceId} to ${(targets[n] ?? []).join(', ')}`,
      }),
    );
  },
});
