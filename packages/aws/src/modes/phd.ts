import { defineMode } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

export default defineMode({
  type: 'phd',
  // Where c7n registers the health-event filter (c7n/filters/health.py, ebs.py), which its
  // PHDMode requires; of the types c7n-ts has: ebs, ec2 and rds.
  resources: ['aws.ebs', 'aws.ec2', 'aws.rds'],
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    // c7n: "phd event mode requires events".
    required: ['events'],
    properties: {
      events: {
        type: 'array',
        items: { type: 'string' },
        description:
          'AWS Health event type codes that trigger the policy (`detail.eventTypeCode`), e.g. `AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED`.',
      },
      categories: {
        type: 'array',
        items: { enum: ['issue', 'accountNotification', 'scheduledChange'] },
        description: 'Health event categories that trigger the policy (`detail.eventTypeCategory`).',
      },
      statuses: {
        type: 'array',
        items: { enum: ['open', 'upcoming', 'closed'] },
        description:
          'Event statuses, accepted as Cloud Custodian accepts them; its rule does not filter on them (warning).',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  // The affected entities of the event, read from the Health API in us-east-1.
  permissions: ['health:DescribeAffectedEntities'],
  doc: {
    summary:
      'Deploy the policy as a Lambda function that EventBridge runs on AWS Health events; it fetches the resources the event lists as affected entities.',
    example:
      'mode:\n  type: phd\n  role: arn:aws:iam::{account_id}:role/custodian\n  events:\n    - AWS_EC2_PERSISTENT_INSTANCE_RETIREMENT_SCHEDULED\n  categories:\n    - scheduledChange',
  },
  check(opts, ctx) {
    const problems = checkLambdaOptions(opts, ctx);
    if (opts.statuses !== undefined)
      problems.push({
        messageId: 'ignored-option',
        message:
          '"statuses" is ignored, as Cloud Custodian ignores it: the rule matches events whatever their status',
        hint: 'add `pattern: {detail: {statusCode: [open]}}` to filter on the status',
        path: ['statuses'],
        at: 'key',
        severity: 'warning',
      });
    return problems;
  },
});
