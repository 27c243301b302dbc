import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { LAUNCH_PERMISSIONS, launchInfo } from './_launch-info.js';

export default defineFilter({
  type: 'launch-config',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: valueProperties } as const,
  permissions: [...LAUNCH_PERMISSIONS],
  doc: {
    summary:
      "Auto Scaling groups by their launch configuration, or their launch template version's LaunchTemplateData: value filter options apply to it. A group whose configuration or template is gone is matched against nothing (`absent` matches).",
    example: '- type: launch-config\n  key: AssociatePublicIpAddress\n  value: true',
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
        // c7n matches a missing configuration as an empty one.
        const launch = asgs.map((a): Resource => info.get(a) ?? {});
        const hits = await matcher(launch, ectx);
        return asgs.filter((_a, n) => hits.has(launch[n] as Resource));
      },
    };
  },
});
