import { defineMode } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

export default defineMode({
  type: 'guard-duty',
  // c7n supports account, ec2 and iam-user (GuardDutyMode.supported_resources); of the types
  // c7n-ts has, ec2: the finding's `detail.resource.instanceDetails.instanceId`.
  resources: ['aws.ec2'],
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { ...lambdaOptionProperties },
  } as const,
  permissions: [],
  doc: {
    summary:
      'Deploy the policy as a Lambda function that EventBridge runs on GuardDuty findings about instances; it fetches the instance the finding names.',
    example: 'mode:\n  type: guard-duty\n  role: arn:aws:iam::{account_id}:role/custodian',
  },
  check(opts, ctx) {
    return checkLambdaOptions(opts, ctx);
  },
});
