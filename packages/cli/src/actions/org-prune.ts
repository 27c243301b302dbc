/** What `c7n-ts org prune` does; its options and help are declared in commands/org-prune.ts. */
import { type LoadFlags, loadOrExit } from '../load.js';
import {
  accessOrExit,
  exitFor,
  forEachAccountRegion,
  invalid,
  type OrgFlags,
  policiesPerVars,
  reportErrors,
  selectedAccountsOrExit,
} from '../org/command.js';
import { type PruneCell, pruneCell, pruneTable, reportRemovals } from '../org/teardown.js';
import { describe } from './prune.js';

interface Flags extends LoadFlags, OrgFlags {
  output: string;
  yes?: boolean;
  dryrun?: boolean;
}

export default async function orgPrune(files: string[], flags: Flags) {
  if (flags.yes && flags.dryrun) invalid('--yes and --dryrun cannot be used together');
  const accounts = await selectedAccountsOrExit(flags);
  // Files that do not load stop the command: their policies would look deleted.
  await loadOrExit(files, flags);
  const policiesFor = await policiesPerVars(files, flags, accounts);
  const access = await accessOrExit(flags);
  const yes = Boolean(flags.yes);
  const settings = {
    ...access,
    yes,
    keep: (a: (typeof accounts)[number]) => policiesFor(a).map((p) => p.name),
  };
  const cells = await forEachAccountRegion(
    accounts,
    flags,
    access,
    'org prune',
    (account, region) => pruneCell(account, region, settings),
    (cell): PruneCell => ({ ...cell, stale: [], removals: [] }),
  );
  if (flags.output === 'json') {
    const accountsJson = cells.map((c) => ({
      account: c.account,
      account_id: c.accountId,
      region: c.region,
      status: c.status,
      ...(c.error && { error: c.error }),
      stale: c.stale,
      ...(yes && { removals: c.removals }),
    }));
    const failed = cells.filter((c) => c.status !== 'ok').length;
    process.stdout.write(`${JSON.stringify({ accounts: accountsJson, failed }, null, 2)}\n`);
  } else {
    process.stdout.write(`${pruneTable(cells, yes)}\n`);
    const stale = cells.reduce((n, c) => n + c.stale.length, 0);
    if (stale && !yes) {
      process.stdout.write('\n');
      for (const c of cells)
        for (const d of c.stale)
          process.stdout.write(`${c.account}  ${c.region}  ${d.policy}  ${describe(d)}\n`);
      process.stdout.write(
        `${stale} policy deployment(s) are not in the files; run again with --yes to remove them\n`,
      );
    }
    reportRemovals(cells);
    reportErrors(cells);
  }
  exitFor(cells);
}
