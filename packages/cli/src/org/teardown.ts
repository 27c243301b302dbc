/**
 * One account×region of `org remove` and `org prune`: what `remove` and `prune` do in one
 * region, with the account's role, keeping each removal's result for the summary.
 */
import { type Deployed, listDeployed, prunable, type RemoveResult, removeDeployed } from '@c7n-ts/aws';
import type { LoadedPolicy } from '@c7n-ts/core';
import { targetOf } from '../actions/remove.js';
import type { OrgAccount } from './accounts.js';
import { type CellBase, type CellContext, inAccountRegion, type OrgAccess } from './cell.js';
import { formatTable, statusOf } from './summary.js';

export interface RemoveCell extends CellBase {
  removals: RemoveResult[];
}

export interface PruneCell extends CellBase {
  /** Deployments of policies that are not in the files. */
  stale: Deployed[];
  /** With --yes: what removing each did. */
  removals: RemoveResult[];
}

const blank = (account: OrgAccount, region: string): CellBase => ({
  account: account.name,
  accountId: account.accountId,
  region,
  status: 'ok',
});

const envOf = ({ provider, region, account }: CellContext) => ({
  send: provider.send,
  region,
  accountId: account.accountId,
});

/** Removes the deployments of `policies` (each account's own, with its vars) in one account×region. */
export async function removeCell(
  account: OrgAccount,
  region: string,
  s: OrgAccess & { policiesFor(a: OrgAccount): LoadedPolicy[]; vars(a: OrgAccount): Record<string, string> },
): Promise<RemoveCell> {
  const cell: RemoveCell = { ...blank(account, region), removals: [] };
  return inAccountRegion(cell, account, s, async (ctx) => {
    ctx.stage = 'remove';
    for (const policy of s.policiesFor(account)) {
      const target = targetOf(policy, account.accountId, region, s.vars(account));
      cell.removals.push(await removeDeployed(target, envOf(ctx)));
    }
    if (cell.removals.some((r) => r.error)) cell.status = 'failed';
  });
}

/** Lists (and with `yes` removes) the deployments of policies not in `keep` in one account×region. */
export async function pruneCell(
  account: OrgAccount,
  region: string,
  s: OrgAccess & { keep(a: OrgAccount): string[]; yes: boolean },
): Promise<PruneCell> {
  const cell: PruneCell = { ...blank(account, region), stale: [], removals: [] };
  return inAccountRegion(cell, account, s, async (ctx) => {
    ctx.stage = 'list';
    cell.stale = prunable(await listDeployed(envOf(ctx)), s.keep(account));
    if (!s.yes) return;
    ctx.stage = 'remove';
    for (const d of cell.stale) cell.removals.push(await removeDeployed(d, envOf(ctx)));
    if (cell.removals.some((r) => r.error)) cell.status = 'failed';
  });
}

/** A removal as one table cell: removed, gone (nothing was there), left alone, or FAIL. */
function removalText(r: RemoveResult | undefined): string {
  if (!r) return '-';
  if (r.error) return 'FAIL';
  if (r.removed.length) return 'removed';
  if (r.warnings.length) return 'left alone';
  return 'gone';
}

/** `org remove`: a row per account×region, a column per policy. */
export function removeTable(cells: readonly RemoveCell[], policies: readonly string[]): string {
  const rows = cells.map((c) => {
    const byPolicy = new Map(c.removals.map((r) => [r.policy, r]));
    return [
      c.account,
      c.accountId,
      c.region,
      ...policies.map((p) => (c.error ? '-' : removalText(byPolicy.get(p)))),
      statusOf(c),
    ];
  });
  const failed = cells.filter((c) => c.status !== 'ok').length;
  rows.push([
    'total',
    '',
    `${cells.length} done`,
    ...policies.map(
      (p) =>
        `${cells.filter((c) => c.removals.some((r) => r.policy === p && r.removed.length)).length} removed`,
    ),
    failed ? `${failed} failed` : 'ok',
  ]);
  return formatTable(['account', 'account_id', 'region', ...policies, 'status'], rows);
}

/** `org prune`: a row per account×region with the policies not in the files (removed, with --yes). */
export function pruneTable(cells: readonly PruneCell[], yes: boolean): string {
  const rows = cells.map((c) => {
    const names = c.stale.map((d) => {
      const r = c.removals.find((x) => x.policy === d.policy);
      return r?.error ? `${d.policy} (FAIL)` : d.policy;
    });
    return [c.account, c.accountId, c.region, c.error ? '-' : names.join(', ') || 'none', statusOf(c)];
  });
  const stale = cells.reduce((n, c) => n + c.stale.length, 0);
  const failed = cells.filter((c) => c.status !== 'ok').length;
  rows.push(['total', '', `${cells.length} done`, String(stale), failed ? `${failed} failed` : 'ok']);
  return formatTable(
    ['account', 'account_id', 'region', yes ? 'removed' : 'not in the files', 'status'],
    rows,
  );
}

/** `c7n-ts: ACCOUNT REGION POLICY: warning` for what was left alone, and each removal's error. */
export function reportRemovals(cells: readonly (RemoveCell | PruneCell)[]): void {
  for (const c of cells)
    for (const r of c.removals) {
      const where = `${c.account} (${c.accountId}) ${c.region}: ${r.policy}`;
      for (const w of r.warnings) process.stderr.write(`c7n-ts: ${where}: ${w}\n`);
      if (r.error) process.stderr.write(`${where}: remove failed: ${r.error}\n`);
    }
}
