import { type ActionContext, defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';
import { groupName, instanceIdsOf } from './_processes.js';

type Tag = { Key?: string; Value?: string; PropagateAtLaunch?: boolean };

/** The groups' instances, read as c7n's ec2 manager reads them by id: one paged DescribeInstances. */
async function readInstances(ids: string[], ctx: ActionContext): Promise<Map<string, Resource>> {
  const out = new Map<string, Resource>();
  if (!ids.length) return out;
  if (!ctx.read) throw new Error('propagate-tags needs a reader for DescribeInstances');
  let token: string | undefined;
  do {
    const page = (await ctx.read('ec2', 'DescribeInstances', {
      InstanceIds: ids,
      ...(token ? { NextToken: token } : {}),
    })) as { Reservations?: { Instances?: Resource[] }[]; NextToken?: string };
    for (const r of page.Reservations ?? [])
      for (const i of r.Instances ?? []) out.set(String(i.InstanceId), i);
    token = page.NextToken;
  } while (token);
  return out;
}

export default defineAction({
  type: 'propagate-tags',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      tags: {
        type: 'array',
        items: { type: 'string' },
        description: 'Keys of the propagating tags to copy; default every tag set to propagate at launch.',
      },
      trim: {
        type: 'boolean',
        description:
          'True: also remove from the instances the tags the group no longer propagates, and tags not every instance has.',
      },
    },
  } as const,
  // c7n names the tag calls only; `trim` reads the instances first (DescribeInstances).
  permissions: (opts) => [
    'ec2:DeleteTags',
    'ec2:CreateTags',
    ...(opts.trim ? ['ec2:DescribeInstances'] : []),
  ],
  doc: {
    summary:
      "Copy an Auto Scaling group's propagating tags (PropagateAtLaunch, not `aws:`) to the instances it already runs (CreateTags), since AWS applies them to new instances only. `trim` also removes (DeleteTags) the tags every instance has that the group does not propagate, and those only some instances have.",
    example: '- type: propagate-tags\n  tags: [OwnerName]\n  trim: true',
  },
  reads: () => ['AutoScalingGroupName', 'Instances', 'Tags'],
  async plan(asgs, opts, ctx) {
    const trim = opts.trim === true;
    const instances = trim
      ? await readInstances(asgs.flatMap(instanceIdsOf), ctx)
      : new Map<string, Resource>();
    const calls: PlannedCall[] = [];
    for (const a of asgs) {
      const name = groupName(a);
      const ids = instanceIdsOf(a);
      const tags = new Map<string, string | undefined>();
      for (const t of (a.Tags ?? []) as Tag[])
        if (t.PropagateAtLaunch && t.Key && !t.Key.startsWith('aws:')) tags.set(t.Key, t.Value);
      if (opts.tags?.length) for (const k of [...tags.keys()]) if (!opts.tags.includes(k)) tags.delete(k);
      if (!tags.size && !trim)
        ctx.log?.(
          'error',
          `no tags found to propagate on asg ${name}, tags configured: ${opts.tags ?? 'all'}`,
        );
      if (trim) {
        // Keys on every instance that the group does not propagate, and keys only some have.
        const counts = new Map<string, number>();
        for (const id of ids)
          for (const t of (instances.get(id)?.Tags ?? []) as Tag[])
            if (t.Key && !t.Key.startsWith('aws:')) counts.set(t.Key, (counts.get(t.Key) ?? 0) + 1);
        const all = [...counts].filter(([k, n]) => n >= ids.length && !tags.has(k)).map(([k]) => k);
        const uneven = [...counts].filter(([, n]) => n < ids.length).map(([k]) => k);
        // c7n makes the call even with nothing to remove.
        calls.push({
          service: 'ec2',
          operation: 'DeleteTags',
          input: { Resources: ids, Tags: [...all, ...uneven].map((Key) => ({ Key })) },
          resourceIds: [name],
          describe: `remove tags ${[...all, ...uneven].join(', ') || '(none)'} from the instances of ${name}`,
        });
      }
      if (ids.length && tags.size)
        calls.push({
          service: 'ec2',
          operation: 'CreateTags',
          input: { Resources: ids, Tags: [...tags].map(([Key, Value]) => ({ Key, Value })) },
          resourceIds: [name],
          describe: `tag the ${ids.length} instance(s) of ${name} with ${[...tags.keys()].join(', ')}`,
        });
    }
    return calls;
  },
});
