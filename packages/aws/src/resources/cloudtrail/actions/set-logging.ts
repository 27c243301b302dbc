import { defineAction } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { isShadow } from '../filters/_shadow.js';

export default defineAction({
  type: 'set-logging',
  resources: ['aws.cloudtrail'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean', default: true, description: 'Start logging (default) or stop it.' },
    },
  } as const,
  permissions: (opts) => [opts.enabled === false ? 'cloudtrail:StopLogging' : 'cloudtrail:StartLogging'],
  doc: {
    summary:
      'Start (StartLogging) or stop (StopLogging) logging of each trail by name. Shadow trails are skipped, as Cloud Custodian does: only the trail they copy can be changed.',
    example: '- type: set-logging\n  enabled: true',
  },
  reads: () => ['Name', 'TrailARN', 'IsOrganizationTrail', 'IsMultiRegionTrail', 'HomeRegion'],
  plan(trails, opts, ctx) {
    const start = opts.enabled !== false;
    const account = ctx.accountId ?? providerOf(ctx).accountId;
    const region = ctx.region ?? regionOf(ctx, providerOf(ctx));
    return trails
      .filter((t) => !isShadow(t, account, region))
      .map((t) => ({
        service: 'cloudtrail',
        operation: start ? 'StartLogging' : 'StopLogging',
        input: { Name: t.Name },
        resourceIds: [String(t.TrailARN)],
        describe: `${start ? 'start' : 'stop'} logging of trail ${String(t.Name)}`,
      }));
  },
});
