import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { groupName } from './_processes.js';

const size = {
  anyOf: [{ enum: ['current'] }, { type: 'integer', minimum: 0 }],
  description: 'New desired capacity, or `current`: the number of instances the group has (never raised).',
} as const;

/** The sizes saved in and restored from a tag, as `MinSize=1;MaxSize=4;DesiredCapacity=2`. */
const PARAMS = ['MinSize', 'MaxSize', 'DesiredCapacity'] as const;

type Tag = { Key?: string; Value?: string };

export default defineAction({
  type: 'resize',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'min-size': { type: 'integer', minimum: 0, description: 'New minimum size.' },
      'max-size': { type: 'integer', minimum: 0, description: 'New maximum size.' },
      'desired-size': size,
      desired_size: { ...size, description: 'Former name of `desired-size`, used when that is absent.' },
      'save-options-tag': {
        type: 'string',
        description:
          'Tag to save the current sizes in (`MinSize=..;MaxSize=..;DesiredCapacity=..`) before resizing.',
      },
      'restore-options-tag': {
        type: 'string',
        description:
          'Tag to restore the sizes from (as `save-options-tag` writes them); the other sizes are then ignored.',
      },
    },
  } as const,
  permissions: ['autoscaling:UpdateAutoScalingGroup', 'autoscaling:CreateOrUpdateTags'],
  doc: {
    summary:
      'Resize Auto Scaling groups (UpdateAutoScalingGroup): set the minimum, maximum or desired size, shrink to the current instance count (`desired-size: current`, lowering the minimum too unless `min-size` is given), or restore sizes saved in a tag. `save-options-tag` first saves the sizes (CreateOrUpdateTags). Groups with nothing to change are left alone.',
    example: '- type: resize\n  min-size: 0\n  desired-size: 0\n  save-options-tag: OffHoursPrevious',
  },
  reads: () => ['AutoScalingGroupName', 'Instances', 'MinSize', 'MaxSize', 'DesiredCapacity', 'Tags'],
  plan(asgs, opts) {
    const desired = opts['desired-size'] ?? opts.desired_size;
    const calls: PlannedCall[] = [];
    for (const a of asgs) {
      const name = groupName(a);
      const update: Record<string, number> = {};
      const current = Array.isArray(a.Instances) ? a.Instances.length : 0;
      const restore = opts['restore-options-tag'];
      if (restore !== undefined) {
        const saved = ((a.Tags ?? []) as Tag[]).find((t) => t.Key === restore)?.Value;
        for (const field of saved?.split(';') ?? []) {
          const [param, value] = field.split('=');
          if ((PARAMS as readonly string[]).includes(param ?? ''))
            update[param as string] = Number.parseInt(value ?? '', 10);
        }
      } else {
        if (opts['min-size'] !== undefined) update.MinSize = opts['min-size'];
        if (opts['max-size'] !== undefined) update.MaxSize = opts['max-size'];
        if (desired === 'current') {
          update.DesiredCapacity = Math.min(current, Number(a.DesiredCapacity));
          if (update.MinSize === undefined) update.MinSize = Math.min(current, Number(a.MinSize));
        } else if (typeof desired === 'number') update.DesiredCapacity = desired;
      }
      if (!Object.keys(update).length) continue;
      const save = opts['save-options-tag'];
      if (save !== undefined)
        calls.push({
          service: 'autoscaling',
          operation: 'CreateOrUpdateTags',
          input: {
            Tags: [
              {
                Key: save,
                PropagateAtLaunch: false,
                Value: PARAMS.map((p) => `${p}=${Math.trunc(Number(a[p]))}`).join(';'),
                ResourceId: name,
                ResourceType: 'auto-scaling-group',
              },
            ],
          },
          resourceIds: [name],
          describe: `save the sizes of ${name} in tag ${save}`,
        });
      calls.push({
        service: 'autoscaling',
        operation: 'UpdateAutoScalingGroup',
        input: { AutoScalingGroupName: name, ...update },
        resourceIds: [name],
        describe: `resize ${name}: ${Object.entries(update)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`,
      });
    }
    return calls;
  },
});
