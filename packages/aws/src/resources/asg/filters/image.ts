import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { LAUNCH_PERMISSIONS, launchImages, launchInfo } from './_launch-info.js';

export default defineFilter({
  type: 'image',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: ['ec2:DescribeImages', ...LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Auto Scaling groups by the machine image of their launch configuration or launch template: value filter options apply to the AMI (DescribeImages by id). Groups whose image is gone don't match.",
    example: '- type: image\n  key: Platform\n  value: Windows\n  op: ne',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['LaunchConfigurationName', 'LaunchTemplate', 'MixedInstancesPolicy', 'AutoScalingGroupName'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(asgs, ectx) {
        const info = await launchInfo(ectx, asgs);
        const images = await launchImages(ectx, info);
        const withImage: [Resource, Resource][] = [];
        for (const a of asgs) {
          const id = info.get(a)?.ImageId;
          const image = images.get(String(id));
          if (image) withImage.push([a, image]);
          else ectx.log?.('warn', `no image ${String(id)} for asg ${String(a.AutoScalingGroupName)}`);
        }
        const hits = await matcher(
          withImage.map(([, i]) => i),
          ectx,
        );
        return withImage.filter(([, i]) => hits.has(i)).map(([a]) => a);
      },
    };
  },
});
