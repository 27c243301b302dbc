import { defineFilter } from '@c7n-ts/core';
import { ASG_LAUNCH_PERMISSIONS, scanAsgLaunch } from '../../../common/filters/asg-launch.js';
import { listRelated } from '../../../common/filters/fetch-related.js';

export default defineFilter({
  type: 'unused',
  resources: ['aws.key-pair'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description:
          'True (the default): key pairs no instance, Auto Scaling launch configuration or launch template uses; false: the key pairs in use.',
      },
    },
  } as const,
  permissions: ['ec2:DescribeInstances', ...ASG_LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Key pairs nothing launches with: not the key of an instance of the region (the run's aws.ec2 listing), nor of a launch configuration or launch template version an Auto Scaling group uses.",
    example: '- type: unused\n  state: true',
  },
  reads: () => ['KeyName'],
  compile: (opts) => ({
    kind: 'process',
    async process(keys, ctx) {
      // In c7n's order: instances, then the groups and what they launch from.
      const used = new Set((await listRelated(ctx, 'aws.ec2')).map((i) => i.KeyName));
      const launch = await scanAsgLaunch(ctx);
      for (const lc of launch.configs)
        if (launch.configNames.has(String(lc.LaunchConfigurationName))) used.add(lc.KeyName);
      for (const v of launch.templateVersions)
        used.add((v.LaunchTemplateData as { KeyName?: string } | undefined)?.KeyName);
      const unused = opts.state !== false;
      return keys.filter((k) => used.has(k.KeyName) !== unused);
    },
  }),
});
