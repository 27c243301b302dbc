/**
 * The `modify-policy` action of the types whose resource policy is one JSON attribute (SQS
 * queues, SNS topics), after Cloud Custodian's: each policy (an empty one when there is none)
 * loses the statements `remove-statements` names and gains `add-statements` (a same Sid replaced
 * in place), then is set whole; a resource where nothing changed gets no call.
 */
import { defineAction, type PlannedCall, parseJsonData, type Resource } from '@c7n-ts/core';
import { formatValues } from '../../resources/s3/filters/_bucket.js';
import {
  MATCHED,
  modifyPolicyOptions,
  modifyStatements,
  type Statement,
  type StatementIds,
} from '../policy-statements.js';

export interface ModifyPolicySpec {
  type: string;
  service: string;
  /** `queue`, `topic`: for docs and messages. */
  noun: string;
  /** The field naming the resource in the write call (`QueueUrl`, `TopicArn`). */
  idField: string;
  permissions: string[];
  /** The operation that sets the policy, and its input. */
  write: { operation: string; input(id: string, policy: string): Record<string, unknown> };
  /** The example's added statement: an action of the service and a resource ARN. */
  example: { action: string; resource: string };
}

export function modifyPolicyAction(spec: ModifyPolicySpec) {
  const { service, noun, idField, write } = spec;
  return defineAction({
    type: 'modify-policy',
    resources: [spec.type],
    options: modifyPolicyOptions,
    permissions: spec.permissions,
    doc: {
      summary: `Rewrite ${noun}s' policies: remove statements (by Sid, \`*\`, or \`matched\` by the \`cross-account\` filter) and add others (same Sid replaced); one ${write.operation} per ${noun} changed.`,
      example: [
        '- type: modify-policy',
        '  add-statements:',
        '    - Sid: ReplaceWithMe',
        '      Effect: Allow',
        "      Principal: '*'",
        `      Action: ["${spec.example.action}"]`,
        `      Resource: '${spec.example.resource}'`,
        "  remove-statements: '*'",
      ].join('\n'),
    },
    reads: () => [idField, 'Policy', MATCHED],
    plan(items: Resource[], opts, ctx) {
      // c7n formats the action's strings with the account and region once more.
      const vars = { account_id: ctx.accountId, region: ctx.region };
      const add = formatValues(opts['add-statements'] ?? [], vars) as Statement[];
      const remove = formatValues(opts['remove-statements'], vars) as StatementIds | undefined;
      const calls: PlannedCall[] = [];
      for (const r of items) {
        const id = String(r[idField]);
        let current: Record<string, unknown>;
        try {
          const text = typeof r.Policy === 'string' && r.Policy ? r.Policy : '{}';
          current = parseJsonData(text) as Record<string, unknown>;
        } catch {
          ctx.log?.('warn', `${service}: the policy of ${id} is not JSON; not changed`);
          continue;
        }
        const policy = modifyStatements(current, r, remove, add);
        if (!policy) continue;
        calls.push({
          service,
          operation: write.operation,
          input: write.input(id, JSON.stringify(policy)),
          resourceIds: [id],
          describe: `modify the policy of ${id}`,
        });
      }
      return calls;
    },
  });
}
