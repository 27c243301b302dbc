/**
 * Cloud Custodian's sns modify-policy: each topic's policy (an empty one when it has none) loses
 * the statements `remove-statements` names and gains `add-statements` (a same Sid replaced in
 * place), then is set whole; a topic where nothing was removed nor added gets no call.
 */
import { defineAction, type PlannedCall, parseJsonData, type Resource } from '@c7n-ts/core';
import {
  MATCHED,
  modifyPolicyOptions,
  modifyStatements,
  type Statement,
  type StatementIds,
} from '../../../common/policy-statements.js';
import { formatValues } from '../../s3/filters/_bucket.js';

export default defineAction({
  type: 'modify-policy',
  resources: ['aws.sns'],
  options: modifyPolicyOptions,
  permissions: ['sns:SetTopicAttributes', 'sns:GetTopicAttributes'],
  doc: {
    summary:
      "Rewrite topics' policies: remove statements (by Sid, `*`, or `matched` by the `cross-account` filter) and add others (same Sid replaced); one SetTopicAttributes per topic changed.",
    example: [
      '- type: modify-policy',
      '  add-statements:',
      '    - Sid: ReplaceWithMe',
      '      Effect: Allow',
      "      Principal: '*'",
      '      Action: ["SNS:GetTopicAttributes"]',
      "      Resource: 'arn:aws:sns:us-east-1:123456789012:example'",
      "  remove-statements: '*'",
    ].join('\n'),
  },
  reads: () => ['TopicArn', 'Policy', MATCHED],
  plan(items: Resource[], opts, ctx) {
    // c7n formats the action's strings with the account and region once more.
    const vars = { account_id: ctx.accountId, region: ctx.region };
    const add = formatValues(opts['add-statements'] ?? [], vars) as Statement[];
    const remove = formatValues(opts['remove-statements'], vars) as StatementIds | undefined;
    const calls: PlannedCall[] = [];
    for (const r of items) {
      const id = String(r.TopicArn);
      let current: Record<string, unknown>;
      try {
        current = parseJsonData(typeof r.Policy === 'string' && r.Policy ? r.Policy : '{}') as Record<
          string,
          unknown
        >;
      } catch {
        ctx.log?.('warn', `sns: the policy of ${id} is not JSON; not changed`);
        continue;
      }
      const policy = modifyStatements(current, r, remove, add);
      if (!policy) continue;
      calls.push({
        service: 'sns',
        operation: 'SetTopicAttributes',
        input: { TopicArn: id, AttributeName: 'Policy', AttributeValue: JSON.stringify(policy) },
        resourceIds: [id],
        describe: `modify the policy of ${id}`,
      });
    }
    return calls;
  },
});
