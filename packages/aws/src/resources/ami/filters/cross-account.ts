import { defineFilter } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import {
  type AccountsOptions,
  accountsMessages,
  allowedAccounts,
  checkAccounts,
  whitelistProperties,
} from '../../../common/filters/cross-account-accounts.js';
import { isServiceError } from '../../../query/errors.js';
import { mapLimit } from '../../../query/pool.js';

/** The annotation `set-permissions` and `remove-launch-permissions` read with `matched`. */
export const VIOLATIONS = 'c7n:CrossAccountViolations';

type Permission = {
  Group?: string;
  UserId?: string;
  OrganizationArn?: string;
  OrganizationalUnitArn?: string;
};

export default defineFilter({
  type: 'cross-account',
  resources: ['aws.ami'],
  // c7n's ami variant takes no everyone_only.
  options: { type: 'object', additionalProperties: false, properties: whitelistProperties } as const,
  permissions: ['ec2:DescribeImageAttribute'],
  doc: {
    summary:
      'Images whose `launchPermission` (one DescribeImageAttribute call per image, kept in `c7n:LaunchPermissions`) names accounts, organizations or units outside the whitelist, or the group `all` for public ones. The offending values are annotated in `c7n:CrossAccountViolations`.',
    example: "- type: cross-account\n  whitelist:\n    - '112233445566'",
  },
  messages: accountsMessages,
  check: (opts: AccountsOptions, cctx) => checkAccounts(opts, cctx),
  reads: () => ['ImageId'],
  compile: (opts: AccountsOptions, { baseDir }) => ({
    kind: 'process',
    async process(images, ctx) {
      const p = awsProvider(ctx);
      const region = ctx.region ?? p.regions[0] ?? 'us-east-1';
      const allowed = await allowedAccounts(opts, baseDir, ctx);
      const hits = await mapLimit(images, 2, async (image) => {
        const id = image.ImageId as string;
        let perms: Permission[];
        try {
          const out = await p.send(
            'ec2',
            'DescribeImageAttribute',
            { ImageId: id, Attribute: 'launchPermission' },
            region,
          );
          perms = (out.LaunchPermissions as Permission[] | undefined) ?? [];
        } catch (e) {
          // c7n logs and leaves out the failed images (its whole chunk of 20); we leave out one.
          if (!isServiceError(e)) throw e;
          ctx.log?.('error', `cannot read launch permissions of image ${id}: ${e.message ?? e.name}`);
          return false;
        }
        image['c7n:LaunchPermissions'] = perms;
        const shared = new Set(
          perms.map((a) => a.Group || a.UserId || a.OrganizationArn || a.OrganizationalUnitArn),
        );
        const violations = [...shared].filter((a): a is string => a !== undefined && !allowed.has(a));
        if (violations.length) image[VIOLATIONS] = violations;
        return violations.length > 0;
      });
      return images.filter((_, i) => hits[i]);
    },
  }),
});
