import { defineFilter } from '@c7n-ts/core';
import { ASG_LAUNCH_PERMISSIONS, scanAsgLaunch } from '../../../common/filters/asg-launch.js';
import { listRelated } from '../../../common/filters/fetch-related.js';

export default defineFilter({
  type: 'unused',
  resources: ['aws.ami'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      value: {
        type: 'boolean',
        default: true,
        description:
          'True (the default): images no instance, Auto Scaling launch configuration or launch template uses; false: the images in use.',
      },
    },
  } as const,
  permissions: ['ec2:DescribeInstances', ...ASG_LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Images nothing launches from: not the image of an instance of the region (the run's aws.ec2 listing), nor of a launch configuration or launch template version an Auto Scaling group uses.",
    example: '- type: unused\n  value: true',
  },
  reads: () => ['ImageId'],
  compile: (opts) => ({
    kind: 'process',
    async process(images, ctx) {
      // In c7n's order: instances, then the groups and what they launch from.
      const used = new Set((await listRelated(ctx, 'aws.ec2')).map((i) => String(i.ImageId)));
      const launch = await scanAsgLaunch(ctx);
      for (const lc of launch.configs)
        if (launch.configNames.has(String(lc.LaunchConfigurationName))) used.add(String(lc.ImageId));
      for (const v of launch.templateVersions) {
        const data = v.LaunchTemplateData as { ImageId?: string } | undefined;
        if (data?.ImageId) used.add(data.ImageId);
      }
      const unused = opts.value !== false;
      return images.filter((i) => used.has(String(i.ImageId)) !== unused);
    },
  }),
});
