import { defineAction, type PlannedCall, type Resource, type ResourceTypeDecl } from '@c7n-ts/core';
import { TAG_APIS, type TagApi, taggingOf } from '../tagging/apis.js';
import { planUntag, tagsOf } from '../tagging/index.js';

/** EC2's (and RDS's) limit of tags per resource. */
const MAX_TAGS = 50;

/**
 * Cloud Custodian gives tag-trim to the EC2 family with its tags, to RDS instances through
 * a subclass in rds.py removing with the RDS API (RemoveTagsFromResource on the instance ARN),
 * and to Redshift clusters through one removing with Redshift DeleteTags. That last subclass
 * names a limit of 10 tags (AWS's old one; 50 now) and builds the ARN from
 * `DBInstanceIdentifier`, which a cluster lacks, so in c7n it fails on every cluster: here it
 * removes with the cluster's ARN under the limit of 50.
 */
const viaRdsApi = (rt: ResourceTypeDecl) => rt.type === 'aws.rds';

/**
 * The API tag-trim removes with. c7n registers the EC2 tag actions (tag-trim among them) on
 * every EC2 type, and the universal ones over them for `universal_taggable` EC2 types
 * (vpc-endpoint) leave tag-trim the EC2 one: DeleteTags on ids.
 */
function trimApi(rt: ResourceTypeDecl): TagApi | undefined {
  if (viaRdsApi(rt)) return 'rds';
  if (rt.taggable && (rt.source as { service?: string } | undefined)?.service === 'ec2') return 'ec2';
  const api = taggingOf(rt);
  return api === 'ec2' || api === 'redshift' ? api : undefined;
}
const trimmed = (rt: ResourceTypeDecl) => trimApi(rt) !== undefined;

/**
 * The keys to remove so `space` tags fit (all but `preserve` when `space` is 0): undefined when
 * there is room already, empty when only preserved tags are left to remove.
 */
export function trimCandidates(
  resource: Resource,
  space: number,
  preserve: readonly string[],
): string[] | undefined {
  const keys = [...tagsOf(resource).keys()].filter((k) => !k.startsWith('aws:'));
  if (space && keys.length + space <= MAX_TAGS) return undefined;
  const kept = keys.filter((k) => preserve.includes(k)).length;
  const candidates = keys.filter((k) => !preserve.includes(k)).sort();
  return space ? candidates.slice(0, candidates.length - (MAX_TAGS - (space + kept))) : candidates;
}

export default defineAction({
  type: 'tag-trim',
  resources: { trait: 'tag-trim', has: trimmed },
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      space: {
        type: 'integer',
        minimum: 0,
        default: 3,
        description:
          'Free tag slots wanted under the limit of 50 (default 3); 0 removes every tag not in `preserve`.',
      },
      preserve: {
        type: 'array',
        items: { type: 'string' },
        description: 'Tag keys never removed.',
      },
    },
  } as const,
  reads: () => ['Tags'],
  permissions: (_opts, rt) => [...TAG_APIS[trimApi(rt) ?? taggingOf(rt)].untagPermissions],
  doc: {
    summary:
      'Remove tags from resources near the limit of 50 tags so that `space` more fit, keeping the keys in `preserve` and `aws:` tags; the others go in sorted key order. Resources with room already are left alone; one call per resource.',
    example: '- type: tag-trim\n  space: 3\n  preserve: [Owner, CostCenter]',
  },
  async plan(resources, opts, ctx) {
    const api = trimApi(ctx.resourceType) ?? taggingOf(ctx.resourceType);
    const rt =
      api === taggingOf(ctx.resourceType)
        ? ctx.resourceType
        : { ...ctx.resourceType, source: { ...(ctx.resourceType.source as object), tagging: api } };
    const calls: PlannedCall[] = [];
    for (const r of resources) {
      const keys = trimCandidates(r, opts.space ?? 3, opts.preserve ?? []);
      if (!keys) continue;
      if (keys.length === 0) {
        ctx.log?.('warn', `tag-trim: no tag to trim on ${String(r[rt.id])}`);
        continue;
      }
      calls.push(...(await planUntag(rt, [r], keys, ctx)));
    }
    return calls;
  },
});
