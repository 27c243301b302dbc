import {
  type CompileContext,
  checkFilterItems,
  compileFilters,
  coreFilters,
  defineFilter,
  type RegistryView,
  type Resource,
} from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

const SUMMARIES = 'c7n:ssm-compliance';

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

export default defineFilter({
  type: 'ssm-compliance',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['compliance_types'],
    properties: {
      compliance_types: {
        type: 'array',
        items: { type: 'string' },
        description: 'Compliance types to look at, such as Association and Patch.',
      },
      severity: {
        type: 'array',
        items: { type: 'string' },
        description: 'Only summaries with one of these overall severities (CRITICAL, HIGH, ...).',
      },
      states: {
        type: 'array',
        items: { enum: ['COMPLIANT', 'NON_COMPLIANT'] },
        default: ['NON_COMPLIANT'],
        description: 'Compliance statuses to look for; default NON_COMPLIANT.',
      },
      op: {
        enum: ['or', 'and'],
        description: 'How eval_filters combine on each summary: any (or, the default) or all (and).',
      },
      eval_filters: {
        type: 'array',
        items: { type: 'object' },
        description:
          'Value filters each compliance summary must also pass (for example on ExecutionSummary.ExecutionTime).',
      },
    },
  } as const,
  permissions: ['ssm:ListResourceComplianceSummaries'],
  doc: {
    summary:
      "Instances with SSM compliance summaries of the given types, states (default NON_COMPLIANT) and severities: every page of ListResourceComplianceSummaries, filtered by the API, then by `eval_filters`; the instance's summaries are kept in `c7n:ssm-compliance`.",
    example:
      '- type: ssm-compliance\n  compliance_types: [Association, Patch]\n  severity: [CRITICAL, HIGH]\n  states: [NON_COMPLIANT]',
  },
  check: (opts, ctx) => checkFilterItems(opts.eval_filters ?? [], valueOnly(ctx), ['eval_filters']),
  reads: () => ['InstanceId'],
  compile(opts, ctx) {
    const evals = (opts.eval_filters ?? []).map((f) => compileFilters([f], valueOnly(ctx)));
    const all = opts.op === 'and';
    return {
      kind: 'process',
      async process(instances, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const filters = [
          { Key: 'Status', Values: opts.states ?? ['NON_COMPLIANT'], Type: 'EQUAL' },
          { Key: 'ComplianceType', Values: opts.compliance_types, Type: 'EQUAL' },
          ...(opts.severity?.length
            ? [{ Key: 'OverallSeverity', Values: opts.severity, Type: 'EQUAL' }]
            : []),
        ];
        const byResource = new Map<string, Resource[]>();
        let token: string | undefined;
        do {
          const page = await p.send(
            'ssm',
            'ListResourceComplianceSummaries',
            { Filters: filters, ...(token && { NextToken: token }) },
            region,
          );
          for (const item of (page.ResourceComplianceSummaryItems ?? []) as Resource[]) {
            if (evals.length) {
              const hits = await Promise.all(
                evals.map(async (e) => (await e.evaluate([item], ectx)).length > 0),
              );
              if (!(all ? hits.every(Boolean) : hits.some(Boolean))) continue;
            }
            const id = String(item.ResourceId);
            byResource.set(id, [...(byResource.get(id) ?? []), item]);
          }
          token = typeof page.NextToken === 'string' && page.NextToken ? page.NextToken : undefined;
        } while (token);
        return instances.filter((i) => {
          const found = byResource.get(String(i.InstanceId));
          if (found) i[SUMMARIES] = found;
          return Boolean(found);
        });
      },
    };
  },
});
