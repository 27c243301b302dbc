/**
 * `max-resources` / `max-resources-percent`, read as Cloud Custodian reads them
 * (c7n.query.MaxResourceLimit):
 *
 * - `max-resources: N`, or `max-resources: {amount, percent, op}`; `max-resources-percent: P`
 *   sets the percent (and wins over `max-resources.percent`).
 * - The percent limit is `population * P / 100`, the population being every resource fetched
 *   before filtering. A limit is exceeded when strictly more resources matched.
 * - `op: or` (the default): exceeding either limit stops the actions. `op: and`: only
 *   exceeding both does, and with `and` a lone limit is not enforced, as in Cloud Custodian.
 * - A zero amount, a zero percent, or a percent of an empty population sets no limit
 *   (Cloud Custodian tests them for truth; its schema asks for at least 1 anyway).
 */
export interface ResourceLimits {
  amount?: number;
  percent?: number;
  op: 'or' | 'and' | string;
}

export function resourceLimitsOf(data: Record<string, unknown>): ResourceLimits {
  const max = data['max-resources'];
  const limits: ResourceLimits = { op: 'or' };
  if (typeof max === 'number') limits.amount = max;
  else if (max && typeof max === 'object') {
    const m = max as { amount?: unknown; percent?: unknown; op?: unknown };
    if (typeof m.amount === 'number') limits.amount = m.amount;
    if (typeof m.percent === 'number') limits.percent = m.percent;
    if (typeof m.op === 'string') limits.op = m.op.toLowerCase();
  }
  const percent = data['max-resources-percent'];
  if (typeof percent === 'number') limits.percent = percent;
  return limits;
}

/** The error message when `selected` of `population` resources exceed the policy's limits. */
export function checkResourceLimits(
  data: Record<string, unknown>,
  population: number,
  selected: number,
): string | undefined {
  const { amount, percent, op } = resourceLimitsOf(data);
  const percentAmount = percent ? population * (percent / 100) : 0;
  const overAmount = Boolean(amount) && selected > amount!;
  const overPercent = Boolean(percentAmount) && selected > percentAmount;
  const describePercent = `max-resources-percent ${percent}% of ${population} (${round(percentAmount)})`;
  let limit: string | undefined;
  if (op === 'and') {
    if (overAmount && overPercent) limit = `max-resources ${amount} and ${describePercent}`;
  } else if (overAmount) limit = `max-resources ${amount}`;
  else if (overPercent) limit = describePercent;
  if (!limit) return undefined;
  return `${selected} resources matched, over the limit (${limit}); no action was taken`;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
