import { defineFilter } from '@c7n-ts/core';
import { isEphemeral } from '../actions/stop.js';

export default defineFilter({
  type: 'ephemeral',
  pure: true,
  resources: ['aws.ec2'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [], // reads the describe output only
  doc: {
    summary:
      "Instances with an instance-store (ephemeral) root: the root device (/dev/sda1, /dev/xvda or xvda) has no EBS volume, or there is no device of those names (Cloud Custodian's test, kept as is).",
    example: '- ephemeral',
  },
  reads: () => ['BlockDeviceMappings'],
  compile: () => ({ kind: 'match', match: (i) => isEphemeral(i as never) }),
});
