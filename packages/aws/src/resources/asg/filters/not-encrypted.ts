import { defineFilter, type Resource } from '@c7n-ts/core';
import {
  keyOf,
  LAUNCH_PERMISSIONS,
  launchImages,
  launchInfo,
  mappings,
  snapshotsById,
} from './_launch-info.js';

/** Where a matched group records what is unencrypted (`Image`, `LaunchConfig`), as in c7n. */
export const UNENCRYPTED = 'Unencrypted';

export default defineFilter({
  type: 'not-encrypted',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      exclude_image: {
        type: 'boolean',
        description:
          "True: look at the launch configuration's or template's own volumes only, not the image's.",
      },
    },
  } as const,
  permissions: ['ec2:DescribeImages', 'ec2:DescribeSnapshots', ...LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Auto Scaling groups that would launch unencrypted volumes: their image maps an unencrypted EBS volume, or their launch configuration or template adds one (unencrypted, or from an unencrypted snapshot; devices the image maps take precedence). What is unencrypted is recorded in `Unencrypted`. Groups whose configuration or template is gone don't match.",
    example: '- type: not-encrypted\n  exclude_image: true',
  },
  reads: () => [
    'LaunchConfigurationName',
    'LaunchTemplate',
    'MixedInstancesPolicy',
    'AutoScalingGroupName',
    UNENCRYPTED,
  ],
  compile(opts) {
    return {
      kind: 'process',
      async process(asgs, ctx) {
        const info = await launchInfo(ctx, asgs);
        // As c7n, the images are fetched even with exclude_image: they say which devices they shadow.
        const images = await launchImages(ctx, info);
        const unencryptedImages = new Set<string>();
        if (!opts.exclude_image)
          for (const i of images.values())
            if (mappings(i).some((bd) => bd.Ebs && !bd.Ebs.Encrypted))
              unencryptedImages.add(String(i.ImageId));

        const unencryptedLaunch = new Set<string>();
        const snaps = new Map<string, string[]>();
        for (const [id, c] of info.items()) {
          const image = images.get(String(c.ImageId ?? ''));
          const imageDevices = new Set(mappings(image).flatMap((bd) => (bd.Ebs ? [bd.DeviceName] : [])));
          for (const bd of mappings(c)) {
            if (!bd.Ebs || imageDevices.has(bd.DeviceName)) continue;
            if (bd.Ebs.SnapshotId !== undefined) {
              const sid = bd.Ebs.SnapshotId.trim();
              snaps.set(sid, [...(snaps.get(sid) ?? []), id]);
            } else if (!bd.Ebs.Encrypted) unencryptedLaunch.add(id);
          }
        }
        for (const s of await snapshotsById(ctx, [...snaps.keys()]))
          if (!s.Encrypted) for (const id of snaps.get(String(s.SnapshotId)) ?? []) unencryptedLaunch.add(id);

        return asgs.filter((a: Resource) => {
          const launch = info.get(a);
          if (!launch) {
            ctx.log?.(
              'warn',
              `asg ${String(a.AutoScalingGroupName)} has a missing configuration or template`,
            );
            return false;
          }
          const found: string[] = [];
          if (!opts.exclude_image && unencryptedImages.has(String(launch.ImageId))) found.push('Image');
          if (unencryptedLaunch.has(keyOf(info.launchId(a)))) found.push('LaunchConfig');
          if (found.length) a[UNENCRYPTED] = found;
          return found.length > 0;
        });
      },
    };
  },
});
