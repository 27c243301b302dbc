import {
  defineFilter,
  type EvalContext,
  loadValues,
  PySet,
  type ValueFromOptions,
  valueFromProblems,
  valueFromSchema,
} from '@c7n-ts/core';
import { awsProvider } from '../../../provider.js';
import { isServiceError } from '../../../query/errors.js';
import { mapLimit } from '../../../query/pool.js';

const ATTRIBUTES = 'c7n:attributes';
const VIOLATIONS = 'c7n:CrossAccountViolations';

interface Opts {
  whitelist?: string[];
  whitelist_from?: ValueFromOptions;
  everyone_only?: boolean;
}

type Attribute = { AttributeName?: string; AttributeValues?: string[] };

/** The allowed accounts: the whitelist, the whitelist_from values and the policy's own account. */
async function allowedAccounts(
  opts: Opts,
  baseDir: string | undefined,
  ctx: EvalContext,
): Promise<Set<string>> {
  const accounts = new Set(opts.whitelist ?? []);
  if (opts.whitelist_from) {
    const v = await loadValues(opts.whitelist_from, baseDir, ctx);
    const items = v instanceof PySet ? v.values() : Array.isArray(v) ? v : [v];
    for (const a of items) if (typeof a === 'string') accounts.add(a);
  }
  accounts.add(ctx.accountId ?? awsProvider(ctx).accountId);
  return accounts;
}

export default defineFilter({
  type: 'cross-account',
  resources: ['aws.rds-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      whitelist: {
        type: 'array',
        items: { type: 'string' },
        description: 'Account ids the snapshot may be shared with; the policy account is always allowed.',
      },
      whitelist_from: {
        ...valueFromSchema,
        description: 'Read more allowed account ids from a file or URL (as `value_from`).',
      },
      everyone_only: {
        type: 'boolean',
        description: 'Only count public sharing (`all`); sharing with named accounts is ignored.',
      },
    },
  } as const,
  permissions: ['rds:DescribeDBSnapshotAttributes'],
  doc: {
    summary:
      'Snapshots whose `restore` attribute (one DescribeDBSnapshotAttributes call per snapshot, kept in `c7n:attributes`) names accounts outside the whitelist, or `all` for public ones. The offending values are annotated in `c7n:CrossAccountViolations`.',
    example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  },
  messages: {
    'value-from-outside': "whitelist_from may read local files only inside the policy file's folder.",
  },
  check: (opts: Opts, { baseDir }) =>
    opts.whitelist_from ? valueFromProblems(opts.whitelist_from, baseDir, ['whitelist_from']) : [],
  reads: () => ['DBSnapshotIdentifier'],
  compile: (opts: Opts, { baseDir }) => ({
    kind: 'process',
    async process(snaps, ctx) {
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
      const allowed = await allowedAccounts(opts, baseDir, ctx);
      // As c7n: every snapshot is read, automated ones too (their restore list is always empty).
      const hits = await mapLimit(snaps, 2, async (s) => {
        const id = s.DBSnapshotIdentifier as string;
        let attrs: Attribute[];
        try {
          const out = await p.send(
            'rds',
            'DescribeDBSnapshotAttributes',
            { DBSnapshotIdentifier: id },
            region,
          );
          const result = out.DBSnapshotAttributesResult as { DBSnapshotAttributes?: Attribute[] } | undefined;
          attrs = result?.DBSnapshotAttributes ?? [];
        } catch (e) {
          // c7n logs and leaves out the failed snapshots (its whole chunk of 20); we leave out one.
          if (!isServiceError(e)) throw e;
          ctx.log?.('error', `cannot read attributes of rds snapshot ${id}: ${e.message ?? e.name}`);
          return false;
        }
        const byName = Object.fromEntries(attrs.map((a) => [a.AttributeName ?? '', a.AttributeValues ?? []]));
        s[ATTRIBUTES] = byName;
        let shared = [...new Set(byName.restore ?? [])];
        if (opts.everyone_only) shared = shared.filter((a) => a === 'all');
        const violations = shared.filter((a) => !allowed.has(a));
        if (violations.length) s[VIOLATIONS] = violations;
        return violations.length > 0;
      });
      return snaps.filter((_, i) => hits[i]);
    },
  }),
});
