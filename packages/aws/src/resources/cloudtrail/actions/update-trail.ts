import { defineAction, type Problem } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { sdkShapes } from '../../../generated/fields.js';
import { isShadow } from '../filters/_shadow.js';

/** UpdateTrail request members, from the SDK model (Cloud Custodian's shape_validate). */
const MEMBERS: readonly string[] = sdkShapes.cloudtrail.UpdateTrailRequest;

export default defineAction({
  type: 'update-trail',
  resources: ['aws.cloudtrail'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['attributes'],
    properties: {
      attributes: {
        type: 'object',
        description:
          'UpdateTrail request members to set (KmsKeyId, EnableLogFileValidation, S3BucketName...), except Name, which is each matched trail.',
      },
    },
  } as const,
  permissions: ['cloudtrail:UpdateTrail'],
  doc: {
    summary:
      'Change trail settings with UpdateTrail, one call per trail by name with the `attributes` given. Shadow trails are skipped, as Cloud Custodian does: only the trail they copy can be changed.',
    example: '- type: update-trail\n  attributes:\n    EnableLogFileValidation: true',
  },
  messages: {
    'trail-name': "update-trail's attributes cannot include Name.",
    'unknown-member': 'not an UpdateTrail request member.',
  },
  check(opts) {
    const problems: Problem[] = [];
    for (const key of Object.keys(opts.attributes as Record<string, unknown>)) {
      if (key === 'Name')
        problems.push({
          messageId: 'trail-name',
          message: "update-trail's attributes cannot include Name: it is each matched trail.",
          path: ['attributes', key],
          at: 'key',
        });
      else if (!MEMBERS.includes(key))
        problems.push({
          messageId: 'unknown-member',
          message: `"${key}" is not an UpdateTrail request member.`,
          path: ['attributes', key],
          at: 'key',
        });
    }
    return problems;
  },
  reads: () => ['Name', 'TrailARN', 'IsOrganizationTrail', 'IsMultiRegionTrail', 'HomeRegion'],
  plan(trails, opts, ctx) {
    const account = ctx.accountId ?? providerOf(ctx).accountId;
    const region = ctx.region ?? regionOf(ctx, providerOf(ctx));
    return trails
      .filter((t) => !isShadow(t, account, region))
      .map((t) => ({
        service: 'cloudtrail',
        operation: 'UpdateTrail',
        input: { Name: t.Name, ...(opts.attributes as Record<string, unknown>) },
        resourceIds: [String(t.TrailARN)],
        describe: `update trail ${String(t.Name)}: ${Object.keys(opts.attributes as object).join(', ')}`,
      }));
  },
});
