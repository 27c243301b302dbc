import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { resourceArn } from '../../../common/tagging/index.js';

/** Where the instance's recommendations are kept, as in Cloud Custodian. */
export const RECOMMENDATIONS = 'c7n:ComputeOptimizerRecommendations';

export default defineFilter({
  type: 'compute-optimizer',
  resources: ['aws.ec2'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...valueProperties,
      filters: {
        type: 'object',
        additionalProperties: false,
        properties: {
          Finding: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Only recommendations with one of these findings (Underprovisioned, Overprovisioned, Optimized, NotOptimized).',
          },
          FindingReasonCodes: {
            type: 'array',
            items: { type: 'string' },
            description:
              'Only recommendations with one of these finding reason codes (CPUOverprovisioned...).',
          },
          RecommendationSourceType: {
            type: 'array',
            items: { type: 'string' },
            description: 'Only recommendations for these source types (Ec2Instance, AutoScalingGroup).',
          },
          InferredWorkloadTypes: {
            type: 'array',
            items: { type: 'string' },
            description: 'Only recommendations for these inferred workloads (AmazonEmr, Redis...).',
          },
        },
        description:
          'Filters sent to GetEC2InstanceRecommendations (name -> values); instances without a recommendation then do not match.',
      },
      'recommendation-preferences': {
        type: 'object',
        additionalProperties: false,
        properties: {
          cpuVendorArchitectures: {
            type: 'array',
            items: { type: 'string' },
            description: 'CPU architectures the recommended instance types may use (AWS_ARM64, CURRENT).',
          },
        },
        description:
          'recommendationPreferences of GetEC2InstanceRecommendations; instances without a recommendation then do not match.',
      },
    },
  } as const,
  permissions: ['compute-optimizer:GetEC2InstanceRecommendations'],
  doc: {
    summary:
      "Instances by their Compute Optimizer recommendations, asked with one GetEC2InstanceRecommendations call for all the instances' ARNs and kept in `c7n:ComputeOptimizerRecommendations`. With `filters` or `recommendation-preferences` an instance needs a recommendation; with `key` (value filter options) one of its recommendations must match; with neither every instance matches.",
    example:
      '- type: compute-optimizer\n  filters:\n    Finding: [Overprovisioned]\n  key: currentPerformanceRisk\n  value: VeryLow',
  },
  messages: valueMessages,
  // As c7n (required_keys is empty): without `key` the value options are not used at all.
  check: (opts) => (opts.key === undefined ? [] : checkEmbeddedValue(opts)),
  reads: () => ['InstanceId', RECOMMENDATIONS],
  compile(opts, ctx) {
    const rt = ctx.resourceType;
    const clientSide = opts.key !== undefined;
    const serverSide = opts.filters !== undefined || opts['recommendation-preferences'] !== undefined;
    const matcher = clientSide
      ? compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir)
      : undefined;
    const request: Record<string, unknown> = {};
    if (opts.filters)
      request.filters = Object.entries(opts.filters).map(([name, values]) => ({ name, values }));
    if (opts['recommendation-preferences'])
      request.recommendationPreferences = opts['recommendation-preferences'];
    return {
      kind: 'process',
      async process(instances, ectx) {
        if (!instances.length) return [];
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const arnOf = (r: Resource) =>
          resourceArn(rt, r, { region, accountId: ectx.accountId ?? p.accountId });
        // One call, unpaged, as c7n.
        const out = await p.send(
          'compute-optimizer',
          'GetEC2InstanceRecommendations',
          { ...request, instanceArns: instances.map(arnOf) },
          region,
        );
        const byArn = new Map<string, Resource[]>();
        for (const rec of (out.instanceRecommendations ?? []) as Resource[]) {
          const arn = String(rec.instanceArn);
          byArn.set(arn, [...(byArn.get(arn) ?? []), rec]);
        }
        const kept: Resource[] = [];
        for (const r of instances) {
          const recs = byArn.get(arnOf(r) ?? '') ?? [];
          if (serverSide && !recs.length) continue;
          if (matcher && !(await matcher(recs, ectx)).size) continue;
          r[RECOMMENDATIONS] = recs;
          kept.push(r);
        }
        return kept;
      },
    };
  },
});
