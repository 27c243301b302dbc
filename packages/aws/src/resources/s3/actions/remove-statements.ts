import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';

/** Where the `cross-account` filter lists the statements it matched (Cloud Custodian's key). */
const MATCHED = 'CrossAccountViolations';

type Statement = Record<string, unknown>;

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

export default defineAction({
  type: 'remove-statements',
  resources: ['aws.s3'],
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
  permissions: ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
  doc: {
    summary:
      'Remove statements from bucket policies: by Sid, those the `cross-account` filter matched, or all. The rest is written back with PutBucketPolicy; a policy left with no statement is deleted. Works from the policy fetched with the bucket, as Cloud Custodian does.',
    example: '- type: remove-statements\n  statement_ids:\n    - AllowPublicRead',
  },
  reads: () => ['Policy'],
  plan(buckets, opts, ctx) {
    const ids = opts.statement_ids as 'matched' | '*' | string[];
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket || typeof b.Policy !== 'string') continue; // no policy, nothing to remove
      let policy: Record<string, unknown>;
      try {
        policy = JSON.parse(b.Policy) as Record<string, unknown>;
      } catch {
        ctx.log?.('warn', `s3: the policy of ${bucket} is not JSON; not changed`);
        continue;
      }
      // IAM allows a single statement object instead of a list.
      const statements = ([] as Statement[]).concat(
        (policy.Statement as Statement | Statement[] | undefined) ?? [],
      );
      const matched = Array.isArray(b[MATCHED]) ? (b[MATCHED] as unknown[]) : [];
      const drop = (s: Statement) =>
        ids === '*' ||
        (ids === 'matched'
          ? matched.some((m) => equal(m, s))
          : typeof s.Sid === 'string' && ids.includes(s.Sid));
      const kept = statements.filter((s) => !drop(s));
      const removed = statements.length - kept.length;
      if (removed === 0) continue;
      const what = `remove ${removed} statement${removed === 1 ? '' : 's'} from the policy of ${bucket}`;
      if (kept.length === 0)
        calls.push({
          service: 's3',
          operation: 'DeleteBucketPolicy',
          input: { Bucket: bucket },
          resourceIds: [bucket],
          describe: `${what}, deleting the emptied policy`,
        });
      else
        calls.push({
          service: 's3',
          operation: 'PutBucketPolicy',
          input: { Bucket: bucket, Policy: JSON.stringify({ ...policy, Statement: kept }) },
          resourceIds: [bucket],
          describe: `${what}, keeping ${kept.length}`,
        });
    }
    return inBucketRegions(calls, buckets);
  },
});
