/**
 * The `has-statement` filter of the types whose policy is a JSON attribute (SQS queues, SNS
 * topics, Elasticsearch domains) or is fetched per resource (DynamoDB tables), after Cloud Custodian's HasStatementFilter: every listed Sid present, and for each
 * listed statement a policy statement equal to it (S3's own declaration shares the matching).
 */
import { defineFilter, type EvalContext, type Resource } from '@c7n-ts/core';
import { formatValues } from '../../resources/s3/filters/_bucket.js';
import { parsePolicy, policyHas } from '../../resources/s3/filters/_statement-match.js';

function stringOrList(description: string) {
  return { type: ['string', 'array'], items: { type: 'string' }, description } as const;
}

interface Opts {
  statement_ids?: string[];
  statements?: Record<string, unknown>[];
}

export interface HasStatementSpec {
  resources: string[];
  permissions: string[];
  /** What the type is called in the summary: `queue`, `topic`. */
  noun: string;
  /** The `{name}` fields a statement may use besides account_id and region, from the resource. */
  formatArgs: (r: Resource) => Record<string, string | undefined>;
  /** The placeholders named in the option's description. */
  placeholders: string;
  example: string;
  /** Field holding the policy JSON when it is not `Policy` (Elasticsearch `AccessPolicies`). */
  policyField?: string;
  /** Where the policy comes from, for the summary, when it is not the `Policy` attribute. */
  policySource?: string;
  /** Fills `policyField` of the resources lacking it before matching (a per-resource call). */
  prefetch?: (resources: Resource[], ctx: EvalContext) => Promise<void>;
}

export function policyHasStatement(spec: HasStatementSpec) {
  // Inside: the filters are built while the registry's import cycle still loads this module.
  const PARTIAL = [
    'Action',
    'NotAction',
    'Principal',
    'NotPrincipal',
    'Resource',
    'NotResource',
    'Condition',
  ] as const;
  const field = spec.policyField ?? 'Policy';
  return defineFilter({
    type: 'has-statement',
    resources: spec.resources,
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        statement_ids: {
          type: 'array',
          items: { type: 'string' },
          description: `Sids that must all be present in the ${spec.noun} policy.`,
        },
        statements: {
          type: 'array',
          description: `Statements that must each match one statement of the ${spec.noun} policy. Strings may use {account_id}, {region} and ${spec.placeholders}.`,
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
    permissions: spec.permissions,
    doc: {
      summary: `${spec.noun[0]?.toUpperCase()}${spec.noun.slice(1)}s whose policy (${spec.policySource ?? 'the `Policy` attribute'}) has every listed statement id and, for each listed statement, a statement equal to it (lists compare as sets, actions ignore case; \`PartialMatch\` keys need only contain the listed items). Without a policy, never.`,
      example: spec.example,
    },
    reads: () => [field],
    compile: (opts: Opts) => {
      const matches = (r: Resource, ctx: EvalContext) => {
        const policy = parsePolicy(r[field]);
        if (!policy) return false;
        const vars = { account_id: ctx.accountId, region: ctx.region, ...spec.formatArgs(r) };
        const required = formatValues(opts.statements ?? [], vars) as Record<string, unknown>[];
        return policyHas(policy, opts.statement_ids ?? [], required);
      };
      const prefetch = spec.prefetch;
      if (!prefetch) return { kind: 'match', match: matches } as const;
      return {
        kind: 'process',
        async process(rs: Resource[], ctx: EvalContext) {
          await prefetch(rs, ctx);
          return rs.filter((r) => matches(r, ctx));
        },
      } as const;
    },
  });
}
