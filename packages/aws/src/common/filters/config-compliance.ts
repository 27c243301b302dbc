import {
  type CompileContext,
  checkFilterItems,
  compileFilters,
  coreFilters,
  defineFilter,
  type RegistryView,
  type Resource,
} from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import type { AwsSource } from '../../resources/types.js';
import { resourceArn } from '../tagging/index.js';
import { regionOf } from './fetch-related.js';

const ANNOTATION = 'c7n:config-compliance';

/** Inside eval_filters only value filters apply (c7n builds a ValueFilter from each). */
function valueOnly(ctx: CompileContext): CompileContext {
  const value = coreFilters.find((f) => f.type === 'value');
  const registry: RegistryView = {
    filter: (_rt, name) => (name === 'value' ? value : undefined),
    action: () => undefined,
    resource: (t) => ctx.registry.resource(t),
  };
  return { ...ctx, registry };
}

type Evaluation = {
  EvaluationResultIdentifier?: { EvaluationResultQualifier?: { ResourceType?: string; ResourceId?: string } };
};

/** The evaluation resource types of a type: its Config type and its CloudFormation type, as c7n. */
export function evaluationTypesOf(source: unknown): string[] {
  const s = source as Partial<AwsSource> | undefined;
  return [s?.configType, s?.cfnType].filter((t): t is string => typeof t === 'string');
}

export default defineFilter({
  type: 'config-compliance',
  // As c7n: every type with an AWS Config or a CloudFormation type (iam-profile has only the latter).
  resources: { trait: 'config-type', has: (rt) => evaluationTypesOf(rt.source).length > 0 },
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['rules'],
    properties: {
      rules: {
        type: 'array',
        items: { type: 'string' },
        description: 'Names of the AWS Config rules to look at.',
      },
      states: {
        type: 'array',
        items: { enum: ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'INSUFFICIENT_DATA'] },
        description: 'Compliance types of the evaluations to look for; default NON_COMPLIANT.',
      },
      op: {
        enum: ['or', 'and'],
        description: 'How eval_filters combine on each evaluation: any (or, the default) or all (and).',
      },
      eval_filters: {
        type: 'array',
        items: { type: 'object' },
        description:
          'Value filters each evaluation result must also pass (for example on ResultRecordedTime).',
      },
    },
  } as const,
  // c7n names DescribeComplianceByConfigRule; the call made is GetComplianceDetailsByConfigRule.
  permissions: ['config:DescribeComplianceByConfigRule', 'config:GetComplianceDetailsByConfigRule'],
  doc: {
    summary:
      "Resources with AWS Config rule evaluations in the given states (default NON_COMPLIANT): every page of GetComplianceDetailsByConfigRule per rule, evaluations of the resource's Config type passing `eval_filters`; matched resources keep theirs in `c7n:config-compliance`.",
    example:
      '- type: config-compliance\n  rules: [custodian-ebs-encrypted]\n  eval_filters:\n    - type: value\n      key: ResultRecordedTime\n      value_type: age\n      value: 30\n      op: less-than',
  },
  check: (opts, ctx) => checkFilterItems(opts.eval_filters ?? [], valueOnly(ctx), ['eval_filters']),
  reads: () => undefined,
  compile(opts, ctx) {
    const evals = (opts.eval_filters ?? []).map((f) => compileFilters([f], valueOnly(ctx)));
    const all = opts.op === 'and';
    const rt = ctx.resourceType;
    const types = evaluationTypesOf(rt.source);
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const byResource = new Map<string, Resource[]>();
        for (const rule of opts.rules) {
          let token: string | undefined;
          do {
            const page = await p.send(
              'config',
              'GetComplianceDetailsByConfigRule',
              {
                ConfigRuleName: rule,
                ComplianceTypes: opts.states ?? ['NON_COMPLIANT'],
                ...(token && { NextToken: token }),
              },
              region,
            );
            for (const e of (page.EvaluationResults ?? []) as Resource[]) {
              const q = (e as Evaluation).EvaluationResultIdentifier?.EvaluationResultQualifier;
              if (!q || !types.includes(q.ResourceType ?? '')) continue;
              if (evals.length) {
                const hits = await Promise.all(
                  evals.map(async (f) => (await f.evaluate([e], ectx)).length > 0),
                );
                if (!(all ? hits.every(Boolean) : hits.some(Boolean))) continue;
              }
              const id = String(q.ResourceId);
              byResource.set(id, [...(byResource.get(id) ?? []), e]);
            }
            token = typeof page.NextToken === 'string' && page.NextToken ? page.NextToken : undefined;
          } while (token);
        }
        const accountId = ectx.accountId ?? p.accountId;
        return resources.filter((r) => {
          const id = String(r[rt.id]);
          let arn: string | undefined;
          try {
            arn = resourceArn(rt, r, { region, accountId });
          } catch {
            arn = undefined;
          }
          // Config names a resource by ARN or by id, depending on the type, or by the type's
          // own config id (an IAM role's RoleId), as c7n tries them.
          const configIdField = (rt.source as { configId?: string } | undefined)?.configId;
          const configId = configIdField === undefined ? undefined : r[configIdField];
          const found =
            (arn !== undefined && byResource.get(arn)) ||
            byResource.get(id) ||
            (configId !== undefined && byResource.get(String(configId)));
          if (found) r[ANNOTATION] = found;
          return Boolean(found);
        });
      },
    };
  },
});
