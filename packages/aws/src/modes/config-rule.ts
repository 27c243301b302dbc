import { defineMode, type Problem } from '@c7n-ts/core';
import { configTypeOf } from './config-types.js';
import { checkLambdaOptions, lambdaOptionProperties } from './lambda-options.js';

/** c7n's config modes have no EventBridge rule: a `pattern` has nothing to filter. */
export function patternRefused(opts: { pattern?: unknown }, mode: string): Problem[] {
  return opts.pattern === undefined
    ? []
    : [
        {
          messageId: 'pattern-not-supported',
          message: `mode ${mode} does not take "pattern": AWS Config invokes the function, not an EventBridge rule`,
          hint: 'filter on the resource with the policy filters instead',
          path: ['pattern'],
          at: 'key',
        },
      ];
}

export default defineMode({
  type: 'config-rule',
  // c7n: "AWS Config does not support resource-type" for a type without config_type.
  resources: { trait: 'config-type', has: (rt) => configTypeOf(rt) !== undefined },
  serverless: true,
  eventDriven: true,
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { ...lambdaOptionProperties },
  } as const,
  // The evaluation of the resource, sent back to Config with the event's result token.
  permissions: ['config:PutEvaluations'],
  doc: {
    summary:
      "Deploy the policy as a Lambda function behind a custom AWS Config rule: Config invokes it on each configuration change of a resource of the policy's type, the policy runs on the configuration item, and the function reports the resource NON_COMPLIANT when the filters match it, COMPLIANT otherwise.",
    example: 'mode:\n  type: config-rule\n  role: arn:aws:iam::{account_id}:role/custodian',
  },
  check(opts, ctx) {
    return [...checkLambdaOptions(opts, ctx), ...patternRefused(opts, 'config-rule')];
  },
});
