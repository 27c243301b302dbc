import { defineMode } from '@c7n-ts/core';
import { hubActionPatternIgnored } from './hub-finding.js';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

export default defineMode({
  type: 'hub-action',
  resources: '*',
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { ...lambdaOptionProperties },
  } as const,
  // An insight result names resources, not findings: the insight's filters are read back.
  permissions: ['securityhub:GetFindings', 'securityhub:GetInsights'],
  doc: {
    summary:
      "Deploy the policy as a Lambda function behind a Security Hub custom action (named after the policy, its title or description as label): choosing it on findings or an insight result in the console runs the policy on the resources of the policy's type they name.",
    example: 'mode:\n  type: hub-action\n  role: arn:aws:iam::{account_id}:role/custodian',
  },
  check(opts, ctx) {
    return [...checkLambdaOptions(opts, ctx), ...hubActionPatternIgnored(opts)];
  },
});
