import type { CompileContext, EvalContext, Problem, Resource } from '@c7n-ts/core';
import { defineFilter } from '@c7n-ts/core';
import type { AwsSource } from '../../resources/types.js';
import { resourceArn } from '../tagging/index.js';
import { providerOf, regionOf } from './fetch-related.js';

/** Where the matched recommendation is kept, as in Cloud Custodian. */
export const COST_OPTIMIZE = 'c7n:cost_optimize';
/** Cost Optimization Hub has one endpoint, in us-east-1 (c7n asks there too). */
const HUB_REGION = 'us-east-1';
const ITEMS = 'recommendations';

const costHubOf = (source: unknown) => (source as Partial<AwsSource> | undefined)?.costHub;

/** `attrs` run as the core `list-item` filter over a one-recommendation list. */
function listItem(ctx: CompileContext) {
  const decl = ctx.registry.filter(ctx.resourceType.type, 'list-item');
  if (!decl) throw new Error('the list-item filter is not registered');
  return decl;
}

export default defineFilter({
  type: 'cost-optimization',
  resources: { trait: 'cost-optimization-hub', has: (rt) => costHubOf(rt.source) !== undefined },
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      attrs: {
        type: 'array',
        items: { type: ['object', 'string'] },
        description:
          'Filters (value, reduce, and/or/not) a recommendation must pass, as in `list-item` (actionType, estimatedMonthlySavings, implementationEffort...).',
      },
      action: {
        enum: [
          'Rightsize',
          'Stop',
          'Upgrade',
          'PurchaseSavingsPlans',
          'PurchaseReservedInstances',
          'MigrateToGraviton',
        ],
        description:
          "Accepted for Cloud Custodian compatibility and not used, as there: the type's own action type is asked (Rightsize for ec2, Upgrade for ebs); filter on actionType in `attrs` instead.",
      },
      efforts: {
        type: 'array',
        items: { enum: ['VeryLow', 'Low', 'Medium', 'High', 'VeryHigh'] },
        description:
          'Accepted for Cloud Custodian compatibility and not used, as there; filter on implementationEffort in `attrs` instead.',
      },
    },
  } as const,
  permissions: ['cost-optimization-hub:ListRecommendations'],
  doc: {
    summary:
      "Resources with a Cost Optimization Hub recommendation: every page of ListRecommendations (us-east-1 endpoint) for the type's resource and action type in the policy's region, matched by ARN and by `attrs`; the recommendation is kept in `c7n:cost_optimize`.",
    example:
      '- type: cost-optimization\n  attrs:\n    - actionType: Rightsize\n    - type: value\n      key: estimatedMonthlySavings\n      value: 30\n      op: gte',
  },
  messages: {
    ignored:
      'Cloud Custodian accepts this key and does not use it; c7n-ts does the same. Filter the recommendation in `attrs` instead.',
  },
  check(opts, ctx) {
    const out: Problem[] = [];
    for (const key of ['action', 'efforts'] as const)
      if (opts[key] !== undefined)
        out.push({
          messageId: 'ignored',
          message: `\`${key}\` is not used (as in Cloud Custodian, which asks for the type's default action type); filter on ${key === 'action' ? 'actionType' : 'implementationEffort'} in \`attrs\` instead.`,
          path: [key],
          severity: 'warning',
        });
    if (opts.attrs) out.push(...(listItem(ctx).check?.({ key: ITEMS, attrs: opts.attrs }, ctx) ?? []));
    return out;
  },
  reads: () => undefined,
  compile(opts, ctx) {
    const rt = ctx.resourceType;
    const hub = costHubOf(rt.source);
    if (!hub) throw new Error(`${rt.type} declares no source.costHub`);
    const attrs = opts.attrs?.length
      ? listItem(ctx).compile({ key: ITEMS, attrs: opts.attrs }, ctx)
      : undefined;
    const passes = async (rec: Resource, ectx: EvalContext): Promise<boolean> => {
      if (!attrs) return true;
      const holder: Resource = { [ITEMS]: [rec] };
      return attrs.kind === 'process'
        ? (await attrs.process([holder], ectx)).length > 0
        : attrs.match(holder, ectx);
    };
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const accountId = ectx.accountId ?? p.accountId;
        const byArn = new Map<string, Resource>();
        for (const r of resources) {
          const arn = resourceArn(rt, r, { region, accountId });
          if (arn) byArn.set(arn, r);
        }
        const filter = {
          actionTypes: [hub.actionType],
          regions: [region],
          resourceTypes: [hub.resourceType],
        };
        const matched = new Set<string>();
        let token: string | undefined;
        do {
          const page = await p.send(
            'cost-optimization-hub',
            'ListRecommendations',
            { filter, ...(token && { nextToken: token }) },
            HUB_REGION,
          );
          for (const rec of (page.items ?? []) as Resource[]) {
            let arn = String(rec.resourceArn);
            // Some recommendations name a version (`...:function:f:3`); describe ARNs do not.
            if (arn.split(':').length === 8) arn = arn.slice(0, arn.lastIndexOf(':'));
            const r = byArn.get(arn);
            if (!r || !(await passes(rec, ectx))) continue;
            r[COST_OPTIMIZE] = rec;
            matched.add(arn);
          }
          token = typeof page.nextToken === 'string' && page.nextToken ? page.nextToken : undefined;
        } while (token);
        return [...byArn].filter(([arn]) => matched.has(arn)).map(([, r]) => r);
      },
    };
  },
});
