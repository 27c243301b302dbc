import { defineFilter, type Problem } from '@c7n-ts/core';
import { valueProperties } from '../../../common/filters/value-over.js';
import { bounceRate, sendDataPoints, sumPoints } from './_ses-stats.js';

const ANNOTATION = 'c7n:ses-send-agg';
const IGNORED = 'ses-agg-send-stats compares no value options (as in Cloud Custodian); they are ignored.';

export default defineFilter({
  type: 'ses-agg-send-stats',
  resources: ['aws.account'],
  // c7n's schema takes the value filter's options but its filter compares none of them.
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['ses:GetSendStatistics'],
  messages: { ignored: IGNORED },
  doc: {
    summary:
      "Accounts with SES sending activity: the region's send statistics (GetSendStatistics, the last two weeks) summed into `c7n:ses-send-agg` (DeliveryAttempts, Bounces, Complaints, Rejects and BounceRate in percent). Without data points nothing matches; follow with a `value` filter on the annotation to compare.",
    example: [
      '- type: ses-agg-send-stats',
      '- type: value',
      '  key: \'"c7n:ses-send-agg".BounceRate\'',
      '  op: ge',
      '  value: 5',
    ].join('\n'),
  },
  check(opts) {
    return Object.keys(opts).map(
      (key): Problem => ({
        messageId: 'ignored',
        message: IGNORED,
        path: [key],
        at: 'key',
        severity: 'warning',
      }),
    );
  },
  reads: () => [ANNOTATION],
  compile() {
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const points = await sendDataPoints(ectx);
        if (!points.length) return [];
        const totals = sumPoints(points);
        totals.BounceRate = bounceRate(totals);
        for (const a of accounts) a[ANNOTATION] = totals;
        return accounts;
      },
    };
  },
});
