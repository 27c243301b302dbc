/**
 * `max-resources` / `max-resources-percent`, as Cloud Custodian reads them: an amount, a
 * percentage of the resources fetched, or both joined by `op` (`or` by default: exceeding
 * either stops the actions; `and`: only exceeding both does).
 */
export function checkResourceLimits(
  data: Record<string, unknown>,
  population: number,
  selected: number,
): string | undefined {
  const max = data['max-resources'];
  let amount: number | undefined;
  let percent: number | undefined;
  let op = 'or';
  if (typeof max === 'number') amount = max;
  else if (max && typeof max === 'object') {
    const m = max as { amount?: number; percent?: number; op?: string };
    amount = m.amount;
    percent = m.percent;
    op = (m.op ?? 'or').toLowerCase();
  }
  if (typeof data['max-resources-percent'] === 'number') percent = data['max-resources-percent'];
  const percentAmount = percent !== undefined ? population * (percent / 100) : undefined;
  const overAmount = amount !== undefined && selected > amount;
  const overPercent = percentAmount !== undefined && selected > percentAmount;
  const exceeded =
    op === 'and' && amount !== undefined && percentAmount !== undefined
      ? overAmount && overPercent
      : overAmount || overPercent;
  if (!exceeded) return undefined;
  const limits = [
    amount !== undefined ? `max-resources ${amount}` : undefined,
    percent !== undefined
      ? `max-resources-percent ${percent}% of ${population} (${percentAmount})`
      : undefined,
  ]
    .filter(Boolean)
    .join(` ${op} `);
  return `${selected} resources matched, over the limit (${limits}); no action was taken`;
}
