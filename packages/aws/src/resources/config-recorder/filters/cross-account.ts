import { defineFilter, type ValueFromOptions, valueFromProblems, valueFromSchema } from '@c7n-ts/core';
import { awsProvider } from '../../../aws-provider.js';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { values } from '../../../common/filters/policy-cross-account.js';

type Authorization = { AuthorizedAccountId?: string; AuthorizedAwsRegion?: string };

/**
 * Cloud Custodian's config-recorder cross-account: the aggregation authorizations
 * (DescribeAggregationAuthorizations) granted to an account outside `whitelist` (the own account
 * always allowed), or to a region outside `allowed_regions` when given. As c7n, they are kept in
 * `CrossAccountViolations` on the first recorder (a region has one) and every recorder is
 * returned, whether any authorization violates or not.
 */
export default defineFilter({
  type: 'cross-account',
  resources: ['aws.config-recorder'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      whitelist: { type: 'array', items: { type: 'string' }, description: 'Accounts allowed to aggregate.' },
      whitelist_from: {
        ...valueFromSchema,
        description: 'Read more allowed accounts from a file or URL (as `value_from`).',
      },
      allowed_regions: {
        type: 'array',
        items: { type: 'string' },
        description: 'Aggregator regions allowed; any region when absent.',
      },
    },
  } as const,
  permissions: ['config:DescribeAggregationAuthorizations'],
  doc: {
    summary:
      'Aggregation authorizations given to accounts outside `whitelist` or regions outside `allowed_regions`, kept in `CrossAccountViolations` on the recorder. As in Cloud Custodian, the recorder is returned either way: follow with a value filter on `CrossAccountViolations` to keep only recorders with violations.',
    example: "- type: cross-account\n  whitelist:\n    - '112233445566'\n  allowed_regions:\n    - us-east-1",
  },
  messages: {
    'value-from-outside': "whitelist_from may read local files only inside the policy file's folder.",
  },
  check: (opts, { baseDir }) =>
    opts.whitelist_from
      ? valueFromProblems(opts.whitelist_from as ValueFromOptions, baseDir, ['whitelist_from'])
      : [],
  reads: () => [],
  compile: (opts, { baseDir }) => ({
    kind: 'process',
    async process(recorders, ctx) {
      if (!recorders.length) return [];
      const p = providerOf(ctx);
      const allowed = new Set([
        ...(await values(opts, 'whitelist', baseDir, ctx)),
        ctx.accountId ?? awsProvider(ctx).accountId,
      ]);
      const regions = new Set(opts.allowed_regions ?? []);
      const out = await p.send('config', 'DescribeAggregationAuthorizations', {}, regionOf(ctx, p));
      const violations = ((out.AggregationAuthorizations ?? []) as Authorization[]).filter(
        (a) =>
          !allowed.has(String(a.AuthorizedAccountId)) ||
          (regions.size > 0 && !regions.has(String(a.AuthorizedAwsRegion))),
      );
      const first = recorders[0];
      if (first) first.CrossAccountViolations = violations;
      return recorders;
    },
  }),
});
