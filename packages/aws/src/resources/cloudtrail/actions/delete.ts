import { defineAction } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { isShadow } from '../filters/_shadow.js';

export default defineAction({
  type: 'delete',
  resources: ['aws.cloudtrail'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['cloudtrail:DeleteTrail'],
  doc: {
    summary:
      'Delete each trail by name (DeleteTrail; one already gone counts as deleted). Shadow trails are skipped, as Cloud Custodian does: only the trail they copy can be deleted.',
    example: '- delete',
  },
  reads: () => ['Name', 'TrailARN', 'IsOrganizationTrail', 'IsMultiRegionTrail', 'HomeRegion'],
  plan(trails, _opts, ctx) {
    const account = ctx.accountId ?? providerOf(ctx).accountId;
    const region = ctx.region ?? regionOf(ctx, providerOf(ctx));
    return trails
      .filter((t) => !isShadow(t, account, region))
      .map((t) => ({
        service: 'cloudtrail',
        operation: 'DeleteTrail',
        input: { Name: t.Name },
        resourceIds: [String(t.TrailARN)],
        describe: `delete trail ${String(t.Name)}`,
        okErrors: ['TrailNotFoundException'],
      }));
  },
});
