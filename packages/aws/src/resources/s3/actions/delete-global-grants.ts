import { defineAction, type PlannedCall, pyTruthy } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

type Grant = { Grantee?: Record<string, unknown>; Permission?: string };

export default defineAction({
  type: 'delete-global-grants',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      grantees: {
        type: 'array',
        items: { type: 'string' },
        description: 'Group URIs whose grants are removed; default AllUsers and AuthenticatedUsers.',
      },
    },
  } as const,
  permissions: ['s3:PutBucketAcl'],
  doc: {
    summary:
      'Remove the ACL grants to global groups (everyone, any AWS account) from buckets, writing the rest back with PutBucketAcl. Works from the ACL fetched with the bucket; public READ on a website bucket is kept, and a bucket with no grants is left alone, as in Cloud Custodian.',
    example:
      '- type: delete-global-grants\n  grantees:\n    - http://acs.amazonaws.com/groups/global/AllUsers',
  },
  reads: () => ['Acl', 'Website'],
  plan(buckets, opts) {
    const grantees = opts.grantees ?? [AUTHENTICATED_USERS, ALL_USERS];
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      const acl = b.Acl as { Owner?: unknown; Grants?: Grant[] } | null | undefined;
      if (!bucket || !acl || !Array.isArray(acl.Grants) || acl.Grants.length === 0) continue;
      const kept: Grant[] = [];
      for (const g of acl.Grants) {
        if (!g.Grantee || Object.keys(g.Grantee).length === 0) continue;
        // GetBucketAcl leaves out the grantee type PutBucketAcl requires.
        const uri = g.Grantee.URI;
        const grant = {
          ...g,
          Grantee: { ...g.Grantee, Type: 'URI' in g.Grantee ? 'Group' : 'CanonicalUser' },
        };
        const global = typeof uri === 'string' && grantees.includes(uri);
        if (global && !(g.Permission === 'READ' && pyTruthy(b.Website))) continue;
        kept.push(grant);
      }
      const removed = acl.Grants.length - kept.length;
      calls.push({
        service: 's3',
        operation: 'PutBucketAcl',
        input: { Bucket: bucket, AccessControlPolicy: { Owner: acl.Owner, Grants: kept } },
        resourceIds: [bucket],
        describe: `remove ${removed} global grant${removed === 1 ? '' : 's'} from the ACL of ${bucket}`,
        okErrors: ['NoSuchBucket'],
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
