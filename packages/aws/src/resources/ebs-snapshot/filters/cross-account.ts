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

/** The annotation `set-permissions` with `remove: matched` reads. */
export const VIOLATIONS = 'c7n:CrossAccountViolations';

type Opts = AccountsOptions & { everyone_only?: boolean };

type Permission = { Group?: string; UserId?: string };

export default defineFilter({
  type: 'cross-account',
  resources: ['aws.ebs-snapshot'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: { ...whitelistProperties, everyone_only: everyoneOnlyProperty },
  } as const,
  permissions: ['ec2:DescribeSnapshotAttribute'],
  doc: {
    summary:
      'Snapshots whose `createVolumePermission` (one DescribeSnapshotAttribute call per snapshot) names accounts outside the whitelist, or the group `all` for public ones. The offending values are annotated in `c7n:CrossAccountViolations`.',
    example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  },
  messages: accountsMessages,
  check: (opts: Opts, cctx) => checkAccounts(opts, cctx),
  reads: () => ['SnapshotId'],
  compile: (opts: Opts, { baseDir }) => ({
    kind: 'process',
    async process(snaps, ctx) {
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
      const allowed = await allowedAccounts(opts, baseDir, ctx);
      const hits = await mapLimit(snaps, 3, async (s) => {
        const id = s.SnapshotId as string;
        let perms: Permission[];
        try {
          const out = await p.send(
            'ec2',
            'DescribeSnapshotAttribute',
            { SnapshotId: id, Attribute: 'createVolumePermission' },
            region,
          );
          perms = (out.CreateVolumePermissions as Permission[] | undefined) ?? [];
        } catch (e) {
          // c7n logs and leaves out the failed snapshots (its whole chunk of 50); we leave out one.
          if (!isServiceError(e)) throw e;
          ctx.log?.('error', `cannot read permissions of snapshot ${id}: ${e.message ?? e.name}`);
          return false;
        }
        let shared = new Set(perms.map((g) => g.Group || g.UserId));
        if (opts.everyone_only) shared = new Set(perms.some((g) => g.Group === 'all') ? ['all'] : []);
        const violations = [...shared].filter((a): a is string => a !== undefined && !allowed.has(a));
        if (violations.length) s[VIOLATIONS] = violations;
        return violations.length > 0;
      });
      return snaps.filter((_, i) => hits[i]);
    },
  }),
});
