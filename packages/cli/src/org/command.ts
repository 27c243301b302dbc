/**
 * What `org run`, `org remove` and `org prune` share around their per-account×region work:
 * reading accounts.yml and the -a/--not-accounts/--tags selection (bad input exits 2 before
 * anything runs), the caller's clients, `-r all`, the bounded pool with its progress line, the
 * failure lines on stderr and the exit code.
 */
import { type AwsClients, createClients, parseS3Url, type S3Location, varsList } from '@c7n-ts/aws';
import { dataObject, formatDiagnostic, type LoadedPolicy } from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { hasErrors, type LoadFlags, loadFiles } from '../load.js';
import { inputDirOrExit, outputDirOrExit, recordDirOrExit } from '../paths.js';
import { type OrgAccount, readAccountsFile, regionsOf, selectAccounts } from './accounts.js';
import { accountRegions, type CellBase, codeOf, type OrgAccess, writeAccountError } from './cell.js';
import { pool, sortCells } from './summary.js';

/** The flags every org command takes to choose and reach accounts. */
export interface OrgFlags {
  config: string;
  outputDir?: string;
  accounts: string[];
  notAccounts: string[];
  tags: string[];
  region: string[];
  concurrency: number;
  maxAttempts: number;
  profile?: string;
  replay?: string;
  record?: string;
  output: string;
}

export function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

/** The accounts the flags select; exits 2 on a bad accounts.yml or a selection naming nothing. */
export async function selectedAccountsOrExit(flags: OrgFlags): Promise<OrgAccount[]> {
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
  return accounts;
}

/**
 * Checks -s, --replay and --record (exit 2), and opens the caller's clients when live. `s3`: the
 * command can write OUT to s3://bucket/prefix (org run); the others refuse it.
 */
export async function accessOrExit(flags: OrgFlags, { s3 = false } = {}): Promise<OrgAccess> {
  let s3Output: S3Location | undefined;
  if (flags.outputDir?.startsWith('s3://')) {
    if (!s3)
      invalid(`-s ${flags.outputDir}: this command writes to a local directory only (not supported yet)`);
    s3Output = parseS3Url(flags.outputDir);
    if (!s3Output) invalid(`-s ${flags.outputDir}: expected s3://bucket/prefix`);
  } else if (flags.outputDir !== undefined) await outputDirOrExit(flags.outputDir);
  if (flags.replay) await inputDirOrExit(flags.replay, '--replay');
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.replay && flags.record) invalid('--replay and --record cannot be used together');
  const caller: AwsClients | undefined =
    flags.replay || flags.record
      ? undefined
      : createClients({
          regions: [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'],
          profile: flags.profile,
          maxAttempts: flags.maxAttempts,
        });
  return {
    outputDir: flags.outputDir,
    ...(s3Output && { s3Output }),
    maxAttempts: flags.maxAttempts,
    replay: flags.replay,
    record: flags.record,
    profile: flags.profile,
    caller,
  };
}

/**
 * Runs `work` in every selected account×region, at most --concurrency at once, and returns the
 * cells sorted by account (as listed) and region. With `-r all` each account's regions are asked
 * in that account first; an account whose regions cannot be listed is one cell in region `all`,
 * made by `failed`.
 */
export async function forEachAccountRegion<C extends CellBase>(
  accounts: readonly OrgAccount[],
  flags: OrgFlags,
  access: OrgAccess,
  verb: string,
  work: (account: OrgAccount, region: string) => Promise<C>,
  failed: (cell: CellBase) => C,
): Promise<C[]> {
  const progress = flags.output === 'json' ? undefined : progressLine(process.stderr, verb);
  const cells: C[] = [];
  const jobs: { account: OrgAccount; region: string }[] = [];
  const expanded = await pool(accounts, flags.concurrency, async (account) => {
    const regions = regionsOf(account, flags.region);
    if (!regions.includes('all')) return regions;
    try {
      return [
        ...new Set([...regions.filter((r) => r !== 'all'), ...(await accountRegions(account, access))]),
      ];
    } catch (err) {
      const cell = failed({
        account: account.name,
        accountId: account.accountId,
        region: 'all',
        status: 'error',
        error: { stage: 'describe-regions', code: codeOf(err), message: (err as Error).message },
      });
      await writeAccountError(account, access, cell);
      cells.push(cell);
      return [];
    }
  });
  accounts.forEach((account, i) => {
    for (const region of expanded[i] ?? []) jobs.push({ account, region });
  });
  let done = 0;
  await pool(jobs, flags.concurrency, async ({ account, region }) => {
    cells.push(await work(account, region));
    done++;
    progress?.(done, jobs.length, cells.filter((c) => c.status !== 'ok').length);
  });
  access.caller?.destroy();
  if (progress) process.stderr.write('\r\x1b[K');
  return sortCells(
    cells,
    accounts.map((a) => a.name),
  );
}

/** One stderr line per account×region that could not be opened or worked in. */
export function reportErrors(cells: readonly CellBase[]): void {
  for (const c of cells)
    if (c.error)
      process.stderr.write(
        `${c.account} (${c.accountId}) ${c.region}: ${c.error.stage} failed: ${c.error.code}: ${c.error.message}\n`,
      );
}

/** 0 when every account×region went well, else 1. */
export function exitFor(cells: readonly CellBase[]): never {
  throw new Exit(cells.some((c) => c.status !== 'ok') ? EXIT_FAILURE : EXIT_OK);
}

/** `--var` flags as a map (already checked by the loader). */
export function varsOf(args: readonly string[]): Record<string, string> {
  const out = dataObject() as Record<string, string>;
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
export async function policiesPerVars(
  files: string[],
  flags: LoadFlags & { config: string },
  accounts: readonly OrgAccount[],
): Promise<(a: OrgAccount) => LoadedPolicy[]> {
  const byKey = new Map<string, LoadedPolicy[]>();
  const keyOf = (a: OrgAccount) => varsList(a.vars, flags.var ?? []);
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
  verb: string,
): ((done: number, total: number, failed: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (done, total, failed) =>
    stream.write(
      `\r\x1b[K${verb}: ${done}/${total} account×regions done${failed ? `, ${failed} failed` : ''}`,
    );
}
