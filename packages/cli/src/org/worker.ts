/**
 * One account×region of `org run`: assume the account's role(s), open a provider there, run the
 * policies into OUT/<account>/<region>/ exactly as `run` writes one region, and keep counts only.
 * Everything the worker opened (clients, listings) is released when it returns, so memory
 * follows the pool size, not the number of accounts.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AwsClients,
  type CreateClientsOptions,
  createAwsProvider,
  createClients,
  FlightSession,
  flightLogJson,
} from '@c7n-ts/aws';
import {
  DirectorySink,
  type LoadedPolicy,
  type PolicyResult,
  runPolicies as run,
  writeFileAtomic,
} from '@c7n-ts/core';
import { version } from '../version.js';
import type { OrgAccount } from './accounts.js';

type Credentials = CreateClientsOptions['credentials'];

/** Written in place of (or beside) the policy folders when an account×region could not run. */
export const ERROR_FILE = 'org-error.json';

export interface OrgSettings {
  outputDir: string;
  dryrun: boolean;
  maxAttempts: number;
  replay?: string;
  record?: string;
  /** The caller's shared-config profile: its credentials assume each account's role. */
  profile?: string;
  /** Live only: one set of caller clients for every AssumeRole, so credentials resolve once. */
  caller?: AwsClients;
  templateDirs?: readonly string[];
  /** `--var`: wins over accounts.yml's vars. */
  cliVars: Record<string, string>;
  /** Policies to run in one account (loaded once per distinct set of vars). */
  policiesFor(account: OrgAccount): LoadedPolicy[];
}

export interface PolicyCount {
  policy: string;
  resourceType: string;
  status: PolicyResult['status'];
  fetched: number;
  matched: number;
  /** Per-resource action outcomes that failed, and actions that errored as a whole. */
  actionFailures: number;
  reason?: string;
}

export interface CellError {
  /** What was being done: assume-role, describe-regions, open, run. */
  stage: string;
  code: string;
  message: string;
}

/** The summary of one account×region: counts, never resources. */
export interface Cell {
  account: string;
  accountId: string;
  region: string;
  status: 'ok' | 'failed' | 'error';
  error?: CellError;
  policies: PolicyCount[];
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
async function assumeRoles(
  account: OrgAccount,
  region: string,
  s: OrgSettings,
  flight: { dir?: string; session: FlightSession },
): Promise<Credentials> {
  let credentials: Credentials;
  for (const role of account.roles) {
    const own = credentials !== undefined || s.caller === undefined;
    const clients = own
      ? createClients({
          regions: [region],
          maxAttempts: s.maxAttempts,
          session: flight.session,
          ...(credentials ? { credentials } : { profile: s.profile }),
          ...(s.replay && { replay: flight.dir }),
          ...(s.record && { record: flight.dir }),
        })
      : (s.caller as AwsClients);
    try {
      const out = await clients.send(
        'sts',
        'AssumeRole',
        {
          RoleArn: role,
          RoleSessionName: SESSION_NAME,
          ...(account.externalId !== undefined && { ExternalId: account.externalId }),
        },
        region,
      );
      const cr = out.Credentials as
        | { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date }
        | undefined;
      if (!s.replay && (!cr?.AccessKeyId || !cr.SecretAccessKey))
        throw Object.assign(new Error(`sts:AssumeRole ${role} returned no credentials`), {
          name: 'NoCredentials',
        });
      credentials = s.replay
        ? undefined
        : {
            accessKeyId: cr?.AccessKeyId as string,
            secretAccessKey: cr?.SecretAccessKey as string,
            sessionToken: cr?.SessionToken,
            expiration: cr?.Expiration,
          };
    } finally {
      if (own) clients.destroy();
    }
    if (s.replay) credentials = undefined;
  }
  return credentials;
}

/** The SDK's error code (`AccessDenied`, `ThrottlingException`...) or the error's name. */
export function codeOf(err: unknown): string {
  const e = err as { Code?: unknown; code?: unknown; name?: unknown };
  for (const c of [e.Code, e.code, e.name]) if (typeof c === 'string' && c && c !== 'Error') return c;
  return 'Error';
}

function cellError(stage: string, err: unknown): CellError {
  return { stage, code: codeOf(err), message: (err as Error).message ?? String(err) };
}

/** `-r all` in one account: its enabled regions (ec2 DescribeRegions there, in us-east-1 as c7n-org). */
export async function accountRegions(account: OrgAccount, s: OrgSettings): Promise<string[]> {
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

/** Runs the policies in one account×region; never throws. */
export async function runCell(account: OrgAccount, region: string, s: OrgSettings): Promise<Cell> {
  const cell: Cell = {
    account: account.name,
    accountId: account.accountId,
    region,
    status: 'ok',
    policies: [],
  };
  const out = join(s.outputDir, account.name, region);
  const root = s.replay ?? s.record;
  const flight = {
    dir: root && flightDir(root, account.name, region, Boolean(s.record)),
    session: new FlightSession(),
  };
  // A failure recorded by an earlier run must not outlive this one.
  await rm(join(out, ERROR_FILE), { force: true });
  let stage = 'assume-role';
  let provider: Awaited<ReturnType<typeof createAwsProvider>> | undefined;
  try {
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
    stage = 'run';
    const sink = new DirectorySink(out);
    const results = await runPolicies(s, account, provider, sink, region);
    for (const r of results) cell.policies.push(countOf(r));
    if (cell.policies.some((p) => p.status === 'failed')) cell.status = 'failed';
  } catch (err) {
    cell.status = 'error';
    cell.error = cellError(stage, err);
  } finally {
    provider?.clients.destroy();
  }
  if (cell.error) await writeError(out, cell);
  if (s.replay || s.record)
    await writeFileAtomic(
      join(out, 'flight-log.json'),
      flightLogJson(flight.session.calls, process.cwd()),
    ).catch(() => undefined);
  return cell;
}

async function runPolicies(
  s: OrgSettings,
  account: OrgAccount,
  provider: Awaited<ReturnType<typeof createAwsProvider>>,
  sink: DirectorySink,
  region: string,
): Promise<PolicyResult[]> {
  return run(s.policiesFor(account), {
    provider,
    registry: provider.registry,
    sink,
    accountId: account.accountId,
    regions: [region],
    dryrun: s.dryrun,
    execute: s.replay ? { retryDelayMs: 0, waitDelayMs: 0 } : undefined,
    // Replayed traffic is served by call order: one policy at a time keeps it stable.
    concurrency: s.replay ? 1 : 2,
    vars: { ...account.vars, ...s.cliVars },
    templateDirs: s.templateDirs,
    versions: { 'c7n-ts': version, node: process.version },
  });
}

function countOf(r: PolicyResult): PolicyCount {
  let actionFailures = 0;
  for (const a of r.actions) {
    if (a.error) actionFailures++;
    actionFailures += a.outcomes.filter((o) => !o.ok).length;
  }
  return {
    policy: r.policy,
    resourceType: r.resourceType,
    status: r.status,
    fetched: r.fetched,
    matched: r.matched,
    actionFailures,
    ...(r.reason && { reason: r.reason }),
  };
}

/** OUT/<account>/<region>/org-error.json (or OUT/<account>/org-error.json for the account). */
export async function writeError(dir: string, cell: Omit<Cell, 'policies'>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const body = {
    account: cell.account,
    account_id: cell.accountId,
    region: cell.region,
    ...cell.error,
    at: new Date().toISOString(),
  };
  await writeFileAtomic(join(dir, ERROR_FILE), `${JSON.stringify(body, null, 2)}\n`);
}
