import { defineMode } from '@c7n-ts/core';
import { patternRefused } from './config-rule.js';
import { cfnTypeOf, configTypeOf } from './config-types.js';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

/** AWS Config's MaximumExecutionFrequency values (c7n/policy.py ConfigPollRuleMode). */
export const CONFIG_FREQUENCIES = [
  'One_Hour',
  'Three_Hours',
  'Six_Hours',
  'Twelve_Hours',
  'TwentyFour_Hours',
] as const;

export default defineMode({
  type: 'config-poll-rule',
  // c7n: a type without a CloudFormation type "is not supported by config-poll-rule".
  resources: { trait: 'cfn-type', has: (rt) => cfnTypeOf(rt) !== undefined },
  serverless: true,
  options: {
    type: 'object',
    additionalProperties: false,
    // c7n: "config-poll-rule schedule required".
    required: ['schedule'],
    properties: {
      schedule: {
        enum: CONFIG_FREQUENCIES,
        description: 'How often AWS Config runs the rule (its MaximumExecutionFrequency).',
      },
      'ignore-support-check': {
        type: 'boolean',
        description:
          'Allow a resource type AWS Config records (which should use config-rule mode), e.g. to evaluate it on related resources on a schedule.',
      },
      ...lambdaOptionProperties,
    },
  } as const,
  // Evaluations of every resource, and the earlier ones of resources gone since (NOT_APPLICABLE).
  permissions: ['config:GetComplianceDetailsByConfigRule', 'config:PutEvaluations'],
  doc: {
    summary:
      'Deploy the policy as a Lambda function behind a periodic custom AWS Config rule: Config invokes it on the schedule, the policy lists the whole type, and the function reports matched resources NON_COMPLIANT, the others COMPLIANT, and earlier evaluations of resources gone since NOT_APPLICABLE. For types AWS Config does not record; those it records use config-rule mode.',
    example:
      'mode:\n  type: config-poll-rule\n  role: arn:aws:iam::{account_id}:role/custodian\n  schedule: Six_Hours\n  ignore-support-check: true',
  },
  check(opts, ctx) {
    const problems = [...checkLambdaOptions(opts, ctx), ...patternRefused(opts, 'config-poll-rule')];
    if (configTypeOf(ctx.resourceType) && !opts['ignore-support-check'])
      problems.push({
        messageId: 'use-config-rule',
        message: `${ctx.resourceType.type} is recorded by AWS Config and should use mode config-rule`,
        hint: 'use `type: config-rule`, or set `ignore-support-check: true` to poll it on a schedule',
        path: ['type'],
        at: 'value',
      });
    return problems;
  },
});
