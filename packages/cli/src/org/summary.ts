/**
 * The end of the org commands: a table of account×region rows (for `org run`, a column per
 * policy: matched count, `deployed`, FAIL, or `-` when the whole row could not run), or the
 * same as JSON; and the bounded pool they run in.
 */
import type { CellBase } from './cell.js';
import type { Cell } from './worker.js';

/** Bounded pool: `size` workers take the next item until none is left; results in item order. */
export async function pool<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  return out;
}

/** Cells sorted by account (as listed in accounts.yml) then region, whatever order they finished in. */
export function sortCells<C extends CellBase>(cells: C[], accountOrder: readonly string[]): C[] {
  const rank = new Map(accountOrder.map((a, i) => [a, i]));
  return [...cells].sort(
    (a, b) => (rank.get(a.account) ?? 0) - (rank.get(b.account) ?? 0) || a.region.localeCompare(b.region),
  );
}

/** The `status` column: ok, failed, or the stage and code that stopped the row. */
export function statusOf(c: CellBase): string {
  return c.error ? `error: ${c.error.stage} ${c.error.code}` : c.status;
}

/** Columns padded to their widest value, two spaces apart, a rule under the header. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function summaryTable(cells: readonly Cell[], policies: readonly string[]): string {
  const header = ['account', 'account_id', 'region', ...policies, 'status'];
  const rows = cells.map((c) => {
    const byPolicy = new Map(c.policies.map((p) => [p.policy, p]));
    const counts = policies.map((name) => {
      if (c.error) return '-';
      const p = byPolicy.get(name);
      if (!p) return '-';
      if (p.status === 'failed') return 'FAIL';
      if (p.deploy) return 'deployed';
      return p.actionFailures ? `${p.matched} (${p.actionFailures} failed)` : String(p.matched);
    });
    return [c.account, c.accountId, c.region, ...counts, statusOf(c)];
  });
  const totals = policies.map((name) => {
    const deployed = deployedCount(cells, name);
    return deployed ? `${deployed} deployed` : String(matchedTotal(cells, name));
  });
  const failed = cells.filter((c) => c.status !== 'ok').length;
  rows.push(['total', '', `${cells.length} run`, ...totals, failed ? `${failed} failed` : 'ok']);
  return formatTable(header, rows);
}

const matchedTotal = (cells: readonly Cell[], name: string) =>
  cells.reduce((n, c) => n + (c.policies.find((p) => p.policy === name)?.matched ?? 0), 0);

/** Account×regions where the policy's Lambda deployment went through. */
const deployedCount = (cells: readonly Cell[], name: string) =>
  cells.filter((c) => c.policies.some((p) => p.policy === name && p.deploy && p.status !== 'failed')).length;

export function summaryJson(cells: readonly Cell[], policies: readonly string[]) {
  return {
    accounts: cells.map((c) => ({
      account: c.account,
      account_id: c.accountId,
      region: c.region,
      status: c.status,
      ...(c.error && { error: c.error }),
      policies: c.policies,
    })),
    totals: Object.fromEntries(policies.map((name) => [name, matchedTotal(cells, name)])),
    // Lambda-mode policies: in how many account×regions each was deployed.
    ...(cells.some((c) => c.policies.some((p) => p.deploy)) && {
      deployed: Object.fromEntries(
        policies
          .filter((name) => cells.some((c) => c.policies.some((p) => p.policy === name && p.deploy)))
          .map((name) => [name, deployedCount(cells, name)]),
      ),
    }),
    failed: cells.filter((c) => c.status !== 'ok').length,
  };
}
