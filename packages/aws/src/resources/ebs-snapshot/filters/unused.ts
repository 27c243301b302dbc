import { defineFilter } from '@c7n-ts/core';
import {
  ASG_LAUNCH_PERMISSIONS,
  mappedSnapshots,
  scanAsgLaunch,
} from '../../../common/filters/asg-launch.js';
import { listRelated } from '../../../common/filters/fetch-related.js';

export default defineFilter({
  type: 'unused',
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        default: true,
        description:
          'True (the default): snapshots no image, launch configuration or launch template uses; false: the snapshots in use.',
      },
    },
  } as const,
  permissions: ['ec2:DescribeImages', ...ASG_LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Snapshots nothing uses: not in the block devices of this account's images, nor of the launch templates Auto Scaling groups use, nor of any launch configuration when some group uses one (as Cloud Custodian, every configuration counts then).",
    example: '- type: unused\n  value: true',
  },
  reads: () => ['SnapshotId'],
  compile: (opts) => ({
    kind: 'process',
    async process(snaps, ctx) {
      // In c7n's order: the groups and what they launch from, then the images.
      const launch = await scanAsgLaunch(ctx);
      const used = new Set(launch.configs.flatMap((lc) => mappedSnapshots(lc.BlockDeviceMappings)));
      for (const v of launch.templateVersions)
        for (const id of mappedSnapshots(
          (v.LaunchTemplateData as { BlockDeviceMappings?: unknown })?.BlockDeviceMappings,
        ))
          used.add(id);
      for (const image of await listRelated(ctx, 'aws.ami'))
        for (const id of mappedSnapshots(image.BlockDeviceMappings)) used.add(id);
      const unused = opts.value !== false;
      return snaps.filter((s) => used.has(String(s.SnapshotId)) !== unused);
    },
  }),
});
