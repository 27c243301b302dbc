import { defineAction, type PlannedCall } from '@c7n-ts/core';
import { readConfig, updateCall } from './_config.js';

export default defineAction({
  type: 'disable',
  resources: ['aws.distribution'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['cloudfront:GetDistributionConfig', 'cloudfront:UpdateDistribution'],
  doc: {
    summary:
      'Disable distributions: GetDistributionConfig, then UpdateDistribution with `Enabled: false` (and the ETag read as `IfMatch`), per distribution, as Cloud Custodian does.',
    example: '- type: disable',
  },
  reads: () => ['Id'],
  async plan(distributions, _opts, ctx) {
    const calls: PlannedCall[] = [];
    for (const d of distributions) {
      const id = String(d.Id);
      const read = await readConfig(ctx, id, 'disable');
      if (!read) continue;
      read.config.Enabled = false;
      calls.push(updateCall(id, read, `disable distribution ${id}`));
    }
    return calls;
  },
});
