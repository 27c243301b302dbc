/**
 * Cloud Custodian's sqs remove-statements: the statements of a queue's policy that
 * `statement_ids` names go, one RemovePermission (by Sid) each; when one of them has no Sid,
 * one SetQueueAttributes with the policy left instead. A queue without a policy, or naming none
 * of them, gets no call.
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
  resources: ['aws.sqs'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['statement_ids'],
    properties: { statement_ids: statementIdsOption },
  } as const,
  permissions: ['sqs:GetQueueAttributes', 'sqs:RemovePermission', 'sqs:SetQueueAttributes'],
  doc: {
    summary:
      "Remove statements from queues' policies: by Sid, all (`*`), or those the `cross-account` filter matched (`matched`); one RemovePermission per statement, or one SetQueueAttributes with the rest of the policy when a statement to remove has no Sid.",
    example: '- type: remove-statements\n  statement_ids: matched',
  },
  reads: () => ['QueueUrl', 'Policy', MATCHED],
  plan(queues: Resource[], opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const q of queues) {
      const url = String(q.QueueUrl);
      if (typeof q.Policy !== 'string') continue;
      let policy: Record<string, unknown>;
      try {
        policy = parseJsonData(q.Policy) as Record<string, unknown>;
      } catch {
        ctx.log?.('warn', `sqs: the policy of ${url} is not JSON; not changed`);
        continue;
      }
      const { kept, found } = dropStatements(statementsOf(policy), opts.statement_ids as StatementIds, q);
      if (!found.length) continue;
      // A statement without a Sid cannot be removed alone: the whole policy is set instead.
      if (found.some((s) => !s.Sid))
        calls.push({
          service: 'sqs',
          operation: 'SetQueueAttributes',
          input: { QueueUrl: url, Attributes: { Policy: JSON.stringify({ ...policy, Statement: kept }) } },
          resourceIds: [url],
          describe: `remove ${found.length} statement(s) from the policy of ${url}`,
        });
      else
        for (const s of found)
          calls.push({
            service: 'sqs',
            operation: 'RemovePermission',
            input: { QueueUrl: url, Label: s.Sid },
            resourceIds: [url],
            describe: `remove statement ${String(s.Sid)} from the policy of ${url}`,
          });
    }
    return calls;
  },
});
