import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { formatArgs, formatValues } from '../filters/_bucket.js';
import { bucketName, inBucketRegions } from './_bucket.js';
import { equal, keepStatements, type Statement } from './_statements.js';

const stringOrList = (description: string) =>
  ({ anyOf: [{ type: 'string' }, { type: 'array' }], description }) as const;
const [P, NP, A, NA, R, NR] = ['Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource'];

export default defineAction({
  type: 'set-statements',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      remove: {
        description:
          'Statements to remove first: a list of Sids, `matched` for those the `cross-account` filter matched, or `*` for all.',
        oneOf: [{ enum: ['matched', '*'] }, { type: 'array', items: { type: 'string' } }],
      },
      statements: {
        type: 'array',
        description:
          'Statements to add, unless the policy has an equal one with the same Sid. `{account_id}`, `{region}`, `{bucket_name}` and `{bucket_region}` are replaced in their strings.',
        items: {
          type: 'object',
          required: ['Sid', 'Effect'],
          properties: {
            Sid: { type: 'string', description: 'Statement id; statements are added and compared by it.' },
            Effect: { type: 'string', enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
            Principal: {
              anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'array' }],
              description: 'Who.',
            },
            NotPrincipal: { anyOf: [{ type: 'object' }, { type: 'array' }], description: 'Everyone but.' },
            Action: stringOrList('Actions.'),
            NotAction: stringOrList('Every action but.'),
            Resource: stringOrList('Resources.'),
            NotResource: stringOrList('Every resource but.'),
            Condition: { type: 'object', description: 'Conditions.' },
          },
          // One of each pair, as IAM requires.
          oneOf: [P, NP].flatMap((p) =>
            [A, NA].flatMap((a) => [R, NR].map((r) => ({ required: [p, a, r] }))),
          ),
        },
      },
    },
  } as const,
  permissions: ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
  doc: {
    summary:
      'Add statements to bucket policies (a statement whose Sid the policy already has with the same content is not added again), after removing those `remove` names. The result is written with PutBucketPolicy; a policy whose statements were all removed and none added is deleted. Works from the policy fetched with the bucket, as Cloud Custodian does.',
    example: [
      '- type: set-statements',
      '  remove: "*"',
      '  statements:',
      '    - Sid: DenyHttp',
      '      Effect: Deny',
      '      Action: "s3:GetObject"',
      '      Principal:',
      '        AWS: "*"',
      '      Resource: "arn:aws:s3:::{bucket_name}/*"',
      '      Condition:',
      '        Bool:',
      '          "aws:SecureTransport": false',
    ].join('\n'),
  },
  reads: () => ['Policy'],
  plan(buckets, opts, ctx) {
    const ids = (opts.remove ?? []) as 'matched' | '*' | string[];
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      const result = keepStatements(
        b,
        bucket,
        typeof b.Policy === 'string' && b.Policy ? b.Policy : '{}',
        ids,
        ctx,
      );
      if (!result) continue;
      const { policy, kept, removed } = result;
      // Later statements with the same Sid win, as in c7n's dict by Sid.
      const wanted = new Map<unknown, Statement>();
      for (const s of (opts.statements ?? []) as Statement[])
        wanted.set(s.Sid, formatValues(s, formatArgs(b, ctx)) as Statement);
      for (const s of kept) if (wanted.has(s.Sid) && equal(s, wanted.get(s.Sid))) wanted.delete(s.Sid);
      const added = [...wanted.values()];
      if (removed === 0 && added.length === 0) continue;
      const parts = [
        removed ? `remove ${removed} statement${removed === 1 ? '' : 's'}` : '',
        added.length ? `add ${added.map((s) => String(s.Sid)).join(', ')}` : '',
      ].filter(Boolean);
      const what = `${parts.join(' and ')} ${removed && !added.length ? 'from' : 'to'} the policy of ${bucket}`;
      if (kept.length === 0 && added.length === 0)
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
          input: { Bucket: bucket, Policy: JSON.stringify({ ...policy, Statement: [...kept, ...added] }) },
          resourceIds: [bucket],
          describe: what,
        });
    }
    return inBucketRegions(calls, buckets);
  },
});
