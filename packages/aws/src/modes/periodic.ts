import { defineMode } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';
import { scheduleProblem } from './schedule-expression.js';

export default defineMode({
  type: 'periodic',
  resources: '*',
  serverless: true,
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['schedule'],
    properties: {
      schedule: {
        type: 'string',
        description: 'EventBridge schedule expression: `rate(1 hour)` or `cron(0 12 * * ? *)`.',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Deploy the policy as a Lambda function that EventBridge runs on a schedule; each run lists, filters and acts as in pull mode.',
    example:
      'mode:\n  type: periodic\n  schedule: rate(1 day)\n  role: arn:aws:iam::{account_id}:role/custodian',
  },
  check(opts, ctx) {
    const problems = checkLambdaOptions(opts, ctx);
    // c7n puts the pattern on the schedule's rule too, so EventBridge also runs it on matching events.
    if (opts.pattern !== undefined)
      problems.push({
        messageId: 'option-not-supported-yet',
        message:
          '"pattern" is not supported yet in periodic mode: Cloud Custodian also runs the policy on events matching it',
        hint: 'use a cloudtrail-mode policy for the events',
        path: ['pattern'],
        at: 'key',
      });
    const why = scheduleProblem(opts.schedule);
    if (why)
      problems.push({
        messageId: 'invalid-schedule',
        message: `schedule "${opts.schedule}" is not valid: ${why}`,
        path: ['schedule'],
      });
    return problems;
  },
});
