/**
 * Cloud Custodian's cache-cluster modify-security-groups: the groups are worked out per cluster,
 * then set on its replication group (ModifyReplicationGroup SecurityGroupIds) so every node
 * changes alike; the last matched member of a group decides its list.
 */
import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import {
  type Attachment,
  checkModifyGroups,
  type ModifyGroupsOptions,
  modifyGroupsMessages,
  modifyGroupsOptions,
  targetGroups,
} from '../../ec2/actions/_security-groups.js';

const SYMBOLS = ['all', 'matched', 'network-location'];
const asArray = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : ([] as string[]).concat(v);

export default defineAction({
  type: 'modify-security-groups',
  resources: ['aws.cache-cluster'],
  options: modifyGroupsOptions,
  permissions: ['elasticache:ModifyReplicationGroup'],
  doc: {
    summary:
      'Add and remove security groups of clusters through their replication group: one ModifyReplicationGroup (SecurityGroupIds) per replication group, with the groups worked out for its last matched member, as Cloud Custodian. Groups are named by id (`sg-...`); `remove` also takes `matched`, `network-location` or `all`, and `isolation-group` is set when no group would be left. A cluster outside a replication group is skipped.',
    example: '- type: modify-security-groups\n  remove: matched\n  isolation-group: sg-0123456789abcdef0',
  },
  messages: {
    ...modifyGroupsMessages,
    'names-not-supported':
      'cache clusters take security groups by id only: their VPC is not on the cluster to resolve a name in.',
    'add-by-tag-not-supported': 'add-by-tag is not supported yet for cache clusters.',
  },
  check(opts): Problem[] {
    const o = opts as ModifyGroupsOptions;
    const problems = checkModifyGroups(o);
    for (const key of ['add', 'remove', 'isolation-group'] as const) {
      const names = asArray(o[key]).filter((g) => !g.startsWith('sg-') && !SYMBOLS.includes(g));
      if (names.length)
        problems.push({
          messageId: 'names-not-supported',
          message: `security group names (${names.join(', ')}) are not supported for cache clusters, only ids (sg-...), as Cloud Custodian.`,
          path: [key],
        });
    }
    // c7n matches tagged groups against an empty VPC expression, which fails at run time.
    if (o['add-by-tag'])
      problems.push({
        messageId: 'add-by-tag-not-supported',
        message: 'add-by-tag is not supported yet for cache clusters.',
        path: ['add-by-tag'],
        at: 'key',
      });
    return problems;
  },
  reads: () => [
    'CacheClusterId',
    'ReplicationGroupId',
    'SecurityGroups',
    'c7n:matched-security-groups',
    'c7n:NetworkLocation',
  ],
  async plan(clusters, opts, ctx) {
    const members = clusters.filter((c) => {
      if (typeof c.ReplicationGroupId === 'string') return true;
      ctx.log?.(
        'warn',
        `modify-security-groups: ${String(c.CacheClusterId)} is in no replication group; skipped`,
      );
      return false;
    });
    if (!members.length) return [];
    const attachments: Attachment[] = members.map((c) => ({
      groups: ((c.SecurityGroups ?? []) as { SecurityGroupId?: string }[]).flatMap(
        (g) => g.SecurityGroupId ?? [],
      ),
      vpcId: undefined,
      resource: c,
      resourceId: String(c.CacheClusterId),
    }));
    const targets = await targetGroups(opts as ModifyGroupsOptions, attachments, ctx);
    const groups = new Map<string, { ids: string[]; members: string[] }>();
    members.forEach((c, n) => {
      const rg = String(c.ReplicationGroupId);
      const prior = groups.get(rg);
      groups.set(rg, {
        ids: targets[n] ?? [],
        members: [...(prior?.members ?? []), String(c.CacheClusterId)],
      });
    });
    return [...groups].map(
      ([rg, { ids, members: m }]): PlannedCall => ({
        service: 'elasticache',
        operation: 'ModifyReplicationGroup',
        input: { ReplicationGroupId: rg, SecurityGroupIds: ids },
        resourceIds: m,
        describe: `set security groups of replication group ${rg} (${m.join(', ')}) to ${ids.join(', ')}`,
      }),
    );
  },
});
