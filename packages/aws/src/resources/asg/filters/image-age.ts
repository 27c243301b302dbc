import { ageMs, compare, comparisonOp, defineFilter, toMs } from '@c7n-ts/core';
import { LAUNCH_PERMISSIONS, launchImages, launchInfo } from './_launch-info.js';

/** c7n dates a group whose configuration or image is gone at 2000-01-01, so it counts as old. */
const GONE = Date.parse('2000-01-01T01:01:01.000Z');

export default defineFilter({
  type: 'image-age',
  resources: ['aws.asg'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      op: {
        ...comparisonOp,
        default: 'greater-than',
        description: `${comparisonOp.description} Default greater-than.`,
      },
      days: { type: 'number', description: "Age of the group's image in days; fractions allowed." },
    },
  } as const,
  permissions: ['ec2:DescribeImages', ...LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Auto Scaling groups whose launch configuration's or launch template's image is older (by default) than `days`, by the image's CreationDate. A group whose configuration, template or image is gone counts as dated 2000-01-01, as in Cloud Custodian.",
    example: '- type: image-age\n  op: ge\n  days: 90',
  },
  reads: () => ['LaunchConfigurationName', 'LaunchTemplate', 'MixedInstancesPolicy', 'AutoScalingGroupName'],
  compile(opts) {
    const op = opts.op ?? 'greater-than';
    return {
      kind: 'process',
      async process(asgs, ctx) {
        const info = await launchInfo(ctx, asgs);
        const images = await launchImages(ctx, info);
        const threshold = ctx.now - ageMs(opts);
        return asgs.filter((a) => {
          const image = images.get(String(info.get(a)?.ImageId));
          const born = image ? toMs(image.CreationDate) : GONE;
          if (Number.isNaN(born)) return false;
          // As c7n's age filters: threshold OP created, so `op: ge, days: 90` means 90+ days old.
          return compare(op, threshold, born);
        });
      },
    };
  },
});
