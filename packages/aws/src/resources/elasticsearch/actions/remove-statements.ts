import { defineAction, type PlannedCall, type Problem } from '@c7n-ts/core';
import { keepStatements } from '../../s3/actions/_statements.js';

const POLICY = 'c7n:Policy';

/** Every filter type in a policy's filters, nested blocks included (c7n's iter_filters). */
function filterTypes(filters: unknown, out = new Set<string>()): Set<string> {
  if (!Array.isArray(filters)) return out;
  for (const f of filters) {
    if (typeof f !== 'object' || f === null) continue;
    const entry = f as Record<string, unknown>;
    if (typeof entry.type === 'string') out.add(entry.type);
    for (const block of ['and', 'or', 'not']) filterTypes(entry[block], out);
  }
  return out;
}

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.elasticsearch'],
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
  permissions: ['es:DescribeElasticsearchDomainConfig', 'es:UpdateElasticsearchDomainConfig'],
  doc: {
    summary:
      "Remove statements from a domain's access policy, as read by the `cross-account` filter (which the policy must use, as Cloud Custodian requires): by Sid, those it matched, or all. The rest is written back with UpdateElasticsearchDomainConfig's AccessPolicies; a domain whose policy loses nothing is left alone.",
    example: '- type: remove-statements\n  statement_ids: matched',
  },
  messages: {
    'needs-cross-account': '`remove-statements` may only be used with the `cross-account` filter.',
  },
  check(_opts, ctx) {
    const problems: Problem[] = [];
    // Only with the policy at hand (the loader passes it); a bare options check cannot tell.
    if (ctx.policy && !filterTypes(ctx.policy.filters).has('cross-account'))
      problems.push({
        messageId: 'needs-cross-account',
        message: '`remove-statements` may only be used with the `cross-account` filter.',
      });
    return problems;
  },
  reads: () => ['DomainName', POLICY],
  plan(domains, opts, ctx) {
    const ids = opts.statement_ids as 'matched' | '*' | string[];
    const calls: PlannedCall[] = [];
    for (const d of domains) {
      const name = String(d.DomainName);
      const policy = d[POLICY];
      if (policy === undefined || policy === null) continue;
      const result = keepStatements(d, name, JSON.stringify(policy), ids, ctx);
      if (!result || result.removed === 0) continue;
      // As c7n, the policy is written back even when no statement is left.
      calls.push({
        service: 'es',
        operation: 'UpdateElasticsearchDomainConfig',
        input: {
          DomainName: name,
          AccessPolicies: JSON.stringify({ ...result.policy, Statement: result.kept }),
        },
        resourceIds: [name],
        describe: `remove ${result.removed} statement${result.removed === 1 ? '' : 's'} from the access policy of ${name}`,
      });
    }
    return calls;
  },
});
