import { defineFilter, pyTruthy, type Resource } from '@c7n-ts/core';

const GLOBAL_GROUPS = new Set([
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
]);
const PERMISSIONS = ['READ', 'WRITE', 'WRITE_ACP', 'READ_ACP', 'FULL_CONTROL'] as const;

interface Opts {
  allow_website?: boolean;
  operator?: 'or' | 'and';
  permissions?: string[];
}

interface Grant {
  Grantee?: { URI?: string };
  Permission?: string;
}

/** Whether a global READ grant is excused depends on Website, unless no READ grant can count. */
function readsWebsite(opts: Opts): boolean {
  const perms = opts.permissions ?? [];
  return (opts.allow_website ?? true) && (perms.length === 0 || perms.includes('READ'));
}

export default defineFilter({
  type: 'global-grants',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allow_website: {
        type: 'boolean',
        description: 'Excuse public READ grants on buckets configured as websites (default true).',
      },
      operator: {
        enum: ['or', 'and'],
        description: 'Accepted for Cloud Custodian compatibility; it has no effect there either.',
      },
      permissions: {
        type: 'array',
        items: { enum: PERMISSIONS },
        description: 'Only grants of these permissions count; all do when omitted.',
      },
    },
  } as const,
  permissions: ['s3:GetBucketAcl'],
  doc: {
    summary:
      'Buckets whose ACL grants a permission to everyone (AllUsers) or to any AWS account (AuthenticatedUsers). The permissions found are recorded in `GlobalPermissions`. Public READ on a website bucket is allowed unless `allow_website: false`.',
    example: '- type: global-grants\n  allow_website: false',
  },
  reads: (opts: Opts) => (readsWebsite(opts) ? ['Acl', 'Website'] : ['Acl']),
  compile: (opts: Opts) => {
    const allowWebsite = opts.allow_website ?? true;
    const perms = opts.permissions ?? [];
    return {
      kind: 'match',
      match(b: Resource) {
        const grants = ((b.Acl as { Grants?: Grant[] } | null | undefined)?.Grants ?? []) as Grant[];
        const found: string[] = [];
        for (const g of grants) {
          const uri = g.Grantee?.URI;
          if (uri === undefined || !GLOBAL_GROUPS.has(uri)) continue;
          // Python truthiness: an empty website document does not count.
          if (allowWebsite && g.Permission === 'READ' && pyTruthy(b.Website)) continue;
          if (!perms.length || perms.includes(String(g.Permission))) found.push(String(g.Permission));
        }
        if (!found.length) return false;
        const prior = Array.isArray(b.GlobalPermissions) ? (b.GlobalPermissions as string[]) : [];
        b.GlobalPermissions = [...prior, ...found];
        return true;
      },
    };
  },
});
