/** SES send statistics (GetSendStatistics: two weeks of 15-minute data points) summed as c7n does. */
import type { EvalContext } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

export interface SendDataPoint {
  Timestamp?: Date;
  DeliveryAttempts?: number;
  Bounces?: number;
  Complaints?: number;
  Rejects?: number;
}

export interface SendTotals {
  DeliveryAttempts: number;
  Bounces: number;
  Complaints: number;
  Rejects: number;
  BounceRate?: number;
}

export async function sendDataPoints(ectx: EvalContext): Promise<SendDataPoint[]> {
  const p = providerOf(ectx);
  const out = await p.send('ses', 'GetSendStatistics', {}, regionOf(ectx, p));
  return (out.SendDataPoints as SendDataPoint[] | undefined) ?? [];
}

export function sumPoints(points: readonly SendDataPoint[]): SendTotals {
  const t: SendTotals = { DeliveryAttempts: 0, Bounces: 0, Complaints: 0, Rejects: 0 };
  for (const d of points) {
    t.DeliveryAttempts += d.DeliveryAttempts ?? 0;
    t.Bounces += d.Bounces ?? 0;
    t.Complaints += d.Complaints ?? 0;
    t.Rejects += d.Rejects ?? 0;
  }
  return t;
}

/**
 * Bounces per delivery attempt in percent, rounded as Python's `round` (half to even), as c7n.
 * c7n divides by zero without attempts; here that rate is 0.
 */
export function bounceRate(t: SendTotals): number {
  if (!t.DeliveryAttempts) return 0;
  const x = (t.Bounces / t.DeliveryAttempts) * 100;
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest !== 0.5) return rest < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
