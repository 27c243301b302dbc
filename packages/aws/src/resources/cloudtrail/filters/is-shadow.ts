import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { isShadow } from './_shadow.js';

export default defineFilter({
  type: 'is-shadow',
  resources: ['aws.cloudtrail'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description: 'Match shadow trails (default), or with `false` the trails that are not shadows.',
      },
    },
  } as const,
  permissions: ['cloudtrail:DescribeTrails'],
  doc: {
    summary:
      'Shadow trails: the copies of a multi-region trail listed outside its home region, and of an organization trail in member accounts. They cannot be changed where they are shown; change the trail they copy.',
    example: '- type: is-shadow\n  state: false',
  },
  reads: () => ['TrailARN', 'IsOrganizationTrail', 'IsMultiRegionTrail', 'HomeRegion'],
  compile: (opts) => ({
    kind: 'process',
    async process(trails, ctx) {
      const p = providerOf(ctx);
      const region = regionOf(ctx, p);
      const account = ctx.accountId ?? p.accountId;
      return trails.filter((t) => isShadow(t, account, region) === (opts.state ?? true));
    },
  }),
});
