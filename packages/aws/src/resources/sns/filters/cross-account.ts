import { valueFromSchema } from '@c7n-ts/core';
import type { Condition } from '../../../common/filters/iam-policy-checker.js';
import { policyCrossAccount, values } from '../../../common/filters/policy-cross-account.js';

const PROTOCOLS = ['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda'];

export default policyCrossAccount({
  resources: ['aws.sns'],
  permissions: ['sns:GetTopicAttributes'],
  summary:
    "Topics whose policy (the `Policy` attribute) allows principals outside the allowed accounts: everyone, or another account, unless the statement's conditions restrict it to allowed accounts, VPCs, VPC endpoints, organizations or (as Cloud Custodian's SNS checker) allowed subscription endpoints and protocols. The offending statements are kept in `CrossAccountViolations`.",
  example: "- type: cross-account\n  whitelist:\n    - '112233445566'\n  whitelist_protocols:\n    - https",
  policyField: 'Policy',
  nameField: 'TopicArn',
  reads: ['Policy'],
  extraOptions: {
    whitelist_endpoints: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Subscription endpoints allowed in sns:Endpoint conditions (each may be a substring of the value).',
    },
    whitelist_endpoints_from: {
      ...valueFromSchema,
      description: 'Read more allowed endpoints from a file or URL (as `value_from`).',
    },
    whitelist_protocols: {
      type: 'array',
      items: { type: 'string', enum: PROTOCOLS },
      description: 'Subscription protocols allowed in sns:Protocol conditions.',
    },
    whitelist_protocols_from: {
      ...valueFromSchema,
      description:
        'Read more allowed protocols from a file or URL (as `value_from`); unknown ones are ignored.',
    },
  },
  async checker(opts, baseDir, ctx) {
    const endpoints = await values(opts, 'whitelist_endpoints', baseDir, ctx);
    const protocols = new Set(
      (await values(opts, 'whitelist_protocols', baseDir, ctx)).filter((p) => PROTOCOLS.includes(p)),
    );
    return {
      conditionHandlers: {
        // Without allowed endpoints, an endpoint condition defers to an aws:SourceOwner one beside it.
        'sns:endpoint': (c: Condition, all: readonly Condition[]) =>
          endpoints.length
            ? c.values.every((v) => endpoints.some((e) => v.includes(e)))
            : all.some((x) => x.key === 'aws:sourceowner'),
        'sns:protocol': (c: Condition) => c.values.every((v) => protocols.has(v)),
      },
    };
  },
});
