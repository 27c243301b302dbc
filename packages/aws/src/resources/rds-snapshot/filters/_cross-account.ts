/** `cross-account` of RDS instance and cluster snapshots (see `_snapshot-attributes.ts`). */
import { defineFilter } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import {
  type AccountsOptions,
  accountsMessages,
  allowedAccounts,
  checkAccounts,
  everyoneOnlyProperty,
  whitelistProperties,
} from '../../../common/filters/cross-account-accounts.js';
import { isServiceError } from '../../../query/errors.js';
import { mapLimit } from '../../../query/pool.js';
import { ATTRIBUTES, type SnapshotApi, snapshotAttributeApi, VIOLATIONS } from '../_snapshot-attributes.js';

type Opts = AccountsOptions & { everyone_only?: boolean };

export function snapshotCrossAccountFilter(api: SnapshotApi) {
  const { type, noun, idField, describe, attributesOf } = snapshotAttributeApi(api);
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return defineFilter({
    type: 'cross-account',
    resources: [type],
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { ...whitelistProperties, everyone_only: everyoneOnlyProperty },
    } as const,
    permissions: [`rds:${describe}`],
    doc: {
      summary: `${Noun}s whose \`restore\` attribute (one ${describe} call per ${noun}, kept in \`c7n:attributes\`) names accounts outside the whitelist, or \`all\` for public ones. The offending values are annotated in \`c7n:CrossAccountViolations\`.`,
      example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
    },
    messages: accountsMessages,
    check: (opts: Opts, cctx) => checkAccounts(opts, cctx),
    reads: () => [idField],
    compile: (opts: Opts, { baseDir }) => ({
      kind: 'process',
      async process(snaps, ctx) {
        const p = awsProvider(ctx);
        const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
        const allowed = await allowedAccounts(opts, baseDir, ctx);
        // As c7n: every snapshot is read, automated ones too (their restore list is always empty).
        const hits = await mapLimit(snaps, 2, async (s) => {
          const id = s[idField] as string;
          let byName: Record<string, string[]>;
          try {
            byName = attributesOf(await p.send('rds', describe, { [idField]: id }, region));
          } catch (e) {
            // c7n logs and leaves out the failed snapshots (its whole chunk of 20); we leave out one.
            if (!isServiceError(e)) throw e;
            ctx.log?.('error', `cannot read attributes of rds ${noun} ${id}: ${e.message ?? e.name}`);
            return false;
          }
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
}
