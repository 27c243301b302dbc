import { defineFilter } from '@c7n-ts/core';
import { awsProvider } from '../../aws-provider.js';
import { resourceArn } from '../tagging/index.js';
import { regionOf } from './fetch-related.js';

const ANNOTATION = 'c7n:finding-filter';

export default defineFilter({
  type: 'finding',
  resources: '*',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      query: {
        type: 'object',
        description:
          'Security Hub finding filters (AwsSecurityFindingFilters: `Title`, `ComplianceStatus`, `RecordState`...), each a list of `{Value, Comparison}`. The resource is added as `ResourceId`.',
        additionalProperties: {
          type: 'array',
          items: {
            type: 'object',
            description: 'One criterion, e.g. `{Value: FAILED, Comparison: EQUALS}`.',
          },
        },
      },
      region: {
        type: 'string',
        description: "Security Hub region to ask (an aggregation region); default the policy's.",
      },
    },
  } as const,
  permissions: ['securityhub:GetFindings'],
  doc: {
    summary:
      "Resources with Security Hub findings: one GetFindings per resource with its ARN (and an instance's id) as `ResourceId`, plus `query`; the first page of findings is kept in `c7n:finding-filter`.",
    example:
      '- type: finding\n  query:\n    ComplianceStatus:\n      - Comparison: EQUALS\n        Value: FAILED\n    RecordState:\n      - Comparison: EQUALS\n        Value: ACTIVE',
  },
  reads: () => undefined,
  compile(opts, ctx) {
    const rt = ctx.resourceType;
    return {
      kind: 'process',
      async process(resources, ectx) {
        const p = awsProvider(ectx);
        const region = regionOf(ectx, p);
        const accountId = ectx.accountId ?? p.accountId;
        const found = [];
        // One resource at a time, as c7n asks.
        for (const r of resources) {
          const arn = resourceArn(rt, r, { region, accountId }) ?? String(r[rt.id]);
          const ids = [{ Value: arn, Comparison: 'EQUALS' }];
          if (r.InstanceId) ids.push({ Value: String(r.InstanceId), Comparison: 'EQUALS' });
          const out = await p.send(
            'securityhub',
            'GetFindings',
            { Filters: { ...opts.query, ResourceId: ids } },
            opts.region ?? region,
          );
          const findings = (out.Findings ?? []) as unknown[];
          if (findings.length > 0) {
            r[ANNOTATION] = findings;
            found.push(r);
          }
        }
        return found;
      },
    };
  },
});
