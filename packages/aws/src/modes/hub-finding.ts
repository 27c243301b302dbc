import { defineMode, type Problem } from '@c7n-ts/core';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

export default defineMode({
  type: 'hub-finding',
  // c7n accepts any type: the finding's resources are kept when their ARN is of the policy's type.
  resources: '*',
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
      "Deploy the policy as a Lambda function that EventBridge runs when Security Hub imports findings; it fetches the resources of the policy's type that the findings name (`detail.findings[].Resources[]`).",
    example: 'mode:\n  type: hub-finding\n  role: arn:aws:iam::{account_id}:role/custodian',
  },
  check(opts, ctx) {
    return checkLambdaOptions(opts, ctx);
  },
});

/** hub-action replaces `pattern` with the action target's ARN (c7n/mu.py SecurityHubAction). */
export function hubActionPatternIgnored(opts: { pattern?: unknown }): Problem[] {
  return opts.pattern === undefined
    ? []
    : [
        {
          messageId: 'ignored-option',
          message:
            '"pattern" is ignored, as Cloud Custodian ignores it: the rule matches the custom action by its ARN',
          path: ['pattern'],
          at: 'key',
          severity: 'warning',
        },
      ];
}
