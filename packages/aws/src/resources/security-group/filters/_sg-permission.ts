/**
 * Shared by `ingress` and `egress` (not an element itself): Cloud Custodian's SGPermission.
 * Each permission is first expanded to one rule per CIDR, IPv6 range, prefix list or group
 * pair (as the console shows them); a group matches when any expanded rule matches the
 * options, combined with `match-operator` (and: every check that applies; or: any of them).
 */
import {
  type CompileContext,
  compileValue,
  type EvalContext,
  type Evaluator,
  type Problem,
  type Resource,
  valueProperties,
} from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';

type Perm = Record<string, unknown>;
export type PermissionKey = 'IpPermissions' | 'IpPermissionsEgress';

/** c7n's perm_attrs, in its (sorted) evaluation order: each is a value filter on the rule. */
const PERM_ATTRS = [
  'FromPort',
  'IpProtocol',
  'IpRanges',
  'PrefixListIds',
  'ToPort',
  'UserIdGroupPairs',
] as const;
const RANGE_KEYS = ['IpRanges', 'Ipv6Ranges', 'PrefixListIds', 'UserIdGroupPairs'] as const;

const valueObject = {
  type: 'object',
  additionalProperties: false,
  properties: valueProperties,
} as const;

function valueOr(description: string) {
  return {
    description,
    anyOf: [{ type: ['string', 'number', 'boolean', 'null', 'array'] }, valueObject],
  } as const;
}

const ports = { type: 'array', items: { type: 'integer' } } as const;

export const permissionSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    'match-operator': {
      enum: ['and', 'or'],
      default: 'and',
      description: 'How the checks on one rule combine: and (all must hold) or or (any may).',
    },
    Ports: { ...ports, description: 'Matches rules whose port range includes any of these ports.' },
    OnlyPorts: {
      ...ports,
      description: 'Matches rules that open ports other than exactly one of these (an inverse check).',
    },
    SelfReference: {
      type: 'boolean',
      description: 'true: rules that reference the group itself; false: rules that do not.',
    },
    IpProtocol: valueOr('Value filter (or value) on the rule protocol: -1, tcp, udp, icmp, icmpv6.'),
    FromPort: valueOr('Value filter (or value) on the first port of the rule.'),
    ToPort: valueOr('Value filter (or value) on the last port of the rule.'),
    UserIdGroupPairs: valueOr('Value filter (or value) on the group pairs of the expanded rule.'),
    IpRanges: valueOr('Value filter (or value) on the IPv4 ranges of the expanded rule.'),
    PrefixListIds: valueOr('Value filter (or value) on the prefix lists of the expanded rule.'),
    Cidr: valueOr('Value filter (or value) on each IPv4 range CidrIp, e.g. value_type cidr with op in.'),
    CidrV6: valueOr('Value filter (or value) on each IPv6 range CidrIpv6.'),
    Description: { ...valueObject, description: 'Value filter on the Description of the rule entry.' },
    SGReferences: {
      ...valueObject,
      description: 'Value filter on the security groups (same owner) the rule references.',
    },
    PrefixLists: {
      ...valueObject,
      description:
        'Value filter on the managed prefix lists the rule references (one DescribeManagedPrefixLists each).',
    },
  },
} as const;

export interface PermissionOptions {
  'match-operator'?: 'and' | 'or';
  Ports?: number[];
  OnlyPorts?: number[];
  SelfReference?: boolean;
  Description?: Record<string, unknown>;
  SGReferences?: Record<string, unknown>;
  PrefixLists?: Record<string, unknown>;
  [k: string]: unknown;
}

const isMapping = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** c7n: a mapping is a value filter whose key is the attribute, anything else `{attr: value}`. */
function asValue(key: string, v: unknown): Record<string, unknown> {
  return isMapping(v) ? { ...v, key } : { key, value: v };
}

/** Nested value-filter options, checked by the `value` filter itself. */
function nested(opts: PermissionOptions): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const k of [...PERM_ATTRS, 'Cidr', 'CidrV6'] as const)
    if (isMapping(opts[k])) out.push([k, asValue(k, opts[k])]);
  if (opts.Description) out.push(['Description', { ...opts.Description, key: 'Description' }]);
  if (opts.SGReferences) out.push(['SGReferences', opts.SGReferences]);
  if (opts.PrefixLists) out.push(['PrefixLists', opts.PrefixLists]);
  return out;
}

export function checkPermission(opts: PermissionOptions, ctx: CompileContext): Problem[] {
  const value = ctx.registry.filter(ctx.resourceType.type, 'value');
  if (!value?.check) return [];
  return nested(opts).flatMap(([attr, v]) =>
    value.check!(v, ctx).map((p) => ({ ...p, path: [attr, ...(p.path ?? [])] })),
  );
}

/** One nested value filter; with `value_from` it is evaluated set-wise before the rules are. */
class Sub {
  private hits: Set<unknown> | undefined;
  constructor(private readonly ev: Evaluator) {}
  async prepare(subjects: unknown[], ctx: EvalContext): Promise<void> {
    if (this.ev.kind === 'process') this.hits = new Set(await this.ev.process(subjects as Resource[], ctx));
  }
  get async(): boolean {
    return this.ev.kind === 'process';
  }
  test(x: unknown, ctx: EvalContext): boolean {
    if (x === null || x === undefined) return false;
    return this.ev.kind === 'match' ? this.ev.match(x as Resource, ctx) : (this.hits?.has(x) ?? false);
  }
}

/** One rule per range, prefix list or group pair, each keeping the rule's protocol and ports. */
export function expandPermissions(perms: unknown): Perm[] {
  const out: Perm[] = [];
  for (const p of Array.isArray(perms) ? (perms as Perm[]) : []) {
    const base: Perm = { ...p };
    for (const k of RANGE_KEYS) base[k] = [];
    for (const k of RANGE_KEYS) {
      const items = p[k];
      if (!Array.isArray(items)) continue;
      for (const e of items) out.push({ ...base, [k]: [e] });
    }
  }
  return out;
}

interface Lookups {
  refs: Map<Perm, Resource[]>;
  prefixLists: Map<Perm, Resource[]>;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isMapping(a) && isMapping(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
    );
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return false;
}

export function compilePermission(
  key: PermissionKey,
  opts: PermissionOptions,
  ctx: CompileContext,
): Evaluator {
  const sub = (o: Record<string, unknown>) => new Sub(compileValue(o as never, ctx.baseDir));
  const attrs = PERM_ATTRS.filter((k) => Object.hasOwn(opts, k)).map((k) => sub(asValue(k, opts[k])));
  const cidr4 = Object.hasOwn(opts, 'Cidr') ? sub(asValue('CidrIp', opts.Cidr)) : undefined;
  const cidr6 = Object.hasOwn(opts, 'CidrV6') ? sub(asValue('CidrIpv6', opts.CidrV6)) : undefined;
  const desc = opts.Description ? sub({ ...opts.Description, key: 'Description' }) : undefined;
  const sgRefs = opts.SGReferences ? sub(opts.SGReferences) : undefined;
  const prefixLists = opts.PrefixLists ? sub(opts.PrefixLists) : undefined;
  const onlyPorts = opts.OnlyPorts ?? [];
  const wanted = opts.Ports ?? [];
  const and = (opts['match-operator'] ?? 'and') === 'and';
  const combine = (xs: boolean[]) => (and ? xs.every(Boolean) : xs.some(Boolean));

  const ranges = (perm: Perm, k: string): unknown[] => (Array.isArray(perm[k]) ? (perm[k] as unknown[]) : []);

  function portsCheck(perm: Perm): boolean | undefined {
    const from = perm.FromPort as number | undefined;
    const to = perm.ToPort as number | undefined;
    if (from === undefined || to === undefined) return undefined;
    let found: boolean | undefined;
    if (wanted.length) found = wanted.some((p) => p >= from && p <= to);
    if (onlyPorts.length) {
      // OnlyPorts matches rules opening anything but exactly one of the listed ports.
      const exact = onlyPorts.some((p) => p === from && p === to);
      found = exact ? false : found !== false;
    }
    return found;
  }

  function cidrCheck(perm: Perm, ectx: EvalContext): boolean | undefined {
    const hits: boolean[] = [];
    if (cidr6) hits.push(ranges(perm, 'Ipv6Ranges').some((r) => cidr6.test(r, ectx)));
    if (cidr4) hits.push(ranges(perm, 'IpRanges').some((r) => cidr4.test(r, ectx)));
    return hits.length ? combine(hits) : undefined;
  }

  function descriptionCheck(perm: Perm, ectx: EvalContext): boolean | undefined {
    if (!desc) return undefined;
    for (const k of ['Ipv6Ranges', 'IpRanges', 'UserIdGroupPairs', 'PrefixListIds']) {
      const first = ranges(perm, k)[0];
      if (first !== undefined) return desc.test(first, ectx);
    }
    return false;
  }

  function selfRefCheck(perm: Perm, groupId: unknown): boolean | undefined {
    if (opts.SelfReference === undefined) return undefined;
    const self = ranges(perm, 'UserIdGroupPairs').some((p) => isMapping(p) && p.GroupId === groupId);
    return opts.SelfReference === self;
  }

  function ruleMatches(r: Resource, perm: Perm, ectx: EvalContext, lk: Lookups): boolean {
    const checks: (boolean | undefined)[] = attrs.map((a) => a.test(perm, ectx));
    checks.push(descriptionCheck(perm, ectx), portsCheck(perm), cidrCheck(perm, ectx));
    checks.push(selfRefCheck(perm, r.GroupId));
    if (sgRefs)
      checks.push(
        ranges(perm, 'UserIdGroupPairs').length
          ? (lk.refs.get(perm) ?? []).some((g) => sgRefs.test(g, ectx))
          : false,
      );
    if (prefixLists) checks.push((lk.prefixLists.get(perm) ?? []).some((l) => prefixLists.test(l, ectx)));
    const present = checks.filter((c): c is boolean => c !== undefined);
    // c7n skips a rule on which no check applies under `and` (Python's all([]) is True).
    if (and && present.length === 0) return false;
    return combine(present);
  }

  function evaluate(r: Resource, perms: Perm[], ectx: EvalContext, lk: Lookups): boolean {
    const matched = perms.filter((p) => ruleMatches(r, p, ectx, lk));
    if (!matched.length) return false;
    const annotation = `Matched${key}`;
    const prior = Array.isArray(r[annotation]) ? (r[annotation] as unknown[]) : [];
    // A rule matched by several filters is recorded once, as c7n does.
    for (const m of matched) if (!prior.some((x) => sameJson(x, m))) prior.push(m);
    r[annotation] = prior;
    return true;
  }

  const noLookups: Lookups = { refs: new Map(), prefixLists: new Map() };
  const subs = [...attrs, cidr4, cidr6, desc, sgRefs, prefixLists];
  if (!sgRefs && !prefixLists && !subs.some((s) => s?.async))
    return { kind: 'match', match: (r, ectx) => evaluate(r, expandPermissions(r[key]), ectx, noLookups) };

  return {
    kind: 'process',
    async process(rs, ectx) {
      const expanded = new Map(rs.map((r) => [r, expandPermissions(r[key])]));
      const lk = await fetchLookups(rs, expanded, ectx, { refs: !!sgRefs, prefixLists: !!prefixLists });
      const rules = [...expanded.values()].flat();
      for (const a of attrs) await a.prepare(rules, ectx);
      await cidr4?.prepare(
        rules.flatMap((p) => ranges(p, 'IpRanges')),
        ectx,
      );
      await cidr6?.prepare(
        rules.flatMap((p) => ranges(p, 'Ipv6Ranges')),
        ectx,
      );
      await desc?.prepare(
        rules.flatMap((p) => RANGE_KEYS.map((k) => ranges(p, k)[0]).filter(Boolean)),
        ectx,
      );
      await sgRefs?.prepare([...lk.refs.values()].flat(), ectx);
      await prefixLists?.prepare([...lk.prefixLists.values()].flat(), ectx);
      return rs.filter((r) => evaluate(r, expanded.get(r) ?? [], ectx, lk));
    },
  };
}

/**
 * The API reads SGReferences and PrefixLists need, in c7n's order: group by group, rule by
 * rule, the referenced groups (DescribeSecurityGroups by id, same owner only; no cache) and
 * then the prefix list (DescribeManagedPrefixLists by id).
 */
async function fetchLookups(
  rs: Resource[],
  expanded: Map<Resource, Perm[]>,
  ectx: EvalContext,
  want: { refs: boolean; prefixLists: boolean },
): Promise<Lookups> {
  const lk: Lookups = { refs: new Map(), prefixLists: new Map() };
  if (!want.refs && !want.prefixLists) return lk;
  const provider = awsProvider(ectx);
  const region = ectx.region ?? provider.regions[0] ?? 'us-east-1';
  for (const r of rs) {
    for (const perm of expanded.get(r) ?? []) {
      if (want.refs) {
        const pairs = (Array.isArray(perm.UserIdGroupPairs) ? perm.UserIdGroupPairs : []) as Perm[];
        const ids = pairs.filter((p) => (p.UserId ?? '') === r.OwnerId).map((p) => String(p.GroupId));
        if (ids.length) lk.refs.set(perm, await provider.related('aws.security-group', region, ids));
      }
      if (want.prefixLists) {
        const lists: Resource[] = [];
        for (const p of (Array.isArray(perm.PrefixListIds) ? perm.PrefixListIds : []) as Perm[]) {
          const out = await provider.send(
            'ec2',
            'DescribeManagedPrefixLists',
            { Filters: [{ Name: 'prefix-list-id', Values: [p.PrefixListId] }] },
            region,
          );
          const first = (out.PrefixLists as Resource[] | undefined)?.[0];
          if (first) lists.push(first);
        }
        lk.prefixLists.set(perm, lists);
      }
    }
  }
  return lk;
}
