/**
 * Cloud Custodian's lambda remove-statements: RemovePermission per statement of the function's
 * resource policy (`c7n:Policy`, as the cross-account filter keeps it; read with GetPolicy when
 * absent, a denied read meaning no policy) that `statement_ids` names: the Sids listed, or with
 * `matched` those the cross-account filter matched. A function whose policy cannot be read or
 * names none of them gets no call.
 */
import { defineAction, type PlannedCall, parseJsonData, type Resource } from '@c7n-ts/core';
import { errorCode } from '../../../query/errors.js';
import { equal, type Statement } from '../../s3/actions/_statements.js';
import { POLICY } from '../filters/_policies.js';

const MATCHED = 'CrossAccountViolations';

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.lambda'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['statement_ids'],
    properties: {
      statement_ids: {
        description:
          'Statements to remove: a list of Sids, or `matched` for those the `cross-account` filter matched.',
        oneOf: [{ enum: ['matched'] }, { type: 'array', items: { type: 'string' } }],
      },
    },
  } as const,
  permissions: ['lambda:GetPolicy', 'lambda:RemovePermission'],
  doc: {
    summary:
      "Remove statements from functions' resource policies, one RemovePermission per statement: by Sid, or those the `cross-account` filter matched (`matched`). The policy is the filter's, else read with GetPolicy.",
    example: '- type: remove-statements\n  statement_ids: matched',
  },
  reads: () => ['FunctionName', POLICY, MATCHED],
  async plan(functions: Resource[], opts, ctx) {
    const ids = opts.statement_ids as 'matched' | readonly string[];
    const calls: PlannedCall[] = [];
    for (const f of functions) {
      const name = String(f.FunctionName);
      let text = f[POLICY];
      if (!(POLICY in f)) {
        if (!ctx.read) throw new Error('remove-statements needs to read function policies');
        try {
          text = ((await ctx.read('lambda', 'GetPolicy', { FunctionName: name })) as { Policy?: string })
            .Policy;
        } catch (e) {
          const code = errorCode(e);
          if (code === 'AccessDeniedException') text = undefined;
          else {
            // c7n logs the error and goes on with the other functions.
            ctx.log?.('warn', `lambda: cannot read the policy of ${name}: ${code ?? String(e)}`);
            continue;
          }
        }
      }
      if (typeof text !== 'string' || !text) continue;
      let policy: { Statement?: Statement | Statement[] };
      try {
        policy = parseJsonData(text) as typeof policy;
      } catch {
        ctx.log?.('warn', `lambda: the policy of ${name} is not JSON; not changed`);
        continue;
      }
      const matched = Array.isArray(f[MATCHED]) ? (f[MATCHED] as unknown[]) : [];
      const statements = ([] as Statement[]).concat(policy.Statement ?? []);
      for (const s of statements) {
        const found =
          ids === 'matched'
            ? matched.some((m) => equal(m, s))
            : typeof s.Sid === 'string' && ids.includes(s.Sid);
        if (!found) continue;
        calls.push({
          service: 'lambda',
          operation: 'RemovePermission',
          input: { FunctionName: name, StatementId: s.Sid },
          resourceIds: [name],
          describe: `remove statement ${String(s.Sid)} from the policy of ${name}`,
        });
      }
    }
    return calls;
  },
});
