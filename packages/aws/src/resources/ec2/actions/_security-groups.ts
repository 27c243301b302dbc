/**
 * Cloud Custodian's ModifyVpcSecurityGroupsAction: the options shared by every VPC-attached
 * type's `modify-security-groups`, and the group list each network attachment ends up with.
 * Group names are resolved with one DescribeSecurityGroups (group-name filter), add-by-tag with
 * another (tag filter), read before planning.
 */
import type { ActionContext, Problem, Resource } from '@c7n-ts/core';

/** Removal symbols: the security-group filter's matches, network-location's mismatches, all groups. */
const SYMBOLS = new Set(['all', 'matched', 'network-location']);

export const modifyGroupsOptions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    add: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      description: 'Security group ids or names to add.',
    },
    remove: {
      oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
      description:
        'Security group ids or names to remove, or `matched` (the groups the security-group filter matched), `network-location` (the mismatched groups network-location found) or `all`.',
    },
    'isolation-group': {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      description: 'Group(s), by id or name, set instead when no group would be left.',
    },
    'add-by-tag': {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'values'],
      description: 'Add the groups of the same VPC that carry this tag with one of these values.',
      properties: {
        key: { type: 'string', description: 'Tag key.' },
        values: { type: 'array', items: { type: 'string' }, description: 'Tag values.' },
      },
    },
  },
  anyOf: [
    { required: ['isolation-group', 'remove'] },
    { required: ['add', 'remove'] },
    { required: ['add'] },
    { required: ['add-by-tag'] },
  ],
} as const;

export interface ModifyGroupsOptions {
  add?: string | string[];
  remove?: string | string[];
  'isolation-group'?: string | string[];
  'add-by-tag'?: { key: string; values: string[] };
}

export const modifyGroupsMessages = {
  'remove-all-needs-isolation':
    '`remove: all` needs an `isolation-group`: a VPC attachment keeps at least one group.',
};

const arrayOf = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

export function checkModifyGroups(opts: ModifyGroupsOptions): Problem[] {
  if (arrayOf(opts.remove).includes('all') && arrayOf(opts['isolation-group']).length === 0)
    return [
      {
        messageId: 'remove-all-needs-isolation',
        message: modifyGroupsMessages['remove-all-needs-isolation'],
        path: ['remove'],
      },
    ];
  return [];
}

const namesIn = (groups: readonly string[]) => groups.filter((g) => !g.startsWith('sg-') && !SYMBOLS.has(g));

type Group = { GroupId?: string; GroupName?: string; VpcId?: string };

/** One network attachment: its current group ids, its VPC, and the resource it belongs to. */
export interface Attachment {
  groups: string[];
  vpcId: string | undefined;
  resource: Resource;
  resourceId: string;
}

/** The group ids each attachment should end up with, in c7n's order (the current ones kept first). */
export async function targetGroups(
  opts: ModifyGroupsOptions,
  attachments: readonly Attachment[],
  ctx: ActionContext,
): Promise<string[][]> {
  const read = async (filter: { Name: string; Values: string[] }): Promise<Group[]> => {
    if (!ctx.read) throw new Error('modify-security-groups needs to read security groups');
    const out = (await ctx.read('ec2', 'DescribeSecurityGroups', { Filters: [filter] })) as {
      SecurityGroups?: Group[];
    };
    return out.SecurityGroups ?? [];
  };
  const add = arrayOf(opts.add);
  const remove = arrayOf(opts.remove);
  const isolation = arrayOf(opts['isolation-group']);
  const names = namesIn([...add, ...remove, ...isolation]);
  const named = names.length ? await read({ Name: 'group-name', Values: names }) : [];
  const unresolved = names.filter((n) => !named.some((g) => g.GroupName === n));
  if (unresolved.length)
    throw new Error(
      `security groups not found: ${unresolved.join(', ')} (found ${named.map((g) => g.GroupId).join(', ') || 'none'})`,
    );
  const byTag = opts['add-by-tag']
    ? await read({ Name: `tag:${opts['add-by-tag'].key}`, Values: opts['add-by-tag'].values })
    : [];

  const resolve = (a: Attachment, groups: string[]): string[] => {
    const wanted = namesIn(groups);
    if (!wanted.length) return groups;
    if (!a.vpcId) throw new Error(`${a.resourceId} is not in a VPC: its security groups cannot be named`);
    const out = [...groups];
    // c7n keeps the last id found across names: a name missing in this VPC takes the previous one's.
    let found: string | undefined;
    for (const n of wanted) {
      for (const g of named) if (g.GroupName === n && g.VpcId === a.vpcId) found = g.GroupId;
      if (!found) throw new Error(`cannot resolve security group ${n} for ${a.resourceId} in ${a.vpcId}`);
      out.splice(out.indexOf(n), 1);
      out.push(found);
    }
    return out;
  };
  const removeSymbols = (a: Attachment, groups: string[]): string[] => {
    if (groups.includes('matched')) return arrayOf(a.resource['c7n:matched-security-groups'] as string[]);
    if (groups.includes('network-location')) {
      const reasons = (a.resource['c7n:NetworkLocation'] ?? []) as {
        reason?: string;
        'security-groups'?: string[];
      }[];
      return reasons.find((r) => r.reason === 'SecurityGroupMismatch')?.['security-groups'] ?? [];
    }
    if (groups.includes('all')) return [...a.groups];
    return groups;
  };

  return attachments.map((a) => {
    let current = [...a.groups];
    const adding = resolve(a, add);
    const removing = removeSymbols(a, resolve(a, remove));
    const isolating = resolve(a, isolation);
    for (const g of byTag) if (g.VpcId === a.vpcId && g.GroupId) adding.push(g.GroupId);
    current = current.filter((g) => !removing.includes(g));
    for (const g of adding) if (!current.includes(g)) current.push(g);
    return current.length ? current : isolating;
  });
}
