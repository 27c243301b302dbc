import {
  type ActionContext,
  defineAction,
  jmespathSearch,
  type PlannedCall,
  type Problem,
  type RegistryView,
  type Resource,
} from '@c7n-ts/core';
import { getRelatedByIds, providerOf } from '../filters/fetch-related.js';
import { planTag, tagPermissions, tagsOf } from '../tagging/index.js';

/** c7n's name for "any ARN the Resource Groups Tagging API knows". */
const UNIVERSAL = 'resourcegroupstaggingapi';

/** The related type as c7n resolves `resource`: the last dotted segment, `ebs` or `aws.ebs`. */
function relatedType(name: string, registry: RegistryView): string | undefined {
  return (registry.resource(name) ?? registry.resource(`aws.${name.split('.').pop()}`))?.type;
}

/** The related id a resource names: a tag value for `tag:K`, else a JMESPath of the resource. */
function relatedIdOf(r: Resource, key: string): string | undefined {
  const v = key.startsWith('tag:') ? tagsOf(r).get(key.slice(4)) : jmespathSearch(key, r);
  return v === null || v === undefined ? undefined : String(v);
}

/** Tags by related id: by the related type's own listing by id, or by ARN from GetResources. */
async function relatedTags(
  type: string,
  ids: string[],
  ctx: ActionContext,
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (ids.length === 0) return out;
  if (type === UNIVERSAL) {
    if (!ctx.read) throw new Error('copy-related-tag needs a reader for GetResources');
    // IAM is global; c7n asks us-east-1 for IAM ARNs.
    const region = ids[0]?.startsWith('arn:aws:iam') ? 'us-east-1' : undefined;
    const page = (await ctx.read('tagging', 'GetResources', { ResourceARNList: ids }, region)) as {
      ResourceTagMappingList?: { ResourceARN?: string; Tags?: { Key?: string; Value?: string }[] }[];
    };
    for (const m of page.ResourceTagMappingList ?? [])
      if (m.ResourceARN) out.set(m.ResourceARN, tagsOf({ Tags: m.Tags ?? [] }));
    return out;
  }
  const p = providerOf(ctx);
  const rt = p.registry.resource(type);
  if (!rt) return out;
  for (const r of await getRelatedByIds(ctx, rt.type, ids)) out.set(String(r[rt.id]), tagsOf(r));
  return out;
}

export default defineAction({
  type: 'copy-related-tag',
  resources: 'taggable',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['resource', 'key', 'tags'],
    properties: {
      resource: {
        type: 'string',
        description:
          'Resource type holding the tags (`ebs`, `aws.rds`...), or `resourcegroupstaggingapi` when `key` gives an ARN.',
      },
      key: {
        type: 'string',
        description:
          'Where the resource names the related one: a field or JMESPath (`VolumeId`), or `tag:<key>`.',
      },
      tags: {
        oneOf: [{ enum: ['*'] }, { type: 'array', items: { type: 'string' } }],
        description: 'Keys of the related tags to copy, or `*` for all of them (except `aws:` tags).',
      },
      skip_missing: {
        type: 'boolean',
        default: true,
        description:
          'true (default): resources whose related resource is missing are skipped; false: the action fails.',
      },
    },
  } as const,
  reads: () => undefined,
  permissions: (opts, rt, registry) => {
    const related = typeof opts?.resource === 'string' ? opts.resource : undefined;
    const type = related && related !== UNIVERSAL && registry ? relatedType(related, registry) : undefined;
    return [
      ...(related === UNIVERSAL ? ['tag:GetResources'] : []),
      // The related resources are read as their type lists them (ebs: DescribeVolumes).
      ...((type && registry?.resource(type)?.permissions) ?? []),
      ...tagPermissions(rt),
    ];
  },
  doc: {
    summary:
      "Copy tags from a related resource onto each matched resource (an EBS volume's tags to its snapshots): `key` says where the resource names it, `resource` what type it is. Tags already equal are not rewritten; each resource is tagged with its own call.",
    // An RDS snapshot taking its instance's Owner tag.
    example: '- type: copy-related-tag\n  resource: rds\n  key: DBInstanceIdentifier\n  tags: [Owner]',
  },
  messages: {
    'unknown-resource': 'unknown resource type for copy-related-tag.',
    'missing-related': 'related resources not found and skip_missing is false.',
  },
  check(opts, ctx) {
    const problems: Problem[] = [];
    if (opts.resource !== UNIVERSAL && !relatedType(opts.resource, ctx.registry))
      problems.push({
        messageId: 'unknown-resource',
        message: `unknown resource type "${opts.resource}" for copy-related-tag (or not supported yet).`,
        path: ['resource'],
      });
    return problems;
  },
  async plan(resources, opts, ctx) {
    const pairs = resources.map((r) => [relatedIdOf(r, opts.key), r] as const);
    const ids = [...new Set(pairs.flatMap(([id]) => id ?? []))];
    const type =
      opts.resource === UNIVERSAL ? UNIVERSAL : relatedType(opts.resource, providerOf(ctx).registry);
    const tagMap = type ? await relatedTags(type, ids, ctx) : new Map<string, Map<string, string>>();
    const unnamed = pairs.some(([id]) => id === undefined);
    const notFound = ids.filter((id) => !tagMap.has(id));
    if (opts.skip_missing === false && (unnamed || notFound.length > 0))
      throw new Error(
        `copy-related-tag: ${notFound.length + Number(unnamed)} of ${ids.length} ${opts.resource} related resources not found`,
      );
    const calls: PlannedCall[] = [];
    let missing = 0;
    for (const [id, r] of pairs) {
      const related = id === undefined ? undefined : tagMap.get(id);
      if (!related || related.size === 0) {
        missing++;
        continue;
      }
      const own = tagsOf(r);
      const copy: Record<string, string> = {};
      for (const [k, v] of related) {
        if (own.get(k) === v) continue;
        if (opts.tags === '*' ? !k.startsWith('aws:') : (opts.tags as string[]).includes(k)) copy[k] = v;
      }
      if (Object.keys(copy).length > 0) calls.push(...(await planTag(ctx.resourceType, [r], copy, ctx)));
    }
    if (missing) ctx.log?.('info', `copy-related-tag: ${missing} resource(s) without related tags skipped`);
    return calls;
  },
});
