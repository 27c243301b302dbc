import { defineMode } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

/**
 * c7n's event names and the EventBridge detail-types Auto Scaling sends for them
 * (c7n/mu.py CloudWatchEventSource.ASG_EVENT_MAPPING).
 */
export const ASG_EVENTS = {
  'launch-success': 'EC2 Instance Launch Successful',
  'launch-failure': 'EC2 Instance Launch Unsuccessful',
  'terminate-success': 'EC2 Instance Terminate Successful',
  'terminate-failure': 'EC2 Instance Terminate Unsuccessful',
} as const;

export default defineMode({
  type: 'asg-instance-state',
  resources: ['aws.asg'],
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      events: {
        type: 'array',
        items: { enum: ['launch-success', 'launch-failure', 'terminate-success', 'terminate-failure'] },
        description:
          'Instance launches and terminations of an Auto Scaling group that trigger the policy (the rule matches their `detail-type`); the group named by `detail.AutoScalingGroupName` is fetched.',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Deploy the policy as a Lambda function that EventBridge runs when an Auto Scaling group launches or terminates an instance (or fails to); it fetches only that group.',
    example:
      'mode:\n  type: asg-instance-state\n  role: arn:aws:iam::{account_id}:role/custodian\n  events:\n    - launch-failure',
  },
  check(opts, ctx) {
    const problems = checkLambdaOptions(opts, ctx);
    // c7n accepts a policy without events and renders `detail-type: []`, which EventBridge
    // refuses at deploy; said here, refused by deploy.
    if (!opts.events?.length)
      problems.push({
        messageId: 'missing-events',
        message:
          'asg-instance-state mode without "events" cannot be deployed: no Auto Scaling event would trigger it',
        hint: `list one or more of ${Object.keys(ASG_EVENTS).join(', ')}`,
        ...(opts.events ? { path: ['events'] } : { path: [], at: 'key' as const }),
        severity: 'warning',
      });
    return problems;
  },
});
