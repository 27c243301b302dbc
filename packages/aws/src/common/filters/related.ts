/**
 * Cloud Custodian's RelatedResourceFilter as a builder: value filter options applied to the
 * resources another resource refers to (its security groups, subnets, vpc). Related ids come
 * from a JMESPath on each resource; the related resources are fetched once for the whole set,
 * by id below ten distinct ids and as a full (run-cached) listing from ten on, as c7n does.
 */
import {
  compare,
  compileJmespath,
  compileKey,
  type ElementDoc,
  type EvalContext,
  type FilterDecl,
  type Resource,
  type ValueOptions,
} from '@c7n-ts/core';
import { idFieldOf, relatedById } from './fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  type ItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from './value-over.js';

export interface RelatedFilterSpec {
  /** Registry name of the filter (`security-group`). */
  type: string;
  resources: readonly string[];
  /** Resource type of the related resources (`aws.security-group`). */
  relatedType: string;
  /** JMESPath giving the related ids of one resource (`VpcSecurityGroups[].VpcSecurityGroupId`). */
  idsExpression: string;
  /**
   * Matched related ids are recorded in `c7n:<annotationKey>` (`matched-security-groups`);
   * without one nothing is recorded (c7n's `AnnotationKey = None`).
   */
  annotationKey?: string;
  /** Below this many distinct ids they are fetched by id, else listed (c7n's `FetchThreshold`, default 10). */
  fetchThreshold?: number;
  /** Top-level resource fields the ids expression reads. */
  reads: readonly string[];
  permissions: readonly string[];
  doc: ElementDoc;
  /**
   * Checks of each related resource beside the value options (c7n's SubnetFilter igw/nat).
   * With them, `key` and `value` may both be left out (that part then passes), and `operator`
   * also combines the checks with the value match, `and` by default, as c7n's `match` does.
   */
  extra?: RelatedExtra;
  /**
   * Related ids and resources found by calls instead of `idsExpression` and a fetch by id
   * (c7n's overridden get_related_ids, as ec2's iam-role resolving instance profiles).
   */
  resolve?: RelatedResolver;
}

export interface RelatedResolver {
  /** The related ids of these resources (called for the whole set, then for each resource). */
  ids(rs: readonly Resource[], ctx: EvalContext): Promise<string[]>;
  /** The related resources for these ids, keyed by id. */
  fetch(ids: readonly string[], ctx: EvalContext): Promise<Map<string, Resource>>;
}

export interface RelatedExtra {
  properties: Record<string, { description: string }>;
  /** Permissions the options add (`ec2:DescribeRouteTables` when igw/nat is set). */
  permissions(opts: Record<string, unknown>): readonly string[];
  /** One predicate per check the options ask for (none: no extra checks), prepared once per run. */
  prepare(opts: Record<string, unknown>, ctx: EvalContext): Promise<((related: Resource) => boolean)[]>;
}

export const relatedProperties = {
  ...valueProperties,
  'match-resource': {
    type: 'boolean',
    description:
      "Compare each related resource's `key` with the same key of the resource itself instead of with `value`.",
  },
  operator: {
    enum: ['and', 'or'],
    description: 'or (default): some related resource matches; and: every related resource matches.',
  },
} as const;

const relatedSchema = { type: 'object', additionalProperties: false, properties: relatedProperties } as const;

interface RelatedOptions extends ValueOptions {
  'match-resource'?: boolean;
  operator?: 'and' | 'or';
}

/** The spec each related filter was built from, for filters that reuse its ids and fetch. */
const specs = new WeakMap<object, RelatedFilterSpec>();

/** The spec of a filter `relatedFilter` built (the type's `security-group`, `subnet`), if it is one. */
export function relatedSpecOf(decl: unknown): RelatedFilterSpec | undefined {
  return decl && typeof decl === 'object' ? specs.get(decl) : undefined;
}

/** Each resource's related ids (in `rs` order) and the related resources, fetched once for all. */
export async function fetchRelated(
  spec: RelatedFilterSpec,
  rs: readonly Resource[],
  ectx: EvalContext,
): Promise<{ perResource: string[][]; related: Map<string, Resource> }> {
  const resolve = spec.resolve;
  if (resolve) {
    // c7n resolves the whole set once, then each resource again (process_resource).
    const related = await resolve.fetch(await resolve.ids(rs, ectx), ectx);
    const perResource: string[][] = [];
    for (const r of rs) perResource.push(await resolve.ids([r], ectx));
    return { perResource, related };
  }
  const search = compileJmespath(`[].${spec.idsExpression}`);
  const perResource = rs.map((r) => {
    const found = search([r]);
    return [
      ...new Set((Array.isArray(found) ? found : []).filter((x): x is string => typeof x === 'string')),
    ];
  });
  const related = await relatedById(
    ectx,
    spec.relatedType,
    idFieldOf(ectx, spec.relatedType),
    perResource.flat(),
    spec.fetchThreshold,
  );
  return { perResource, related };
}

export function relatedFilter(spec: RelatedFilterSpec): FilterDecl<any, any> {
  const annotation = spec.annotationKey === undefined ? undefined : `c7n:${spec.annotationKey}`;
  const extra = spec.extra;
  // Without key and value, c7n's SubnetFilter passes the value part instead of requiring them.
  const noValue = (opts: Record<string, unknown>) => !!extra && !('key' in opts) && !('value' in opts);
  // A plain declaration, not defineFilter: inferring options from the spread value schema is
  // too deep for the compiler, and `compile` reads them through RelatedOptions anyway.
  const decl: FilterDecl<any, any> = {
    kind: 'filter',
    type: spec.type,
    resources: spec.resources,
    options: extra
      ? { ...relatedSchema, properties: { ...relatedProperties, ...extra.properties } }
      : relatedSchema,
    permissions: extra
      ? (opts: Record<string, unknown>) => [...spec.permissions, ...extra.permissions(opts)]
      : spec.permissions,
    doc: spec.doc,
    messages: valueMessages,
    check: (opts: RelatedOptions) =>
      noValue(opts as Record<string, unknown>)
        ? []
        : checkEmbeddedValue(opts as Record<string, unknown>, {
            valueFromResource: opts['match-resource'] === true,
          }),
    reads: (opts: RelatedOptions) => (opts['match-resource'] === true ? undefined : spec.reads),
    compile(rawOpts: RelatedOptions, ctx) {
      const opts = rawOpts as RelatedOptions;
      const valueOpts = valueOptionsOf(opts as Record<string, unknown>);
      const matchResource = opts['match-resource'] === true;
      const readOwn = matchResource && opts.key !== undefined ? compileKey(opts.key).read : undefined;
      const anyValue = noValue(opts as Record<string, unknown>);
      const fixed = matchResource || anyValue ? undefined : compileItemMatcher(valueOpts, ctx.baseDir);
      const and = opts.operator === 'and';

      const annotate = (r: Resource, ids: readonly string[]) => {
        if (ids.length === 0 || annotation === undefined) return;
        const prior = Array.isArray(r[annotation]) ? (r[annotation] as unknown[]) : [];
        r[annotation] = [...new Set([...prior, ...ids])];
      };

      return {
        kind: 'process',
        async process(rs, ectx) {
          const { perResource, related } = await fetchRelated(spec, rs, ectx);
          // After the related resources, as c7n's SubnetFilter fetches its route tables.
          const checks = extra ? await extra.prepare(opts as Record<string, unknown>, ectx) : [];
          const out: Resource[] = [];
          for (const [i, r] of rs.entries()) {
            const ids = perResource[i] ?? [];
            if (valueOpts.value_type === 'resource_count') {
              // Counts the ids the resource names, fetched or not.
              const ok = compare(valueOpts.op ?? 'eq', ids.length, valueOpts.value);
              if (ok) annotate(r, ids);
              if (ok) out.push(r);
              continue;
            }
            let matcher: ItemMatcher | undefined = fixed;
            let value = valueOpts.value;
            if (readOwn) {
              // c7n reuses the first resource's value for later ones (ValueFilter caches it);
              // we compare each resource with its own value, which is what the option promises.
              value = readOwn(r) ?? null;
              matcher = compileItemMatcher({ ...valueOpts, value }, ctx.baseDir);
            }
            const items = ids.flatMap((id): Resource[] => {
              const o = related.get(id);
              return o ? [o] : [];
            });
            let hits = anyValue ? new Set(items) : await (matcher as ItemMatcher)(items, ectx);
            if (checks.length > 0) {
              // c7n's SubnetFilter.match: the checks and the value match, all of them unless `or`.
              const valueHits = hits;
              const all = opts.operator !== 'or';
              hits = new Set(
                items.filter((o) => {
                  const parts = [...checks.map((c) => c(o)), valueHits.has(o)];
                  return all ? parts.every(Boolean) : parts.some(Boolean);
                }),
              );
            }
            const found: string[] = [];
            for (const id of ids) {
              const robj = related.get(id);
              if (robj === undefined) {
                // A related resource that no longer exists has every key absent (c7n does so).
                if (value === 'absent') found.push(id);
                else
                  ectx.log?.(
                    'warn',
                    `${String(r[ctx.resourceType.id])} references missing ${spec.relatedType} ${id}`,
                  );
              } else if (hits.has(robj)) found.push(id);
            }
            annotate(r, found);
            // As in c7n, `and` compares with every id named, so a resource naming none matches.
            if (and ? found.length === ids.length : found.length > 0) out.push(r);
          }
          return out;
        },
      };
    },
  };
  specs.set(decl, spec);
  return decl;
}
