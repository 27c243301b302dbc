/**
 * Cloud Custodian's propagate-spot-tags: one DescribeSpotInstanceRequests for the spot
 * instances' requests, then CreateTags (20 instances per call) with each tagged request's
 * tags, on its instances that lack one of them or carry another value. Two departures from
 * c7n's code, which contradicts its own comments there: `only_tags` keeps only the named tags
 * (c7n deletes the named tags a request lacks, failing with KeyError), and an instance is named
 * once per call (c7n repeats it per differing tag).
 */
import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { describeIds } from '../../../common/index.js';

/** c7n's batch size. */
const BATCH = 20;
/** AWS's limit on tags per resource. */
const MAX_TAGS = 50;

type Tag = { Key?: string; Value?: string };
const tagMap = (tags: unknown): Map<string, string> =>
  new Map(((Array.isArray(tags) ? tags : []) as Tag[]).map((t) => [String(t.Key), String(t.Value ?? '')]));

export default defineAction({
  type: 'propagate-spot-tags',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      only_tags: {
        type: 'array',
        items: { type: 'string' },
        description: 'Copy only these tag keys (default: every tag of the request but `aws:` ones).',
      },
    },
  } as const,
  permissions: [
    'ec2:DescribeInstances',
    'ec2:DescribeSpotInstanceRequests',
    'ec2:DescribeTags',
    'ec2:CreateTags',
  ],
  doc: {
    summary:
      "Copy the tags of each spot instance's spot request (DescribeSpotInstanceRequests) onto the instance (CreateTags), overwriting differing values. Instances that are not spot instances are skipped (as is the whole action when there is none); `aws:` tags are never copied.",
    example: '- type: propagate-spot-tags\n  only_tags:\n    - Name\n    - BillingTag',
  },
  reads: () => ['InstanceId', 'InstanceLifecycle', 'SpotInstanceRequestId', 'Tags'],
  async plan(instances, opts, ctx) {
    const byRequest = new Map<string, Resource[]>();
    for (const i of instances) {
      if (i.InstanceLifecycle !== 'spot' || typeof i.SpotInstanceRequestId !== 'string') continue;
      byRequest.set(i.SpotInstanceRequestId, [...(byRequest.get(i.SpotInstanceRequestId) ?? []), i]);
    }
    if (!byRequest.size) {
      ctx.log?.('warn', 'propagate-spot-tags: no spot instances found, implicit filter by action');
      return [];
    }
    if (!ctx.read) throw new Error('propagate-spot-tags needs read access to describe the spot requests');
    const out = (await ctx.read('ec2', 'DescribeSpotInstanceRequests', {
      Filters: [{ Name: 'spot-instance-request-id', Values: [...byRequest.keys()] }],
    })) as { SpotInstanceRequests?: Resource[] } | undefined;
    const only = opts.only_tags?.length ? new Set(opts.only_tags) : undefined;
    const calls: PlannedCall[] = [];
    for (const request of out?.SpotInstanceRequests ?? []) {
      const tags = [...tagMap(request.Tags)].filter(([k]) => !k.startsWith('aws:') && (!only || only.has(k)));
      if (!tags.length) continue;
      const ids: string[] = [];
      for (const i of byRequest.get(String(request.SpotInstanceRequestId)) ?? []) {
        const own = tagMap(i.Tags);
        if (!tags.some(([k, v]) => own.get(k) !== v)) continue;
        if (new Set([...own.keys(), ...tags.map(([k]) => k)]).size > MAX_TAGS)
          ctx.log?.(
            'warn',
            `propagate-spot-tags: instance ${String(i.InstanceId)} would have more than 50 tags`,
          );
        ids.push(String(i.InstanceId));
      }
      const Tags = tags.map(([Key, Value]) => ({ Key, Value }));
      for (let n = 0; n < ids.length; n += BATCH) {
        const batch = ids.slice(n, n + BATCH);
        calls.push({
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: batch, Tags },
          resourceIds: batch,
          describe: `tag ${Tags.map((t) => `${t.Key}=${t.Value}`).join(', ')} (from ${String(request.SpotInstanceRequestId)}) on ${describeIds(batch)}`,
          batchField: 'Resources',
        });
      }
    }
    return calls;
  },
});
