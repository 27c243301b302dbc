import { defineFilter } from '@c7n-ts/core';
import {
  CONFIG_VALID_PERMISSIONS,
  CONFIG_VALID_READS,
  checkNotLambda,
  configErrors,
} from './_config-valid.js';

/** Where a matched group records its errors as `[code, id]` pairs, as in c7n. */
export const INVALID = 'Invalid';

export default defineFilter({
  type: 'invalid',
  resources: ['aws.asg'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: [...CONFIG_VALID_PERMISSIONS],
  messages: { 'lambda-mode': 'invalid makes too many queries to be run in lambda' },
  check: (_opts, ctx) => checkNotLambda('invalid', ctx),
  doc: {
    summary:
      "Auto Scaling groups that could not launch an instance: a subnet, availability zone (without subnets), classic load balancer, target group, security group, key pair, image or snapshot that no longer exists, or no launch configuration or template at all. The errors are recorded in `Invalid` as `[code, id]` pairs. Lists the region's subnets, security groups, key pairs, load balancers and target groups, so it can't run in a Lambda mode, as in Cloud Custodian.",
    example: '- invalid',
  },
  reads: () => [...CONFIG_VALID_READS, INVALID],
  compile: () => ({
    kind: 'process',
    async process(asgs, ctx) {
      const errors = await configErrors(asgs, ctx);
      return asgs.filter((a) => {
        const found = errors.get(a) ?? [];
        if (found.length) a[INVALID] = found;
        return found.length > 0;
      });
    },
  }),
});
