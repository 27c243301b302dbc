import { defineFilter, type Resource } from '@c7n-ts/core';
import { formatArgs, formatValues } from './_bucket.js';
import { parsePolicy, policyHas } from './_statement-match.js';

const PARTIAL = [
  'Action',
  'NotAction',
  'Principal',
  'NotPrincipal',
  'Resource',
  'NotResource',
  'Condition',
] as const;
const stringOrList = (description: string) =>
  ({ type: ['string', 'array'], items: { type: 'string' }, description }) as const;

interface Opts {
  statement_ids?: string[];
  statements?: Record<string, unknown>[];
}

export default defineFilter({
  type: 'has-statement',
  resources: ['aws.s3'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      statement_ids: {
        type: 'array',
        items: { type: 'string' },
        description: 'Sids that must all be present in the bucket policy.',
      },
      statements: {
        type: 'array',
        description:
          'Statements that must each match one statement of the bucket policy. Strings may use {account_id}, {region}, {bucket_name} and {bucket_region}.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['Effect'],
          properties: {
            Sid: { type: 'string', description: 'Statement id.' },
            Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny.' },
            Principal: {
              type: ['string', 'object', 'array'],
              description: 'Principal, e.g. "*" or {AWS: [...]}.',
            },
            NotPrincipal: { type: ['object', 'array'], description: 'NotPrincipal.' },
            Action: stringOrList('Actions, compared case-insensitively.'),
            NotAction: stringOrList('NotActions, compared case-insensitively.'),
            Resource: stringOrList('Resources.'),
            NotResource: stringOrList('NotResources.'),
            Condition: { type: 'object', description: 'Condition block.' },
            PartialMatch: {
              description:
                'Keys matched by containment instead of equality: the listed items (or mapping keys) must appear in the statement.',
              anyOf: [{ enum: PARTIAL }, { type: 'array', items: { enum: PARTIAL } }],
            },
          },
        },
      },
    },
  } as const,
  permissions: ['s3:GetBucketPolicy'],
  doc: {
    summary:
      'Buckets whose policy has every listed statement id and, for each listed statement, a statement equal to it (lists compare as sets, actions ignore case; `PartialMatch` keys need only contain the listed items). Buckets without a policy never match.',
    example: [
      '- type: has-statement',
      '  statements:',
      '    - Effect: Deny',
      '      Action: s3:PutObject',
      '      Principal: "*"',
      '      Resource: "arn:aws:s3:::{bucket_name}/*"',
    ].join('\n'),
  },
  // {bucket_region} needs the location; anything else only the policy.
  reads: (opts: Opts) =>
    JSON.stringify(opts.statements ?? []).includes('{bucket_region}') ? ['Policy', 'Location'] : ['Policy'],
  compile: (opts: Opts) => ({
    kind: 'match',
    match(b: Resource, ctx) {
      const policy = parsePolicy(b.Policy);
      if (!policy) return false;
      const required = formatValues(opts.statements ?? [], formatArgs(b, ctx)) as Record<string, unknown>[];
      return policyHas(policy, opts.statement_ids ?? [], required);
    },
  }),
});
