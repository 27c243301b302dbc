import { defineFilter, type Resource, valueFromProblems, valueFromSchema } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { values } from '../../../common/filters/policy-cross-account.js';

const VIOLATIONS = 'c7n:CrossAccountViolations';
/** Cloud Custodian checks the groups 50 at a time; an error skips the rest of that set. */
const CHUNK = 50;

export default defineFilter({
  type: 'cross-account',
  resources: ['aws.log-group'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      whitelist: {
        type: 'array',
        items: { type: 'string' },
        description: 'Accounts allowed as subscription destinations; the policy account always is.',
      },
      whitelist_from: {
        ...valueFromSchema,
        description: 'Read more allowed accounts from a file or URL (as `value_from`).',
      },
    },
  } as const,
  permissions: ['logs:DescribeSubscriptionFilters'],
  doc: {
    summary:
      "Log groups with a subscription filter delivering to another account (DescribeSubscriptionFilters per group): the account of each filter's `destinationArn` outside the allowed ones is appended to `c7n:CrossAccountViolations`.",
    example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  },
  messages: {
    'value-from-outside': "whitelist_from may read local files only inside the policy file's folder.",
  },
  check: (opts, { baseDir }) =>
    opts.whitelist_from ? valueFromProblems(opts.whitelist_from, baseDir, ['whitelist_from']) : [],
  reads: () => ['logGroupName', VIOLATIONS],
  compile: (opts, { baseDir }) => ({
    kind: 'process',
    async process(groups, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const accounts = new Set([
        ...(await values(opts, 'whitelist', baseDir, ctx)),
        ctx.accountId ?? p.accountId,
      ]);
      const out: Resource[] = [];
      for (let i = 0; i < groups.length; i += CHUNK) {
        const set = groups.slice(i, i + CHUNK);
        const found: Resource[] = [];
        try {
          for (const g of set) {
            const answer = await p.send(
              'logs',
              'DescribeSubscriptionFilters',
              { logGroupName: g.logGroupName },
              region,
            );
            let bad = false;
            for (const f of (answer.subscriptionFilters ?? []) as Resource[]) {
              if (typeof f.destinationArn !== 'string') continue;
              const account = f.destinationArn.split(':')[4];
              if (account === undefined || accounts.has(account)) continue;
              const prior = Array.isArray(g[VIOLATIONS]) ? (g[VIOLATIONS] as string[]) : [];
              g[VIOLATIONS] = [...prior, account];
              bad = true;
            }
            if (bad) found.push(g);
          }
        } catch (e) {
          ctx.log?.('error', `checking log groups cross-account: ${(e as Error).message}`);
          continue;
        }
        out.push(...found);
      }
      return out;
    },
  }),
});
