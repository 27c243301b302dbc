/**
 * Cloud Custodian's has-inline-policy of iam-user, iam-role and iam-group: List<Kind>Policies per
 * resource (one page, as c7n), the names kept in `c7n:InlinePolicies`.
 */
import { defineFilter, type Resource } from '@c7n-ts/core';
import { type IamPrincipal, iamSend, nameOf } from './principal.js';

export function hasInlinePolicyFilter(p: IamPrincipal) {
  const operation = `List${p.kind}Policies`;
  const noun = p.kind.toLowerCase();
  return defineFilter({
    type: 'has-inline-policy',
    resources: [p.type],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        value: {
          type: 'boolean',
          default: true,
          description: `true (the default): ${noun}s with at least one inline policy; false: ${noun}s with none.`,
        },
      },
    } as const,
    permissions: [`iam:${operation}`],
    doc: {
      summary: `IAM ${noun}s with (or, with \`value: false\`, without) inline policies: ${operation} per ${noun}, the policy names kept in \`c7n:InlinePolicies\`.`,
      example: '- type: has-inline-policy\n  value: true',
    },
    reads: () => [p.nameField],
    compile(opts) {
      const want = opts.value ?? true;
      return {
        kind: 'process',
        async process(rs, ctx) {
          const out: Resource[] = [];
          for (const r of rs) {
            const name = nameOf(p, r);
            if (!name) continue;
            const page = await iamSend(ctx, operation, { [p.nameField]: name });
            const names = (page.PolicyNames ?? []) as string[];
            r['c7n:InlinePolicies'] = names;
            if (names.length > 0 === want) out.push(r);
          }
          return out;
        },
      };
    },
  });
}
