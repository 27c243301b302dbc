import { defineFilter } from '@c7n-ts/core';
import { equal } from '../actions/_statements.js';

/** The statement Cloud Custodian looks for, Sid and Resource aside: deny unencrypted uploads. */
const ENCRYPTION_STATEMENT = {
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:PutObject',
  Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms'] } },
};

export default defineFilter({
  type: 'no-encryption-statement',
  resources: ['aws.s3'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['s3:GetBucketPolicy'],
  doc: {
    summary:
      'Buckets without a policy statement denying unencrypted uploads (Deny, Principal `*`, s3:PutObject, StringNotEquals s3:x-amz-server-side-encryption [AES256, aws:kms], any Sid and Resource), or without a policy. The statement must be exactly that one, as in Cloud Custodian.',
    example: '- no-encryption-statement',
  },
  reads: () => ['Policy'],
  compile: () => ({
    kind: 'match',
    match(b, ctx) {
      if (b.Policy === undefined || b.Policy === null) return true;
      let statements: unknown;
      try {
        statements = (JSON.parse(String(b.Policy)) as { Statement?: unknown }).Statement;
      } catch {
        ctx.log?.('warn', `s3: the policy of ${String(b.Name)} is not JSON; not evaluated`);
        return false;
      }
      // c7n's template keeps the Sid and Resource of earlier statements that had them; so does this.
      const wanted: Record<string, unknown> = { ...ENCRYPTION_STATEMENT };
      for (const s of (Array.isArray(statements) ? statements : []) as Record<string, unknown>[]) {
        if (!s || typeof s !== 'object') continue;
        if ('Sid' in s) wanted.Sid = s.Sid;
        if ('Resource' in s) wanted.Resource = s.Resource;
        if (equal(s, wanted)) return false;
      }
      return true;
    },
  }),
});
