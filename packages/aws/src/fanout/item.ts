/**
 * One item of the fan-out: one account×region, run inside the fan-out function. Assume the
 * account's role chain, run the embedded policies there, and write what `org run` writes for
 * that account×region under the run's S3 output: `<output>/<account>/<region>/<policy>/...`,
 * or `<output>/<account>/<region>/org-error.json` when it could not run. Lambda-mode policies are
 * deployed there instead (item-deploy.ts), as org run deploys them. Never throws for a
 * failure in the account: the answer says what happened, and the state machine records it.
 */
import { type LoadedPolicy, type PolicyResult, type Registry, runPolicies } from '@c7n-ts/core';
import { type AwsClients, createClients } from '../clients/index.js';
import { parseS3Url, S3Sink } from '../clients/s3-sink.js';
import type { DeployResult } from '../deploy/deploy.js';
import { failedDeploy } from '../deploy/deploy.js';
import { FlightSession } from '../flight/index.js';
import { openAwsProvider } from '../open-provider.js';
import { errorCode } from '../query/errors.js';
import { assumeRoleChain, type Credentials } from './assume-roles.js';
import { type FanoutArchiveRef, type FanoutConfig, type FanoutItem, policiesOf } from './config.js';
import { deployItemPolicies, isLambdaMode } from './item-deploy.js';

/** Written under `<output>/<account>/<region>/` when the account×region could not run (as org run). */
export const FANOUT_ERROR_FILE = 'org-error.json';
const SESSION_NAME = 'c7n-ts-org';

export interface FanoutRuntime {
  config: FanoutConfig;
  registry: Registry;
  /** Directory of the unzipped bundle (templates/). */
  bundleDir: string;
  /** Serve every call from this flight directory (tests, `C7N_TS_REPLAY`). */
  replay?: string;
  maxAttempts?: number;
  /** Every call made, for tests and replay logs; one per item when absent. */
  session?: FlightSession;
  /** The function's own clients (its execution role), kept between warm invocations. */
  caller?: AwsClients;
}

export interface FanoutPolicyCount {
  policy: string;
  resourceType: string;
  status: PolicyResult['status'];
  fetched: number;
  matched: number;
  actionFailures: number;
  reason?: string;
  /** A Lambda-mode policy: deployed (not run) here, and what the deployment did. */
  deploy?: Pick<DeployResult, 'status' | 'functionName' | 'changes' | 'error'>;
}

/** The function's answer: what `org run` keeps of one account×region (counts, never resources). */
export interface FanoutItemResult {
  account: string;
  account_id: string;
  region: string;
  status: 'ok' | 'failed' | 'error';
  policies: FanoutPolicyCount[];
  error?: { stage: string; code: string; message: string };
}

/** A malformed item: a bug in whoever started the execution, not a failure in an account. */
export class FanoutItemError extends Error {
  override name = 'FanoutItemError';
}

/** The item as the state machine gives it (`{item, output}`) or flat (`{account, ..., output}`). */
export function parseItem(event: unknown): FanoutItem {
  const e = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
  const raw = (typeof e.item === 'object' && e.item !== null ? { ...e.item, output: e.output } : e) as Record<
    string,
    unknown
  >;
  const str = (k: string) => (typeof raw[k] === 'string' && raw[k] !== '' ? (raw[k] as string) : undefined);
  const account = str('account');
  const accountId = str('account_id');
  const region = str('region');
  const output = str('output');
  if (!account || !accountId || !/^\d{12}$/.test(accountId) || !region || !output)
    throw new FanoutItemError(
      'the item needs account, account_id (12 digits), region and output (s3://bucket/prefix)',
    );
  if (!parseS3Url(output)) throw new FanoutItemError(`output ${output} is not s3://bucket/prefix`);
  const role = raw.role;
  const roles = typeof role === 'string' ? [role] : Array.isArray(role) ? role.map(String) : [];
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
  return {
    account,
    account_id: accountId,
    region,
    output,
    roles: roles.map((r) => (r.startsWith('arn:') ? r : `arn:aws:iam::${accountId}:role/${r}`)),
    ...(str('external_id') && { external_id: str('external_id') }),
    ...(list(raw.policies) && { policies: list(raw.policies) }),
    vars: list(raw.vars) ?? [],
    dryrun: raw.dryrun === true,
    ...(raw.archives !== undefined && { archives: archivesOf(raw.archives) }),
  };
}

function archivesOf(value: unknown): FanoutArchiveRef[] {
  const refs = Array.isArray(value) ? value : [undefined];
  return refs.map((v) => {
    const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    const [policy, bucket, key, sha256] = ['policy', 'bucket', 'key', 'sha256'].map((k) =>
      typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined,
    );
    if (!policy || !bucket || !key || !sha256)
      throw new FanoutItemError('archives is a list of {policy, bucket, key, sha256}');
    return { policy, bucket, key, sha256 };
  });
}

export async function runFanoutItem(rt: FanoutRuntime, event: unknown): Promise<FanoutItemResult> {
  const item = parseItem(event);
  const result: FanoutItemResult = {
    account: item.account,
    account_id: item.account_id,
    region: item.region,
    status: 'ok',
    policies: [],
  };
  const session = rt.session ?? new FlightSession();
  const clientsWith = (credentials?: Credentials) =>
    createClients({
      regions: [item.region],
      accountId: item.account_id,
      maxAttempts: rt.maxAttempts,
      session,
      ...(credentials && { credentials }),
      ...(rt.replay && { replay: rt.replay }),
    });
  const caller = rt.caller ?? clientsWith();
  const out = parseS3Url(item.output) as { bucket: string; prefix: string };
  const target = {
    bucket: out.bucket,
    prefix: [out.prefix, item.account, item.region].filter(Boolean).join('/'),
  };
  // The function's own role writes the output: the accounts' roles need no access to the bucket.
  const sink = new S3Sink(caller, target);
  let stage = 'output';
  try {
    // A failure recorded by an earlier run must not outlive this one (as org run's rm).
    await caller.send('s3', 'DeleteObject', { Bucket: target.bucket, Key: sink.keyFor(FANOUT_ERROR_FILE) });
    stage = 'policies';
    const policies = policiesOf(rt.config, item, rt.bundleDir);
    stage = 'assume-role';
    const credentials = await assumeRoleChain(
      { roles: item.roles, externalId: item.external_id, sessionName: SESSION_NAME, region: item.region },
      (c) => clientsWith(c),
      caller,
    );
    stage = 'open';
    const provider = await openAwsProvider({
      regions: [item.region],
      accountId: item.account_id,
      registry: rt.registry,
      maxAttempts: rt.maxAttempts,
      session,
      ...(credentials && { credentials }),
      ...(rt.replay && { replay: rt.replay }),
    });
    try {
      // A dry run evaluates Lambda-mode policies here instead, as org run --dryrun does.
      const toDeploy = item.dryrun ? [] : policies.filter((p) => isLambdaMode(p, rt.registry));
      if (toDeploy.length) {
        stage = 'deploy';
        const deployed = await deployItemPolicies(toDeploy, {
          item,
          caller,
          provider,
          registry: rt.registry,
          sink,
          version: rt.config.version,
          replay: Boolean(rt.replay),
        });
        result.policies.push(...deployed.map((d) => deployCount(d, toDeploy)));
      }
      // An archive for a policy the function does not hold: deployed with older policies.
      for (const a of item.dryrun ? [] : (item.archives ?? []))
        if (!policies.some((p) => p.name === a.policy))
          result.policies.push(
            deployCount(
              failedDeploy(
                a.policy,
                item.region,
                'the fan-out function holds no such policy: run c7n-ts org deploy-fanout again with these policies',
              ),
              [],
            ),
          );
      stage = 'run';
      const results = await runPolicies(
        policies.filter((p) => !toDeploy.includes(p)),
        {
          provider,
          registry: rt.registry,
          sink,
          accountId: item.account_id,
          regions: [item.region],
          dryrun: item.dryrun,
          ...(rt.replay && { execute: { retryDelayMs: 0, waitDelayMs: 0 } }),
          // Replayed traffic is served by call order: one policy at a time keeps it stable.
          concurrency: rt.replay ? 1 : 2,
          templateDirs: [`${rt.bundleDir}/templates`],
          versions: { 'c7n-ts': rt.config.version, node: process.version },
        },
      );
      result.policies.push(...results.map(policyCount));
    } finally {
      provider.clients.destroy();
    }
    if (result.policies.some((p) => p.status === 'failed')) result.status = 'failed';
  } catch (err) {
    result.status = 'error';
    result.error = {
      stage,
      code: errorCode(err) ?? (err as Error).name ?? 'Error',
      message: (err as Error).message ?? String(err),
    };
    const body = {
      account: item.account,
      account_id: item.account_id,
      region: item.region,
      ...result.error,
      at: new Date().toISOString(),
    };
    // Best effort: the answer carries the error whether or not the file could be written.
    await sink.write(FANOUT_ERROR_FILE, `${JSON.stringify(body, null, 2)}\n`).catch(() => undefined);
  } finally {
    if (!rt.caller) caller.destroy();
  }
  return result;
}

/** What org run's summary keeps of a policy's deployment. */
export function deployCount(d: DeployResult, policies: readonly LoadedPolicy[]): FanoutPolicyCount {
  return {
    policy: d.policy,
    resourceType: policies.find((p) => p.name === d.policy)?.resourceType ?? '',
    status: d.status === 'failed' ? 'failed' : 'ok',
    fetched: 0,
    matched: 0,
    actionFailures: 0,
    deploy: {
      status: d.status,
      functionName: d.functionName,
      changes: d.changes,
      ...(d.error && { error: d.error }),
    },
  };
}

/** What org run's summary keeps of a policy's result. */
export function policyCount(r: PolicyResult): FanoutPolicyCount {
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
