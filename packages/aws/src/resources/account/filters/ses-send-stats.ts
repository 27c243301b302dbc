import { defineFilter } from '@c7n-ts/core';
import { bounceRate, type SendDataPoint, sendDataPoints, sumPoints } from './_ses-stats.js';

const STATS = 'c7n:ses-send-stats';
const MAX_BOUNCE = 'c7n:ses-max-bounce-rate';
const DAY_MS = 86_400_000;

export default defineFilter({
  type: 'ses-send-stats',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['days'],
    properties: {
      days: {
        type: 'number',
        minimum: 2,
        description: 'How many whole days before today (UTC) to sum, one total per day; today is left out.',
      },
    },
  } as const,
  permissions: ['ses:GetSendStatistics'],
  doc: {
    summary:
      "Accounts with SES sending activity, annotated with the region's send statistics (GetSendStatistics) summed per UTC day over the last `days` days before today (`c7n:ses-send-stats`: DeliveryAttempts, Bounces, Complaints, Rejects, BounceRate in percent, Date) and the highest daily bounce rate (`c7n:ses-max-bounce-rate`). Without any data point nothing matches.",
    example: [
      '- type: ses-send-stats',
      '  days: 5',
      '- type: value',
      '  key: \'"c7n:ses-max-bounce-rate"\'',
      '  op: ge',
      '  value: 10',
    ].join('\n'),
  },
  reads: () => [STATS, MAX_BOUNCE],
  compile(opts) {
    const days = Math.floor(opts.days);
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const expected = new Set<string>();
        for (let d = 1; d <= days; d++) expected.add(dateOf(ectx.now - d * DAY_MS));
        const points = await sendDataPoints(ectx);
        if (!points.length) return [];
        // Days in the order their first data point comes, as c7n's dict.
        const byDay = new Map<string, SendDataPoint[]>();
        for (const point of points) {
          if (!point.Timestamp) continue;
          const day = dateOf(point.Timestamp.getTime());
          if (expected.has(day)) byDay.set(day, [...(byDay.get(day) ?? []), point]);
        }
        let max = 0;
        const stats = [...byDay].map(([day, dayPoints]) => {
          const totals = sumPoints(dayPoints);
          const rate = bounceRate(totals);
          max = Math.max(max, rate);
          return { ...totals, BounceRate: rate, Date: day };
        });
        for (const a of accounts) {
          a[STATS] = stats;
          a[MAX_BOUNCE] = max;
        }
        return accounts;
      },
    };
  },
});

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
