import { defineFilter, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';
import { formatValues } from '../../s3/filters/_bucket.js';
import { parsePolicy, policyHas } from '../../s3/filters/_statement-match.js';

const POLICY = 'c7n:Policy';
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
  resources: ['aws.efs'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      statement_ids: {
        type: 'array',
        items: { type: 'string' },
        description: 'Sids that must all be present in the file system policy.',
      },
      statements: {
        type: 'array',
        description:
          'Statements that must each match one statement of the file system policy. Strings may use {account_id}, {region} and {fs_arn}.',
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
  permissions: ['elasticfilesystem:DescribeFileSystemPolicy'],
  doc: {
    summary:
      'File systems whose policy (DescribeFileSystemPolicy per file system, kept in `c7n:Policy`) has every listed statement id and, for each listed statement, a statement equal to it (lists compare as sets, actions ignore case; `PartialMatch` keys need only contain the listed items). A file system without a policy never matches.',
    example: [
      '- type: has-statement',
      '  statements:',
      '    - Effect: Deny',
      '      Action: "*"',
      '      Principal: "*"',
      '      Condition:',
      '        Bool:',
      '          aws:SecureTransport: "false"',
      '      Resource: "{fs_arn}"',
    ].join('\n'),
  },
  reads: () => ['FileSystemId', 'FileSystemArn', POLICY],
  compile: (opts: Opts) => ({
    kind: 'process',
    async process(fileSystems: Resource[], ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const account = ctx.accountId ?? p.accountId;
      const out: Resource[] = [];
      for (const fs of fileSystems) {
        if (!(POLICY in fs)) {
          try {
            const answer = await p.send(
              'elasticfilesystem',
              'DescribeFileSystemPolicy',
              { FileSystemId: fs.FileSystemId },
              region,
            );
            fs[POLICY] = answer.Policy;
          } catch (e) {
            if (errorCode(e) !== 'PolicyNotFound') throw e;
            fs[POLICY] = null;
          }
        }
        const policy = parsePolicy(fs[POLICY]);
        if (!policy) continue;
        const vars = {
          account_id: account,
          region,
          fs_arn: typeof fs.FileSystemArn === 'string' ? fs.FileSystemArn : undefined,
        };
        const required = formatValues(opts.statements ?? [], vars) as Record<string, unknown>[];
        if (policyHas(policy, opts.statement_ids ?? [], required)) out.push(fs);
      }
      return out;
    },
  }),
});
