import { defineMode } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

/** The states of EC2's "EC2 Instance State-change Notification" (c7n/policy.py EC2InstanceState). */
export const INSTANCE_STATES = [
  'pending',
  'running',
  'shutting-down',
  'stopped',
  'stopping',
  'terminated',
] as const;

export default defineMode({
  type: 'ec2-instance-state',
  resources: ['aws.ec2'],
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      events: {
        type: 'array',
        items: { enum: INSTANCE_STATES },
        description:
          'Instance states that trigger the policy (the rule matches `detail.state`); the instance named by `detail.instance-id` is fetched.',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Deploy the policy as a Lambda function that EventBridge runs when an EC2 instance changes state; it fetches only that instance.',
    example:
      'mode:\n  type: ec2-instance-state\n  role: arn:aws:iam::{account_id}:role/custodian\n  events:\n    - running',
  },
  check(opts, ctx) {
    const problems = checkLambdaOptions(opts, ctx);
    // c7n accepts a policy without events and renders `detail.state: []`, which EventBridge
    // refuses at deploy; said here, refused by deploy.
    if (!opts.events?.length)
      problems.push({
        messageId: 'missing-events',
        message:
          'ec2-instance-state mode without "events" cannot be deployed: no instance state would trigger it',
        hint: `list one or more of ${INSTANCE_STATES.join(', ')}`,
        ...(opts.events ? { path: ['events'] } : { path: [], at: 'key' as const }),
        severity: 'warning',
      });
    return problems;
  },
});
