/**
 * One account×region of an `org` command, whatever the command does there: assume the account's
 * role(s), open a provider in that region, hand it to the command's work, and turn any failure
 * into the cell's error (with the stage it happened in) instead of throwing. The provider and its
 * clients are released when the work returns, so memory follows the pool size, not the number
 * of accounts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AwsClients,
  type AwsProvider,
  assumeRoleChain,
  type CreateClientsOptions,
  createAwsProvider,
  createClients,
  FlightSession,
  type S3Location,
} from '@c7n-ts/aws';
import type { OutputSink } from '@c7n-ts/core';
import type { OrgAccount } from './accounts.js';
import { type CellOutput, directoryOutput, ERROR_FILE, s3Output } from './cell-output.js';

export { ERROR_FILE };

type Credentials = CreateClientsOptions['credentials'];

/** How every org command reaches an account. */
export interface OrgAccess {
  /** OUT: org-error.json and, with --replay/--record, flight-log.json go to OUT/<account>/<region>/. */
  outputDir?: string;
  /** `-s s3://bucket/prefix` (org run): OUT is there instead, written with the caller's credentials. */
  s3Output?: S3Location;
  /** With s3Output and --replay/--record: each account×region's calls when it ends (`--flight-log`). */
  onCalls?(account: string, region: string, log: string): void;
  maxAttempts: number;
  replay?: string;
  record?: string;
  /** The caller's shared-config profile: its credentials assume each account's role. */
  profile?: string;
  /** Live only: one set of caller clients for every AssumeRole, so credentials resolve once. */
  caller?: AwsClients;
}

export interface CellError {
  /** What was being done: assume-role, describe-regions, open, run, deploy, remove, list. */
  stage: string;
  code: string;
  message: string;
}

/** What every org command reports for one account×region. */
export interface CellBase {
  account: string;
  accountId: string;
  region: string;
  status: 'ok' | 'failed' | 'error';
  error?: CellError;
}

/** Given to a command's work: the open account×region, and where its stage is noted. */
export interface CellContext {
  account: OrgAccount;
  region: string;
  provider: AwsProvider;
  /** Where OUT/<account>/<region>/'s files go, when there is an output (a directory or S3). */
  sink?: OutputSink;
  /** The stage a failure is reported under; the work moves it on as it goes. */
  stage: string;
}

const SESSION_NAME = 'c7n-ts-org';

/**
 * Where one account×region's flight data is (`--replay`) or goes (`--record`):
 * DIR/<account>/<region>/ when that folder exists (or always, when recording), else DIR/<account>/.
 */
export function flightDir(
  root: string,
  account: string,
  region: string | undefined,
  record: boolean,
): string {
  const base = join(root, account);
  if (region === undefined) return base;
  const regional = join(base, region);
  return record || existsSync(regional) ? regional : base;
}

/** The credentials of the account's last role, assumed in turn from the caller's (c7n-org's chain). */
function assumeRoles(
  account: OrgAccount,
  region: string,
  s: OrgAccess,
  flight: { dir?: string; session: FlightSession },
): Promise<Credentials> {
  return assumeRoleChain(
    { roles: account.roles, externalId: account.externalId, sessionName: SESSION_NAME, region },
    (credentials) =>
      createClients({
        regions: [region],
        maxAttempts: s.maxAttempts,
        session: flight.session,
        ...(credentials ? { credentials } : { profile: s.profile }),
        ...(s.replay && { replay: flight.dir }),
        ...(s.record && { record: flight.dir }),
      }),
    s.caller,
  );
}

/** The SDK's error code (`AccessDenied`, `ThrottlingException`...) or the error's name. */
export function codeOf(err: unknown): string {
  const e = err as { Code?: unknown; code?: unknown; name?: unknown };
  for (const c of [e.Code, e.code, e.name]) if (typeof c === 'string' && c && c !== 'Error') return c;
  return 'Error';
}

export function cellError(stage: string, err: unknown): CellError {
  return { stage, code: codeOf(err), message: (err as Error).message ?? String(err) };
}

/** `-r all` in one account: its enabled regions (ec2 DescribeRegions there, in us-east-1 as c7n-org). */
export async function accountRegions(account: OrgAccount, s: OrgAccess): Promise<string[]> {
  const region = 'us-east-1';
  const root = s.replay ?? s.record;
  const flight = {
    dir: root && flightDir(root, account.name, undefined, false),
    session: new FlightSession(),
  };
  const credentials = await assumeRoles(account, region, s, flight);
  const clients = createClients({
    regions: [region],
    accountId: account.accountId,
    maxAttempts: s.maxAttempts,
    session: flight.session,
    ...(credentials ? { credentials } : { profile: account.profile ?? s.profile }),
    ...(s.replay && { replay: flight.dir }),
    ...(s.record && { record: flight.dir }),
  });
  try {
    const out = await clients.send('ec2', 'DescribeRegions', {}, region);
    return ((out.Regions as { RegionName?: string }[] | undefined) ?? [])
      .flatMap((r) => r.RegionName ?? [])
      .sort();
  } finally {
    clients.destroy();
  }
}

/**
 * Opens `cell`'s account×region and runs `work` there; never throws. A failure sets the cell's
 * error (and OUT/<account>/<region>/org-error.json); with --replay/--record every call made goes
 * to OUT/<account>/<region>/flight-log.json (to `onCalls` for S3). A write to S3 that fails is the
 * cell's failure at stage `output`: its output is incomplete.
 */
export async function inAccountRegion<C extends CellBase>(
  cell: C,
  account: OrgAccount,
  s: OrgAccess,
  work: (ctx: CellContext) => Promise<void>,
): Promise<C> {
  const { region } = cell;
  const root = s.replay ?? s.record;
  const flight = {
    dir: root && flightDir(root, account.name, region, Boolean(s.record)),
    session: new FlightSession(),
  };
  const output = cellOutput(s, account, region, flight);
  let stage = 'output';
  let provider: AwsProvider | undefined;
  try {
    // A failure recorded by an earlier run must not outlive this one.
    await output?.clearError();
    stage = 'assume-role';
    const credentials = await assumeRoles(account, region, s, flight);
    stage = 'open';
    provider = await createAwsProvider({
      regions: [region],
      accountId: account.accountId,
      maxAttempts: s.maxAttempts,
      session: flight.session,
      ...(credentials ? { credentials } : { profile: account.profile ?? s.profile }),
      ...(s.replay && { replay: flight.dir }),
      ...(s.record && { record: flight.dir }),
    });
    const ctx: CellContext = { account, region, provider, sink: output?.sink, stage: 'run' };
    try {
      await work(ctx);
    } finally {
      stage = ctx.stage;
    }
  } catch (err) {
    cell.status = 'error';
    cell.error = cellError(stage, err);
  } finally {
    provider?.clients.destroy();
  }
  if (!output) return cell;
  const failure = await output.flush();
  if (failure && !cell.error) {
    cell.status = 'error';
    cell.error = cellError('output', failure);
  }
  if (cell.error) await output.writeError(errorJson(cell));
  await output.finish(flight.session);
  return cell;
}

/**
 * Where an account×region (or, without a region, the account: `-r all`) writes: OUT on disk or
 * in S3; none without -s.
 */
export function cellOutput(
  s: OrgAccess,
  account: OrgAccount,
  region: string | undefined,
  flight: { dir?: string; session: FlightSession },
): CellOutput | undefined {
  if (s.s3Output) return s3Output({ ...s, target: s.s3Output }, account, region, flight);
  if (s.outputDir === undefined) return undefined;
  const dir =
    region === undefined ? join(s.outputDir, account.name) : join(s.outputDir, account.name, region);
  return directoryOutput(dir, Boolean(s.replay || s.record));
}

/** When `-r all` could not list the account's regions: OUT/<account>/org-error.json. */
export async function writeAccountError(account: OrgAccount, s: OrgAccess, cell: CellBase): Promise<void> {
  const root = s.replay ?? s.record;
  const flight = {
    dir: root && flightDir(root, account.name, undefined, false),
    session: new FlightSession(),
  };
  const output = cellOutput(s, account, undefined, flight);
  if (!output) return;
  await output.writeError(errorJson(cell));
  // The account's own flight log is not kept on disk (as before): only S3's calls are handed on.
  if (s.s3Output) await output.finish(flight.session);
}

/** org-error.json: `{account, account_id, region, stage, code, message, at}`. */
function errorJson(cell: CellBase): string {
  const body = {
    account: cell.account,
    account_id: cell.accountId,
    region: cell.region,
    ...cell.error,
    at: new Date().toISOString(),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
