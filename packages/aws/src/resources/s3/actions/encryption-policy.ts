import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { bucketName, inBucketRegions } from './_bucket.js';
import { equal, keepStatements, type Statement } from './_statements.js';

/** Cloud Custodian's statement id; a statement with it is replaced when it differs. */
const SID = 'RequiredEncryptedPutObject';

/** Denies uploads that ask for neither AES256 nor KMS encryption, as Cloud Custodian writes it. */
export function encryptionStatement(bucket: string): Statement {
  return {
    Sid: SID,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${bucket}/*`,
    Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms'] } },
  };
}

export default defineAction({
  type: 'encryption-policy',
  resources: ['aws.s3'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['s3:GetBucketPolicy', 's3:PutBucketPolicy'],
  doc: {
    summary: `Add to the bucket policy (created when the bucket has none) a statement \`${SID}\` denying s3:PutObject requests without AES256 or aws:kms server-side encryption, or bring an existing one with that Sid up to date, with PutBucketPolicy. Works from the policy fetched with the bucket, as Cloud Custodian does.`,
    example: '- encryption-policy',
  },
  reads: () => ['Policy'],
  plan(buckets, _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const b of buckets) {
      const bucket = bucketName(b);
      if (!bucket) continue;
      const text = typeof b.Policy === 'string' && b.Policy ? b.Policy : undefined;
      const parsed = keepStatements(b, bucket, text ?? '{"Version":"2012-10-17","Statement":[]}', [], ctx);
      if (!parsed) continue;
      const wanted = encryptionStatement(bucket);
      const extant = parsed.kept.filter((s) => s.Sid === SID);
      if (extant.some((s) => equal(s, wanted))) continue;
      calls.push({
        service: 's3',
        operation: 'PutBucketPolicy',
        input: {
          Bucket: bucket,
          Policy: JSON.stringify({
            ...parsed.policy,
            Statement: [...parsed.kept.filter((s) => s.Sid !== SID), wanted],
          }),
        },
        resourceIds: [bucket],
        // The bucket went away since it was listed.
        okErrors: ['NoSuchBucket'],
        describe: extant.length
          ? `update the encryption statement ${SID} in the policy of ${bucket}`
          : text
            ? `add the encryption statement ${SID} to the policy of ${bucket}`
            : `create the policy of ${bucket} with the encryption statement ${SID}`,
      });
    }
    return inBucketRegions(calls, buckets);
  },
});
