import type { Instance } from '@aws-sdk/client-ec2';
import { defineAction } from '@c7n-ts/core';
import { checkCopyOptions, snapshotTagOptions, snapshotTags } from '../../ebs/actions/snapshot.js';

export default defineAction({
  type: 'snapshot',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...snapshotTagOptions,
      'copy-tags': {
        ...snapshotTagOptions['copy-tags'],
        description:
          "Keys of the instance's tags to copy to its snapshots (`*` for all), set with `tags` at creation instead of copying the volume tags.",
      },
      tags: {
        ...snapshotTagOptions.tags,
        description:
          'Tags to set on the snapshots with `copy-tags`, key to value; default `custodian_snapshot`.',
      },
      'exclude-boot': { type: 'boolean', default: false, description: 'Leave out the boot volume.' },
    },
  } as const,
  // c7n names CreateSnapshot; the call made is CreateSnapshots, its own IAM action.
  permissions: ['ec2:CreateSnapshot', 'ec2:CreateSnapshots', 'ec2:CreateTags'],
  doc: {
    summary:
      'Snapshot every EBS volume of each instance with one CreateSnapshots call. The volume tags are copied to their snapshots, or, with `copy-tags`, the named instance tags and `tags` are set instead.',
    example: '- type: snapshot\n  exclude-boot: true\n  copy-tags: [Name]',
  },
  messages: { 'copy-both': 'give `copy-tags` or `copy-volume-tags`, not both.' },
  check: (opts) => checkCopyOptions(opts),
  reads: () => ['InstanceId', 'Tags'],
  plan(resources: Instance[], opts) {
    return resources.flatMap((i) => {
      if (!i.InstanceId) return [];
      const name = i.Tags?.find((t) => t.Key === 'Name')?.Value ?? '-';
      const input: Record<string, unknown> = {
        Description: `Snapshot Created for ${i.InstanceId} (${name})`,
        InstanceSpecification: { ExcludeBootVolume: opts['exclude-boot'] ?? false, InstanceId: i.InstanceId },
      };
      // As c7n: `copy-tags` present (even empty) wins, and `tags` only counts with it.
      if (opts['copy-tags'] !== undefined)
        input.TagSpecifications = [
          { ResourceType: 'snapshot', Tags: snapshotTags(i.Tags, opts['copy-tags'], opts.tags) },
        ];
      else if (opts['copy-volume-tags'] ?? true) input.CopyTagsFromSource = 'volume';
      return [
        {
          service: 'ec2',
          operation: 'CreateSnapshots',
          input,
          resourceIds: [i.InstanceId],
          describe: `snapshot the volumes of ${i.InstanceId}${opts['exclude-boot'] ? ' (not the boot volume)' : ''}`,
          // c7n logs these and moves on; only a vanished instance counts as done here.
          okErrors: ['InvalidInstanceId.NotFound'],
        },
      ];
    });
  },
});
