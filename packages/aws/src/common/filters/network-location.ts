import {
  type CompileContext,
  compileKey,
  defineFilter,
  type Problem,
  pyEq,
  type Resource,
} from '@c7n-ts/core';
import type { AwsSource } from '../../resources/types.js';
import { idFieldOf } from './fetch-related.js';
import { fetchRelated, type RelatedFilterSpec, relatedSpecOf } from './related.js';

/** Where the reasons a resource's network location does not agree are kept, as in Cloud Custodian. */
export const NETWORK_LOCATION = 'c7n:NetworkLocation';

type Part = 'resource' | 'subnet' | 'security-group';

/** The type's own `security-group` and `subnet` filters, whose ids and fetch this one reuses. */
function partsOf(ctx: Pick<CompileContext, 'registry' | 'resourceType'>) {
  const spec = (name: string) => relatedSpecOf(ctx.registry.filter(ctx.resourceType.type, name));
  return { sg: spec('security-group'), subnet: spec('subnet') };
}

/** Python's `set(filter(None, values))`: the truthy values, once each. */
function space(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of values)
    if (v !== null && v !== undefined && v !== '' && v !== false && v !== 0 && !out.some((o) => pyEq(o, v)))
      out.push(v);
  return out;
}
const has = (xs: readonly unknown[], v: unknown) => xs.some((x) => pyEq(x, v));
const sameSpace = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v) => has(b, v));

export default defineFilter({
  type: 'network-location',
  // Cloud Custodian registers it type by type; here each type says so (`source.networkLocation`)
  // and needs its own `subnet` and `security-group` filters.
  resources: {
    trait: 'network-location',
    has: (rt) => (rt.source as Partial<AwsSource> | undefined)?.networkLocation === true,
  },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        description:
          'The attribute (e.g. `tag:Location`) compared across the resource, its subnets and its security groups.',
      },
      compare: {
        type: 'array',
        items: { enum: ['resource', 'subnet', 'security-group'] },
        description: 'Which parts of the network location to compare; default all three.',
      },
      match: {
        enum: ['equal', 'not-equal', 'in'],
        description:
          'not-equal (default): resources whose parts disagree (the reasons kept in `c7n:NetworkLocation`); equal: resources whose parts agree; in: resources whose every value is among `value`.',
      },
      'missing-ok': {
        type: 'boolean',
        description: 'Let a part without the key pass instead of counting as a disagreement; default false.',
      },
      'max-cardinality': {
        type: 'integer',
        description: 'How many distinct values the subnets (and the security groups) may have; default 1.',
      },
      ignore: {
        type: 'array',
        items: { type: 'object' },
        description:
          'Subnets and security groups to leave out: each item maps keys to values, and a part matching any of them is ignored.',
      },
      value: {
        type: 'array',
        items: { type: 'string' },
        description: 'The allowed values, with `match: in`.',
      },
    },
  } as const,
  // Those of the type's own subnet and security-group filters, whose fetch this one reuses (an
  // rds-cluster's subnets come through DescribeDBSubnetGroups), as c7n's get_permissions.
  permissions: (_opts, rt, registry) => [
    'ec2:DescribeSecurityGroups',
    'ec2:DescribeSubnets',
    ...['subnet', 'security-group'].flatMap((type) => {
      const perms = registry?.filter(rt.type, type)?.permissions ?? [];
      return typeof perms === 'function' ? perms({}, rt, registry) : perms;
    }),
  ],
  doc: {
    summary:
      "Compare one attribute (usually a tag) across a resource, its subnets and its security groups, as fetched by the type's `subnet` and `security-group` filters: by default resources whose parts disagree match, with the reasons (absent, cardinality, mismatch) kept in `c7n:NetworkLocation`.",
    example:
      '- type: network-location\n  compare: [resource, security-group]\n  key: tag:TEAM_NAME\n  ignore:\n    - tag:TEAM_NAME: Enterprise',
  },
  messages: {
    'needs-related': 'network-location needs the subnet and security-group filters of the resource type.',
    'invalid-key': 'The key is not a valid expression.',
  },
  check(opts, ctx) {
    const out: Problem[] = [];
    const { sg, subnet } = partsOf(ctx);
    if (!sg || !subnet)
      out.push({
        messageId: 'needs-related',
        message: `network-location needs the subnet and security-group filters, which ${ctx.resourceType.type} lacks.`,
        path: [],
      });
    for (const [path, key] of [
      [['key'], opts.key],
      ...(opts.ignore ?? []).flatMap((i, n) => Object.keys(i).map((k) => [['ignore', n, k], k] as const)),
    ] as const)
      try {
        compileKey(key);
      } catch (e) {
        out.push({
          messageId: 'invalid-key',
          message: `Invalid key: ${(e as Error).message}`,
          path: [...path],
        });
      }
    return out;
  },
  reads: () => undefined,
  compile(opts, ctx) {
    const { sg, subnet } = partsOf(ctx) as { sg: RelatedFilterSpec; subnet: RelatedFilterSpec };
    const read = compileKey(opts.key).read;
    const locationOf = (r: Resource) => read(r) ?? null;
    const ignores = (opts.ignore ?? []).flatMap((i) =>
      Object.entries(i).map(([k, v]) => ({ read: compileKey(k).read, value: v })),
    );
    const ignored = (r: Resource) => ignores.some((i) => pyEq(i.read(r) ?? null, i.value));
    const compare = new Set<Part>(opts.compare ?? ['subnet', 'security-group', 'resource']);
    const maxCardinality = opts['max-cardinality'] ?? 1;
    const match = opts.match ?? 'not-equal';
    const missingOk = opts['missing-ok'] ?? false;
    const allowed = opts.value ?? [];

    /** c7n's process_resource: the reasons the parts disagree. */
    function evaluate(r: Resource, sgs: [string, Resource][], subnets: [string, Resource][]): unknown[] {
      const out: Record<string, unknown>[] = [];
      const subnetValues = Object.fromEntries(subnets.map(([id, s]) => [id, locationOf(s)]));
      const sgValues = Object.fromEntries(sgs.map(([id, g]) => [id, locationOf(g)]));
      let subnetSpace: unknown[] = [];
      let sgSpace: unknown[] = [];
      if (compare.has('subnet')) {
        if (!missingOk && Object.values(subnetValues).includes(null))
          out.push({ reason: 'SubnetLocationAbsent', subnets: subnetValues });
        subnetSpace = space(Object.values(subnetValues));
        if (subnetSpace.length > maxCardinality)
          out.push({ reason: 'SubnetLocationCardinality', subnets: subnetValues });
      }
      if (compare.has('security-group')) {
        if (!missingOk && Object.values(sgValues).includes(null))
          out.push({ reason: 'SecurityGroupLocationAbsent', 'security-groups': sgValues });
        sgSpace = space(Object.values(sgValues));
        if (sgSpace.length > maxCardinality)
          out.push({ reason: 'SecurityGroupLocationCardinality', 'security-groups': sgValues });
      }
      if (compare.has('subnet') && compare.has('security-group') && !sameSpace(sgSpace, subnetSpace))
        out.push({ reason: 'LocationMismatch', subnets: subnetValues, 'security-groups': sgValues });
      if (compare.has('resource')) {
        const own = locationOf(r);
        if (!missingOk && own === null) out.push({ reason: 'ResourceLocationAbsent', resource: own });
        else if (compare.has('security-group') && sgs.length && !has(sgSpace, own))
          out.push({ reason: 'ResourceLocationMismatch', resource: own, 'security-groups': sgValues });
        else if (compare.has('subnet') && subnets.length && !has(subnetSpace, own))
          out.push({ reason: 'ResourceLocationMismatch', resource: own, subnet: subnetValues });
        if (compare.has('security-group') && sgs.length) {
          const mismatched = Object.fromEntries(Object.entries(sgValues).filter(([, v]) => !pyEq(v, own)));
          if (Object.keys(mismatched).length)
            out.push({ reason: 'SecurityGroupMismatch', resource: own, 'security-groups': mismatched });
        }
      }
      return out;
    }

    /** c7n's process_match_in: every compared value is among `value`. */
    function within(r: Resource, sgs: [string, Resource][], subnets: [string, Resource][]): boolean {
      const parts: [Part, Resource[]][] = [
        ['subnet', subnets.map(([, s]) => s)],
        ['security-group', sgs.map(([, g]) => g)],
      ];
      for (const [part, rs] of parts) {
        if (!compare.has(part)) continue;
        const values = rs.map(locationOf);
        if (!missingOk && values.includes(null)) return false;
        if (!space(values).every((v) => has(allowed, v))) return false;
      }
      if (compare.has('resource')) {
        const own = locationOf(r);
        if (!missingOk && own === null) return false;
        if (!has(allowed, own)) return false;
      }
      return true;
    }

    return {
      kind: 'process',
      async process(resources, ectx) {
        // Security groups first, then subnets, as c7n fetches them.
        const groups = await fetchRelated(sg, resources, ectx);
        const nets = await fetchRelated(subnet, resources, ectx);
        const sgId = idFieldOf(ectx, sg.relatedType);
        const subnetId = idFieldOf(ectx, subnet.relatedType);
        const pick = (ids: string[] | undefined, related: Map<string, Resource>, idField: string) =>
          (ids ?? []).flatMap((id): [string, Resource][] => {
            const o = related.get(id);
            return o && !ignored(o) ? [[String(o[idField]), o]] : [];
          });
        const out: Resource[] = [];
        for (const [i, r] of resources.entries()) {
          const sgs = pick(groups.perResource[i], groups.related, sgId);
          const subnets = pick(nets.perResource[i], nets.related, subnetId);
          if (match === 'in') {
            if (within(r, sgs, subnets)) out.push(r);
            continue;
          }
          const reasons = evaluate(r, sgs, subnets);
          if (reasons.length && match === 'not-equal') {
            r[NETWORK_LOCATION] = reasons;
            out.push(r);
          } else if (!reasons.length && match === 'equal') out.push(r);
        }
        return out;
      },
    };
  },
});
