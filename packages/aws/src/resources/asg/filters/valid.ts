import { defineFilter } from '@c7n-ts/core';
import {
  CONFIG_VALID_PERMISSIONS,
  CONFIG_VALID_READS,
  checkNotLambda,
  configErrors,
} from './_config-valid.js';

export default defineFilter({
  type: 'valid',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [...CONFIG_VALID_PERMISSIONS],
  messages: { 'lambda-mode': 'valid makes too many queries to be run in lambda' },
  check: (_opts, ctx) => checkNotLambda('valid', ctx),
  doc: {
    summary:
      "Auto Scaling groups that could launch an instance: the inverse of `invalid` (every subnet, load balancer, target group, security group, key pair, image and snapshot they name exists, and so does their launch configuration or template). Can't run in a Lambda mode, as in Cloud Custodian.",
    example: '- valid',
  },
  reads: () => CONFIG_VALID_READS,
  compile: () => ({
    kind: 'process',
    async process(asgs, ctx) {
      const errors = await configErrors(asgs, ctx);
      return asgs.filter((a) => (errors.get(a) ?? []).length === 0);
    },
  }),
});
