/**
 * Cloud Custodian's modify-ecr-policy: the repository policy (the `cross-account` filter's, else
 * GetRepositoryPolicy; none is an empty one) loses the statements `remove-statements` names and
 * gains `add-statements` (same Sid replaced). Nothing removed nor added: no call; nothing left:
 * DeleteRepositoryPolicy; else SetRepositoryPolicy, each statement's `Resource` dropped (a
 * repository policy takes none).
 */
import { defineAction, type PlannedCall, parseJsonData, type Resource } from '@c7n-ts/core';
import type { Statement } from '../../s3/actions/_statements.js';
import { policyText } from '../_policy.js';
import { addStatements, ecrStatement, removeStatements, type StatementIds } from '../_statements.js';

const MATCHED = 'CrossAccountViolations';

export default defineAction({
  type: 'modify-ecr-policy',
  resources: ['aws.ecr'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'add-statements': {
        type: 'array',
        items: ecrStatement,
        description: 'Statements to add; one with the Sid of an existing statement replaces it.',
      },
      'remove-statements': {
        description:
          'Statements to remove: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
        oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
      },
    },
  } as const,
  permissions: ['ecr:GetRepositoryPolicy', 'ecr:SetRepositoryPolicy'],
  doc: {
    summary:
      "Add statements to and remove statements from a repository's policy: SetRepositoryPolicy with the result, DeleteRepositoryPolicy when nothing is left, no call when nothing changes.",
    example: [
      '- type: modify-ecr-policy',
      '  add-statements:',
      '    - Sid: DenyPull',
      '      Effect: Deny',
      "      Principal: '*'",
      '      Action: [ecr:BatchGetImage]',
      "  remove-statements: '*'",
    ].join('\n'),
  },
  reads: () => ['repositoryName', 'Policy', MATCHED],
  async plan(repos: Resource[], opts, ctx) {
    const ids = (opts['remove-statements'] ?? []) as StatementIds;
    const added = (opts['add-statements'] ?? []) as Statement[];
    const calls: PlannedCall[] = [];
    for (const r of repos) {
      const name = String(r.repositoryName);
      const text = await policyText(r, ctx);
      let policy: Record<string, unknown> = {};
      if (text) {
        try {
          policy = parseJsonData(text) as Record<string, unknown>;
        } catch {
          ctx.log?.('warn', `ecr: the policy of ${name} is not JSON; not changed`);
          continue;
        }
      }
      const statements = ([] as Statement[]).concat(
        (policy.Statement as Statement | Statement[] | undefined) ?? [],
      );
      const matched = Array.isArray(r[MATCHED]) ? (r[MATCHED] as unknown[]) : [];
      const removed = ids.length ? removeStatements(statements, ids, matched) : [];
      const result = addStatements(statements, added);
      if (!removed.length && !added.length) continue;
      const what = `${removed.length} removed, ${added.length} added`;
      if (!result.length) {
        calls.push({
          service: 'api.ecr',
          operation: 'DeleteRepositoryPolicy',
          input: { repositoryName: name },
          resourceIds: [name],
          describe: `delete the policy of ${name} (${what})`,
        });
        continue;
      }
      const cleaned = result.map(({ Resource: _dropped, ...s }) => s);
      calls.push({
        service: 'api.ecr',
        operation: 'SetRepositoryPolicy',
        input: { repositoryName: name, policyText: JSON.stringify({ ...policy, Statement: cleaned }) },
        resourceIds: [name],
        describe: `set the policy of ${name} (${what} statements)`,
      });
    }
    return calls;
  },
});
