/**
 * Cloud Custodian's ECR remove-statements: the repository policy (the `cross-account` filter's,
 * else GetRepositoryPolicy) loses the statements `statement_ids` names; SetRepositoryPolicy with
 * the rest, or DeleteRepositoryPolicy when none is left. A repository without a policy, or whose
 * policy loses nothing, gets no call.
 */
import { defineAction, type PlannedCall, parseJsonData, type Resource } from '@c7n-ts/core';
import type { Statement } from '../../s3/actions/_statements.js';
import { policyText } from '../_policy.js';
import { removeStatements, type StatementIds } from '../_statements.js';

const MATCHED = 'CrossAccountViolations';

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.ecr'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['statement_ids'],
    properties: {
      statement_ids: {
        description:
          'Statements to remove: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
        oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
      },
    },
  } as const,
  permissions: ['ecr:GetRepositoryPolicy', 'ecr:SetRepositoryPolicy'],
  doc: {
    summary:
      "Remove statements from a repository's policy: by Sid, those the `cross-account` filter matched, or all. The rest is written back with SetRepositoryPolicy, or the policy deleted when nothing is left.",
    example: '- type: remove-statements\n  statement_ids: matched',
  },
  reads: () => ['repositoryName', 'Policy', MATCHED],
  async plan(repos: Resource[], opts, ctx) {
    const ids = opts.statement_ids as StatementIds;
    const calls: PlannedCall[] = [];
    for (const r of repos) {
      const name = String(r.repositoryName);
      let text: string | null;
      try {
        text = await policyText(r, ctx);
      } catch (e) {
        // c7n logs the error and goes on with the other repositories.
        ctx.log?.(
          'warn',
          `ecr: cannot read the policy of ${name}: ${e instanceof Error ? e.message : String(e)}`,
        );
        continue;
      }
      if (!text) continue;
      let policy: Record<string, unknown>;
      try {
        policy = parseJsonData(text) as Record<string, unknown>;
      } catch {
        ctx.log?.('warn', `ecr: the policy of ${name} is not JSON; not changed`);
        continue;
      }
      const statements = ([] as Statement[]).concat(
        (policy.Statement as Statement | Statement[] | undefined) ?? [],
      );
      const matched = Array.isArray(r[MATCHED]) ? (r[MATCHED] as unknown[]) : [];
      const found = removeStatements(statements, ids, matched);
      if (!found.length) continue;
      const what = `remove ${found.length} statement${found.length === 1 ? '' : 's'} from the policy of ${name}`;
      calls.push(
        statements.length
          ? {
              service: 'api.ecr',
              operation: 'SetRepositoryPolicy',
              input: {
                repositoryName: name,
                policyText: JSON.stringify({ ...policy, Statement: statements }),
              },
              resourceIds: [name],
              describe: what,
            }
          : {
              service: 'api.ecr',
              operation: 'DeleteRepositoryPolicy',
              input: { repositoryName: name },
              resourceIds: [name],
              describe: `${what}, deleting it`,
            },
      );
    }
    return calls;
  },
});
