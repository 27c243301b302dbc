import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { keepStatements } from '../../s3/actions/_statements.js';

/** Where the `cross-account` filter keeps the secret's resource policy (JSON text). */
const POLICY = 'c7n:AccessPolicy';

/** Every filter type in a policy's filters, nested blocks included (c7n's iter_filters). */
function filterTypes(filters: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(filters)) return out;
  for (const f of filters) {
    // A bare name (`- cross-account`) is a filter with default options.
    if (typeof f === 'string') out.add(f);
    if (typeof f !== 'object' || f === null) continue;
    const entry = f as Record<string, unknown>;
    if (typeof entry.type === 'string') out.add(entry.type);
    for (const block of ['and', 'or', 'not']) filterTypes(entry[block], out);
  }
  return out;
}

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.secrets-manager'],
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
  permissions: ['secretsmanager:DeleteResourcePolicy', 'secretsmanager:PutResourcePolicy'],
  doc: {
    summary:
      "Remove statements from a secret's resource policy, as read by the `cross-account` filter (which the policy must use, as Cloud Custodian requires): by Sid, those it matched, or all. The rest is written back with PutResourcePolicy, or the policy deleted (DeleteResourcePolicy) when nothing is left; a secret whose policy loses nothing is left alone.",
    example: '- type: remove-statements\n  statement_ids: matched',
  },
  messages: {
    'needs-cross-account': '`remove-statements` may only be used with the `cross-account` filter.',
  },
  check(_opts, ctx) {
    const problems: Problem[] = [];
    if (ctx.policy && !filterTypes(ctx.policy.filters).has('cross-account'))
      problems.push({
        messageId: 'needs-cross-account',
        message: '`remove-statements` may only be used with the `cross-account` filter.',
      });
    return problems;
  },
  reads: () => ['ARN', 'Name', POLICY],
  plan(secrets, opts, ctx) {
    const ids = opts.statement_ids as 'matched' | '*' | string[];
    const calls: PlannedCall[] = [];
    for (const s of secrets) {
      const name = String(s.Name);
      const policy = s[POLICY];
      if (typeof policy !== 'string') continue;
      const result = keepStatements(s, name, policy, ids, ctx);
      if (!result || result.removed === 0) continue;
      const what = `remove ${result.removed} statement${result.removed === 1 ? '' : 's'} from the policy of ${name}`;
      calls.push(
        result.kept.length
          ? {
              service: 'secretsmanager',
              operation: 'PutResourcePolicy',
              input: {
                SecretId: s.ARN,
                ResourcePolicy: JSON.stringify({ ...result.policy, Statement: result.kept }),
              },
              resourceIds: [name],
              describe: what,
            }
          : {
              service: 'secretsmanager',
              operation: 'DeleteResourcePolicy',
              input: { SecretId: s.ARN },
              resourceIds: [name],
              describe: `${what}, deleting it`,
            },
      );
    }
    return calls;
  },
});
