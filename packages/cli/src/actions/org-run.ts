/** What `c7n-ts org run` does; its options and help are declared in commands/org-run.ts. */
import { join } from 'node:path';
import { type AwsClients, createClients } from '@c7n-ts/aws';
import { fixedClock, formatDiagnostic, type LoadedPolicy } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, hasErrors, type LoadFlags, loadFiles, loadOrExit } from '../load.js';
import { type OrgAccount, readAccountsFile, regionsOf, selectAccounts } from '../org/accounts.js';
import { pool, sortCells, summaryJson, summaryTable } from '../org/summary.js';
import { accountRegions, type Cell, codeOf, type OrgSettings, runCell, writeError } from '../org/worker.js';
import { inputDirOrExit, outputDirOrExit, recordDirOrExit } from '../paths.js';
import { isDeployed } from './deploy.js';
import { select } from './run.js';

interface Flags extends LoadFlags {
  config: string;
  outputDir: string;
  accounts: string[];
  notAccounts: string[];
  tags: string[];
  region: string[];
  policyFilter: string[];
  resource: string[];
  dryrun?: boolean;
  concurrency: number;
  maxAttempts: number;
  profile?: string;
  replay?: string;
  record?: string;
  output: string;
}

function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

export default async function orgRun(files: string[], flags: Flags) {
  if (flags.output !== 'text' && flags.output !== 'json') invalid(`-o ${flags.output}: use text or json`);
  const file = await readAccountsFile(flags.config);
  for (const d of file.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (hasErrors(file.diagnostics)) throw new Exit(EXIT_INVALID);
  const { accounts, unknown } = selectAccounts(file.accounts, {
    accounts: flags.accounts,
    notAccounts: flags.notAccounts,
    tags: flags.tags,
  });
  for (const u of unknown)
    process.stderr.write(
      `c7n-ts: ${u.flag} ${u.value}: no account of that name or id in ${flags.config}${u.hint ? `; did you mean "${u.hint}"?` : ''}\n`,
    );
  if (unknown.length) throw new Exit(EXIT_INVALID);
  if (accounts.length === 0)
    invalid(`no account in ${flags.config} matches the -a/--not-accounts/--tags selection`);

  const { policies } = await loadOrExit(files, flags);
  const selected = select(policies, flags);
  if (selected.length === 0) invalid('no policy matches the -p/--resource selection');
  const lambda = selected.filter((p) => isDeployed(p, getRegistry(), Boolean(flags.dryrun)));
  if (lambda.length)
    invalid(
      `policy ${lambda.map((p) => p.name).join(', ')}: Lambda modes are not supported yet in org run ` +
        '(deploy them per account with `c7n-ts run --assume-role`, or evaluate them here with --dryrun)',
    );
  const policiesFor = await policiesPerVars(files, flags, accounts);
  const selectedNames = new Set(selected.map((p) => p.name));

  try {
    fixedClock(process.env); // the tests' clock (C7N_TS_NOW), read again by the engine
  } catch (err) {
    invalid((err as Error).message);
  }
  if (flags.outputDir.startsWith('s3://'))
    invalid(`-s ${flags.outputDir}: org run writes to a local directory only (not supported yet)`);
  await outputDirOrExit(flags.outputDir);
  if (flags.replay) await inputDirOrExit(flags.replay, '--replay');
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.replay && flags.record) invalid('--replay and --record cannot be used together');

  const json = flags.output === 'json';
  const caller: AwsClients | undefined =
    flags.replay || flags.record
      ? undefined
      : createClients({
          regions: [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'],
          profile: flags.profile,
          maxAttempts: flags.maxAttempts,
        });
  const settings: OrgSettings = {
    outputDir: flags.outputDir,
    dryrun: Boolean(flags.dryrun),
    maxAttempts: flags.maxAttempts,
    replay: flags.replay,
    record: flags.record,
    profile: flags.profile,
    caller,
    templateDirs: flags.templateDir,
    cliVars: varsOf(flags.var ?? []),
    policiesFor: (a) => policiesFor(a).filter((p) => selectedNames.has(p.name)),
  };

  const progress = json ? undefined : progressLine(process.stderr);
  const cells: Cell[] = [];
  // `-r all`: each account's own enabled regions, asked in that account first.
  const jobs: { account: OrgAccount; region: string }[] = [];
  const expanded = await pool(accounts, flags.concurrency, async (account) => {
    const regions = regionsOf(account, flags.region);
    if (!regions.includes('all')) return regions;
    try {
      return [
        ...new Set([...regions.filter((r) => r !== 'all'), ...(await accountRegions(account, settings))]),
      ];
    } catch (err) {
      const cell: Cell = {
        account: account.name,
        accountId: account.accountId,
        region: 'all',
        status: 'error',
        error: { stage: 'describe-regions', code: codeOf(err), message: (err as Error).message },
        policies: [],
      };
      await writeError(join(flags.outputDir, account.name), cell);
      cells.push(cell);
      return [];
    }
  });
  accounts.forEach((account, i) => {
    for (const region of expanded[i] ?? []) jobs.push({ account, region });
  });
  let done = 0;
  await pool(jobs, flags.concurrency, async ({ account, region }) => {
    const cell = await runCell(account, region, settings);
    cells.push(cell);
    done++;
    progress?.(done, jobs.length, cells.filter((c) => c.status !== 'ok').length);
  });
  caller?.destroy();
  if (progress) process.stderr.write('\r\x1b[K');

  const sorted = sortCells(
    cells,
    accounts.map((a) => a.name),
  );
  const names = selected.map((p) => p.name);
  if (json) process.stdout.write(`${JSON.stringify(summaryJson(sorted, names), null, 2)}\n`);
  else {
    process.stdout.write(`${summaryTable(sorted, names)}\n`);
    for (const c of sorted)
      if (c.error)
        process.stderr.write(
          `${c.account} (${c.accountId}) ${c.region}: ${c.error.stage} failed: ${c.error.code}: ${c.error.message}\n`,
        );
  }
  throw new Exit(sorted.some((c) => c.status !== 'ok') ? EXIT_FAILURE : EXIT_OK);
}

/** `--var` flags as a map (already checked by the loader). */
function varsOf(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(0, eq).trim()] = a.slice(eq + 1);
  }
  return out;
}

/**
 * The policies as each account's vars make them: loaded (and validated) once per distinct set
 * of vars, before anything runs, so a var that breaks a policy in one account is invalid input
 * rather than a failure found halfway through the organisation.
 */
async function policiesPerVars(
  files: string[],
  flags: Flags,
  accounts: readonly OrgAccount[],
): Promise<(a: OrgAccount) => LoadedPolicy[]> {
  const byKey = new Map<string, LoadedPolicy[]>();
  const keyOf = (a: OrgAccount) => {
    const own = Object.entries(a.vars)
      .filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
      .map(([k, v]) => `${k}=${v}`);
    return [...own, ...(flags.var ?? [])];
  };
  let bad = false;
  for (const a of accounts) {
    const vars = keyOf(a);
    const key = JSON.stringify(vars);
    if (byKey.has(key)) continue;
    const loaded = await loadFiles(files, { ...flags, var: vars });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      bad = true;
      process.stderr.write(`with the vars of account ${a.name} (${flags.config}):\n`);
      for (const d of errors) process.stderr.write(`  ${formatDiagnostic(d)}\n`);
    }
    byKey.set(key, loaded.policies);
  }
  if (bad) throw new Exit(EXIT_INVALID);
  return (a) => byKey.get(JSON.stringify(keyOf(a))) ?? [];
}

/** "org run: 12/40 account×regions done, 1 failed" rewritten in place on a terminal's stderr. */
function progressLine(
  stream: NodeJS.WriteStream,
): ((done: number, total: number, failed: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (done, total, failed) =>
    stream.write(
      `\r\x1b[Korg run: ${done}/${total} account×regions done${failed ? `, ${failed} failed` : ''}`,
    );
}
