/**
 * Cloud Custodian's sns remove-statements: the statements of a topic's policy that
 * `statement_ids` names go, with one SetTopicAttributes (Policy) per topic. A topic without a
 * policy, or naming none of them, gets no call.
 */
import { defineAction, type PlannedCall, parseJsonData, type Resource } from '@c7n-ts/core';
import {
  dropStatements,
  MATCHED,
  type StatementIds,
  statementIdsOption,
  statementsOf,
} from '../../../common/policy-statements.js';

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.sns'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['statement_ids'],
    properties: { statement_ids: statementIdsOption },
  } as const,
  permissions: ['sns:SetTopicAttributes', 'sns:GetTopicAttributes'],
  doc: {
    summary:
      "Remove statements from topics' policies: by Sid, all (`*`), or those the `cross-account` filter matched (`matched`); one SetTopicAttributes with the rest of the policy per topic.",
    example: '- type: remove-statements\n  statement_ids: matched',
  },
  reads: () => ['TopicArn', 'Policy', MATCHED],
  plan(topics: Resource[], opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const t of topics) {
      const arn = String(t.TopicArn);
      if (typeof t.Policy !== 'string') continue;
      let policy: Record<string, unknown>;
      try {
        policy = parseJsonData(t.Policy) as Record<string, unknown>;
      } catch {
        ctx.log?.('warn', `sns: the policy of ${arn} is not JSON; not changed`);
        continue;
      }
      const { kept, found } = dropStatements(statementsOf(policy), opts.statement_ids as StatementIds, t);
      if (!found.length) continue;
      calls.push({
        service: 'sns',
        operation: 'SetTopicAttributes',
        input: {
          TopicArn: arn,
          AttributeName: 'Policy',
          AttributeValue: JSON.stringify({ ...policy, Statement: kept }),
        },
        resourceIds: [arn],
        describe: `remove ${found.length} statement(s) from the policy of ${arn}`,
      });
    }
    return calls;
  },
});
