/** What `c7n-ts org remove` does; its options and help are declared in commands/org-remove.ts. */
import type { LoadFlags } from '../load.js';
import { getRegistry, loadOrExit } from '../load.js';
import {
  accessOrExit,
  exitFor,
  forEachAccountRegion,
  invalid,
  type OrgFlags,
  policiesPerVars,
  reportErrors,
  selectedAccountsOrExit,
  varsOf,
} from '../org/command.js';
import { type RemoveCell, removeCell, removeTable, reportRemovals } from '../org/teardown.js';
import { isDeployed } from './deploy.js';
import { select } from './run.js';

interface Flags extends LoadFlags, OrgFlags {
  output: string;
  policyFilter: string[];
}

export default async function orgRemove(files: string[], flags: Flags) {
  const accounts = await selectedAccountsOrExit(flags);
  const { policies } = await loadOrExit(files, flags);
  const selected = select(policies, flags).filter((p) => isDeployed(p, getRegistry(), false));
  if (selected.length === 0) invalid('no Lambda-mode policy matches the selection; nothing to remove');
  const policiesFor = await policiesPerVars(files, flags, accounts);
  const names = selected.map((p) => p.name);
  const cliVars = varsOf(flags.var ?? []);
  const access = await accessOrExit(flags);
  const settings = {
    ...access,
    policiesFor: (a: (typeof accounts)[number]) => policiesFor(a).filter((p) => names.includes(p.name)),
    vars: (a: (typeof accounts)[number]) => ({ ...a.vars, ...cliVars }),
  };
  const cells = await forEachAccountRegion(
    accounts,
    flags,
    access,
    'org remove',
    (account, region) => removeCell(account, region, settings),
    (cell): RemoveCell => ({ ...cell, removals: [] }),
  );
  if (flags.output === 'json') {
    const accountsJson = cells.map((c) => ({
      account: c.account,
      account_id: c.accountId,
      region: c.region,
      status: c.status,
      ...(c.error && { error: c.error }),
      removals: c.removals,
    }));
    const failed = cells.filter((c) => c.status !== 'ok').length;
    process.stdout.write(`${JSON.stringify({ accounts: accountsJson, failed }, null, 2)}\n`);
  } else {
    process.stdout.write(`${removeTable(cells, names)}\n`);
    reportRemovals(cells);
    reportErrors(cells);
  }
  exitFor(cells);
}
