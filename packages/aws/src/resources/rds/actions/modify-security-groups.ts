import { defineAction, type PlannedCall } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from '../../ec2/actions/_security-groups.js';
import { text } from './_instance.js';

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.rds'],
  options: modifyGroupsOptions,
  permissions: ['rds:ModifyDBInstance', 'rds:ModifyDBCluster', 'ec2:DescribeSecurityGroups'],
  doc: {
    summary:
      "Add and remove VPC security groups on DB instances (ModifyDBInstance VpcSecurityGroupIds). Aurora cluster members change through their cluster instead: one ModifyDBCluster per cluster, after the instances, with the groups worked out for its last matched member, as Cloud Custodian. Groups are named by id or by name (resolved in the subnet group's VPC); `remove` also takes `matched`, `network-location` or `all`, and `isolation-group` is set when no group would be left.",
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: modifyGroupsMessages,
  check: (opts) => checkModifyGroups(opts as ModifyGroupsOptions),
  reads: () => [
    'DBInstanceIdentifier',
    'DBClusterIdentifier',
    'VpcSecurityGroups',
    'DBSubnetGroup',
    'c7n:matched-security-groups',
    'c7n:NetworkLocation',
  ],
  async plan(dbs, opts, ctx) {
    if (!dbs.length) return [];
    const attachments: Attachment[] = dbs.map((db) => ({
      groups: ((db.VpcSecurityGroups ?? []) as { VpcSecurityGroupId?: string }[]).flatMap(
        (g) => g.VpcSecurityGroupId ?? [],
      ),
      vpcId: (db.DBSubnetGroup as { VpcId?: string } | undefined)?.VpcId,
      resource: db,
      resourceId: String(db.DBInstanceIdentifier),
    }));
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    const calls: PlannedCall[] = [];
    const clusters = new Map<string, { groups: string[]; members: string[] }>();
    dbs.forEach((db, n) => {
      const id = String(db.DBInstanceIdentifier);
      const groups = targets[n] ?? [];
      const cluster = text(db, 'DBClusterIdentifier');
      if (cluster) {
        // The last member's groups win, as in c7n's map of cluster to groups.
        const prior = clusters.get(cluster);
        clusters.set(cluster, { groups, members: [...(prior?.members ?? []), id] });
        return;
      }
      calls.push({
        service: 'rds',
        operation: 'ModifyDBInstance',
        input: { DBInstanceIdentifier: id, VpcSecurityGroupIds: groups },
        resourceIds: [id],
        describe: `set security groups of ${id} to ${groups.join(', ')}`,
      });
    });
    for (const [cluster, { groups, members }] of clusters)
      calls.push({
        service: 'rds',
        operation: 'ModifyDBCluster',
        input: { DBClusterIdentifier: cluster, VpcSecurityGroupIds: groups },
        resourceIds: members,
        describe: `set security groups of cluster ${cluster} (${members.join(', ')}) to ${groups.join(', ')}`,
      });
    return calls;
  },
});
