/** What `c7n-ts org run` does; its options and help are declared in commands/org-run.ts. */
import { access } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { fixedClock, writeFileAtomic } from '@c7n-ts/core';
import { type LoadFlags, loadOrExit } from '../load.js';
import type { OrgAccount } from '../org/accounts.js';
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
import { sortCells, summaryJson, summaryTable } from '../org/summary.js';
import { type Cell, type OrgSettings, runCell } from '../org/worker.js';
import { outputFileOrExit } from '../paths.js';
import { select } from './run.js';

interface Flags extends LoadFlags, OrgFlags {
  output: string;
  outputDir: string;
  policyFilter: string[];
  resource: string[];
  dryrun?: boolean;
  archive?: string;
  /** `--fanout [name]`: run on the Step Functions fan-out (actions/org-fanout-run.ts). */
  fanout?: string | true;
  fanoutRegion?: string;
  flightLog?: string;
}

const ORG_V8_FLAGS = '--heap-growing-percent=10';
/** Where a command notes the V8 flags it set at run time, for the bundle's code caches. */
const V8_FLAGS = Symbol.for('c7n-ts.v8-flags');

export default async function orgRun(files: string[], flags: Flags) {
  // Before the local checks: the fan-out writes s3:// output, which a local run refuses.
  if (flags.fanout)
    return (await import('./org-fanout-run.js')).default(files, { ...flags, fanout: flags.fanout });
  // Hundreds of account x regions, each a small run whose data is garbage once its counts are
  // kept: V8's default heap growth let the heap reach four times what stays live (35 MB) between
  // collections, so peak memory crept up with the number of accounts. Growing it by a tenth keeps
  // peak memory flat (bench/org.mjs) for the same CPU. A code cache V8 checks after this is
  // checked against the flag too: the bundle keeps such caches apart (bin/run-bundle.js reads
  // V8_FLAGS), so `org run` and `run` do not reject and rewrite each other's.
  setFlagsFromString(ORG_V8_FLAGS);
  (process as unknown as Record<symbol, string>)[V8_FLAGS] = ORG_V8_FLAGS;
  const accounts = await selectedAccountsOrExit(flags);
  const { policies } = await loadOrExit(files, flags);
  const selected = select(policies, flags);
  if (selected.length === 0) invalid('no policy matches the -p/--resource selection');
  const policiesFor = await policiesPerVars(files, flags, accounts);
  const selectedNames = new Set(selected.map((p) => p.name));

  try {
    fixedClock(process.env); // the tests' clock (C7N_TS_NOW), read again by the engine
  } catch (err) {
    invalid((err as Error).message);
  }
  if (flags.archive)
    await access(flags.archive).catch(() => invalid(`--archive ${flags.archive}: no such file`));
  const s3 = flags.outputDir.startsWith('s3://');
  if (flags.flightLog) {
    if (!s3 || !(flags.replay || flags.record))
      invalid(
        '--flight-log needs -s s3://... and --replay or --record (a local OUT gets OUT/<account-name>/<region>/flight-log.json)',
      );
    await outputFileOrExit(flags.flightLog, '--flight-log');
  }
  const logs = flags.flightLog ? flightLogs(accounts) : undefined;
  const settings: OrgSettings = {
    ...(await accessOrExit(flags, { s3: true })),
    ...(logs && { onCalls: logs.add }),
    outputDir: flags.outputDir,
    dryrun: Boolean(flags.dryrun),
    templateDirs: flags.templateDir,
    cliVars: varsOf(flags.var ?? []),
    policiesFor: (a) => policiesFor(a).filter((p) => selectedNames.has(p.name)),
    archive: flags.archive,
  };

  const cells = await forEachAccountRegion(
    accounts,
    flags,
    settings,
    'org run',
    (account, region) => runCell(account, region, settings),
    (cell): Cell => ({ ...cell, policies: [] }),
  );
  if (flags.flightLog && logs) await writeFileAtomic(flags.flightLog, logs.json());
  const names = selected.map((p) => p.name);
  if (flags.output === 'json')
    process.stdout.write(`${JSON.stringify(summaryJson(cells, names), null, 2)}\n`);
  else {
    process.stdout.write(`${summaryTable(cells, names)}\n`);
    reportErrors(cells);
    for (const c of cells)
      for (const p of c.policies)
        if (p.deploy?.error)
          process.stderr.write(
            `${c.account} (${c.accountId}) ${c.region}: ${p.policy}: not deployed: ${p.deploy.error}\n`,
          );
  }
  exitFor(cells);
}

/**
 * `--flight-log FILE` of an S3 output: the calls of every account×region (each entry with its
 * `account` and `region`), in the summary's order whatever order they finished in.
 */
function flightLogs(accounts: readonly OrgAccount[]) {
  const cells: { account: string; accountId: string; region: string; status: 'ok'; calls: unknown[] }[] = [];
  return {
    add(account: string, region: string, log: string) {
      const calls = (JSON.parse(log) as object[]).map((c) => ({ account, region, ...c }));
      cells.push({ account, accountId: '', region, status: 'ok', calls });
    },
    json: () =>
      `${JSON.stringify(
        sortCells(
          cells,
          accounts.map((a) => a.name),
        ).flatMap((c) => c.calls),
        null,
        2,
      )}\n`,
  };
}
