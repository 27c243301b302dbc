/**
 * Cloud Custodian's SecurityGroupDiff: what changed between two versions of a group. Group id,
 * name, description, VPC and owner cannot change, so only tags and rules are compared. Rules
 * are told apart by c7n's hash (ports, protocol and the sorted peers of each kind), and each
 * list is ordered by that hash, as c7n orders it.
 */
import { crc32 } from 'node:zlib';
import type { Resource } from '@c7n-ts/core';

type Rule = Record<string, unknown>;
type Tag = { Key?: unknown; Value?: unknown };

export interface TagDelta {
  added?: Record<string, unknown>;
  removed?: Record<string, unknown>;
  updated?: Record<string, unknown>;
}
export interface RuleDelta {
  removed?: Rule[];
  added?: Rule[];
}
export interface SgDelta {
  tags?: TagDelta;
  ingress?: RuleDelta;
  egress?: RuleDelta;
}

/** The changes from `source` to `target`, or undefined when there are none. */
export function sgDiff(source: Resource, target: Resource): SgDelta | undefined {
  const delta: SgDelta = {};
  const tags = tagDelta(source, target);
  if (tags) delta.tags = tags;
  const ingress = ruleDelta('IpPermissions', source, target);
  if (ingress) delta.ingress = ingress;
  const egress = ruleDelta('IpPermissionsEgress', source, target);
  if (egress) delta.egress = egress;
  return Object.keys(delta).length ? delta : undefined;
}

const tagMap = (r: Resource) =>
  new Map(((r.Tags ?? []) as Tag[]).map((t) => [String(t.Key), t.Value] as const));

function tagDelta(source: Resource, target: Resource): TagDelta | undefined {
  const from = tagMap(source);
  const to = tagMap(target);
  const pick = (m: Map<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, m.get(k)]));
  const added = [...to.keys()].filter((k) => !from.has(k));
  const removed = [...from.keys()].filter((k) => !to.has(k));
  const updated = [...to.keys()].filter((k) => from.has(k) && from.get(k) !== to.get(k));
  const out: TagDelta = {};
  if (added.length) out.added = pick(to, added);
  if (removed.length) out.removed = pick(from, removed);
  if (updated.length) out.updated = pick(to, updated);
  return Object.keys(out).length ? out : undefined;
}

function ruleDelta(key: string, source: Resource, target: Resource): RuleDelta | undefined {
  const byHash = (r: Resource) => new Map(((r[key] ?? []) as Rule[]).map((rule) => [ruleHash(rule), rule]));
  const from = byHash(source);
  const to = byHash(target);
  const sorted = (m: Map<number, Rule>, other: Map<number, Rule>) =>
    [...m.keys()]
      .filter((h) => !other.has(h))
      .sort((a, b) => a - b)
      .map((h) => m.get(h) as Rule);
  const out: RuleDelta = {};
  const removed = sorted(from, to);
  const added = sorted(to, from);
  if (removed.length) out.removed = removed;
  if (added.length) out.added = added;
  return Object.keys(out).length ? out : undefined;
}

const PEERS = [
  ['PrefixListIds', 'PrefixListId'],
  ['UserIdGroupPairs', 'GroupId'],
  ['IpRanges', 'CidrIp'],
  ['Ipv6Ranges', 'CidrIpv6'],
] as const;

/** c7n's `compute_rule_hash`: CRC-32 of `from-to-protocol-` and each kind's sorted peers. */
export function ruleHash(rule: Rule): number {
  const port = (v: unknown) => (typeof v === 'number' && v ? Math.trunc(v) : 0);
  let buf = `${port(rule.FromPort)}-${port(rule.ToPort)}-${(rule.IpProtocol as string) || '-1'}-`;
  for (const [list, field] of PEERS) {
    if (!(list in rule)) continue;
    const values = ((rule[list] ?? []) as Record<string, unknown>[]).map((e) => String(e[field]));
    for (const v of values.sort()) buf += `${v}-`;
  }
  return crc32(buf) >>> 0;
}
