import { defineFilter, type Resource } from '@c7n-ts/core';
import { parsePolicy, policyHas } from './_statement-match.js';

export default defineFilter({
  type: 'missing-policy-statement',
  aliases: ['missing-statement'],
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      statement_ids: {
        type: 'array',
        items: { type: 'string' },
        description: 'Sids the bucket policy must have; a bucket missing any of them matches.',
      },
    },
  } as const,
  permissions: ['s3:GetBucketPolicy'],
  doc: {
    summary:
      'Buckets whose policy lacks at least one of the listed statement ids; buckets without a policy always match.',
    example: '- type: missing-policy-statement\n  statement_ids: [RequireEncryptedPutObject]',
  },
  reads: () => ['Policy'],
  compile: (opts: { statement_ids?: string[] }) => ({
    kind: 'match',
    match(b: Resource) {
      if (b.Policy === null || b.Policy === undefined) return true;
      const policy = parsePolicy(b.Policy);
      // An unparseable policy has none of the statements.
      return !policy || !policyHas(policy, opts.statement_ids ?? [], []);
    },
  }),
});
