import { defineAction, type PlannedCall, type Resource } from '@c7n-ts/core';

const ASG_TAG = 'auto-scaling-group';

interface GroupTag {
  Key?: string;
  Value?: string;
}

// c7n's asg rename-tag takes `source`/`dest` (not the shared `old_key`/`new_key`) and also
// renames the tag on the group's running instances unless `propagate: false`.
export default defineAction({
  type: 'rename-tag',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['source', 'dest'],
    properties: {
      source: { type: 'string', description: 'Key to rename; groups without it are left alone.' },
      dest: { type: 'string', description: 'Key that receives the value.' },
      propagate: {
        type: 'boolean',
        default: true,
        description:
          'Set `PropagateAtLaunch` on the new tag and rename the tag on the group`s current instances too (default true).',
      },
    },
  } as const,
  reads: () => ['Tags', 'Instances'],
  permissions: (opts) => [
    'autoscaling:CreateOrUpdateTags',
    'autoscaling:DeleteTags',
    ...(opts.propagate === false ? [] : ['ec2:CreateTags', 'ec2:DeleteTags']),
  ],
  doc: {
    summary:
      'Move a tag of Auto Scaling groups to another key: the old one is deleted first (a group at its tag limit has no room for both), then the new one set; with `propagate`, the same on the group`s instances.',
    example: '- type: rename-tag\n  source: OwnerNames\n  dest: OwnerName\n  propagate: true',
  },
  plan(resources, opts) {
    const propagate = opts.propagate ?? true;
    return resources.flatMap((group: Resource): PlannedCall[] => {
      const name = String(group.AutoScalingGroupName ?? '');
      const found = ((group.Tags ?? []) as GroupTag[]).find((t) => t.Key === opts.source);
      if (!name || !found) return [];
      const value = found.Value ?? '';
      const where = { ResourceId: name, ResourceType: ASG_TAG };
      const calls: PlannedCall[] = [
        {
          service: 'autoscaling',
          operation: 'DeleteTags',
          input: { Tags: [{ ...where, Key: opts.source, Value: value }] },
          resourceIds: [name],
          describe: `remove tag ${opts.source} from ${name}`,
        },
        {
          service: 'autoscaling',
          operation: 'CreateOrUpdateTags',
          input: { Tags: [{ ...where, PropagateAtLaunch: propagate, Key: opts.dest, Value: value }] },
          resourceIds: [name],
          describe: `tag ${opts.dest}=${value} on ${name}`,
        },
      ];
      const instances = ((group.Instances ?? []) as { InstanceId?: string }[]).flatMap((i) =>
        i.InstanceId ? [i.InstanceId] : [],
      );
      if (propagate && instances.length)
        calls.push(
          {
            service: 'ec2',
            operation: 'DeleteTags',
            input: { Resources: instances, Tags: [{ Key: opts.source }] },
            resourceIds: [name],
            describe: `remove tag ${opts.source} from the ${instances.length} instance(s) of ${name}`,
          },
          {
            service: 'ec2',
            operation: 'CreateTags',
            input: { Resources: instances, Tags: [{ Key: opts.dest, Value: value }] },
            resourceIds: [name],
            describe: `tag ${opts.dest}=${value} on the ${instances.length} instance(s) of ${name}`,
          },
        );
      return calls;
    });
  },
});
