/** What `c7n-ts run` does; its options and help are declared in commands/run.ts. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseS3Url, S3Sink } from '@c7n-ts/aws';
import {
  DirectorySink,
  FileResourceCache,
  fixedClock,
  type LoadedPolicy,
  OutputBusyError,
  type OutputSink,
  type PolicyResult,
  type ProgressEvent,
  runPolicies,
} from '@c7n-ts/core';
import { providerFor, writeFlightLog } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { type LoadFlags, loadOrExit } from '../load.js';
import { outputDirOrExit } from '../paths.js';
import { echoLog } from '../verbose.js';
import { version } from '../version.js';
import { deployPolicies, isDeployed } from './deploy.js';

interface Flags extends LoadFlags {
  outputDir: string;
  policyFilter?: string[];
  resource?: string[];
  category?: string[];
  severity?: string[];
  region: string[];
  accountId?: string;
  assumeRole?: string;
  profile?: string;
  dryrun?: boolean;
  verbose?: boolean;
  replay?: string;
  record?: string;
  maxAttempts: number;
  concurrency: number;
  cachePeriod: string;
  cacheDir?: string;
  flightLog?: string;
  output: string;
  archive?: string;
}

export default async function run(files: string[], flags: Flags) {
  const { policies, vars } = await loadOrExit(files, flags);
  const selected = select(policies, flags);
  if (selected.length === 0) {
    process.stderr.write('no policy matches the -p/--resource/--category/--severity selection\n');
    throw new Exit(EXIT_INVALID);
  }
  const regions = flags.region.length
    ? flags.region
    : [process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1'];
  const cachePeriod = Number(flags.cachePeriod);
  if (!Number.isFinite(cachePeriod) || cachePeriod < 0) {
    process.stderr.write(`--cache-period must be a number of minutes, not ${flags.cachePeriod}\n`);
    throw new Exit(EXIT_INVALID);
  }
  try {
    fixedClock(process.env); // the tests' clock (C7N_TS_NOW), read again by the engine
  } catch (err) {
    process.stderr.write(`c7n-ts: ${(err as Error).message}\n`);
    throw new Exit(EXIT_INVALID);
  }
  const s3Output = flags.outputDir.startsWith('s3://') ? parseS3Url(flags.outputDir) : undefined;
  if (flags.outputDir.startsWith('s3://') && !s3Output) {
    process.stderr.write(`-s ${flags.outputDir}: expected s3://bucket/prefix\n`);
    throw new Exit(EXIT_INVALID);
  }
  if (!s3Output) await outputDirOrExit(flags.outputDir);
  const provider = await providerFor({ ...flags, region: regions });
  const json = flags.output === 'json';
  const written: OutputSink = s3Output
    ? new S3Sink(provider.clients, s3Output)
    : new DirectorySink(flags.outputDir);
  const sink = flags.verbose ? echoLog(written) : written;
  try {
    // Before anything is deployed or fetched: another run writing here would interleave.
    await sink.open?.();
  } catch (err) {
    if (!(err instanceof OutputBusyError)) throw err;
    process.stderr.write(`c7n-ts: ${err.message}\n`);
    throw new Exit(EXIT_FAILURE);
  }
  const progress = json ? undefined : progressLine(process.stderr);
  const dryrun = Boolean(flags.dryrun);
  const toDeploy = selected.filter((p) => isDeployed(p, provider.registry, dryrun));
  const toRun = selected.filter((p) => !toDeploy.includes(p));
  const deployed = await deployPolicies(toDeploy, {
    provider,
    sink,
    vars,
    archive: flags.archive,
    templateDirs: flags.templateDir,
    replay: Boolean(flags.replay),
    print: !json,
  });
  const results = await runPolicies(toRun, {
    provider,
    registry: provider.registry,
    sink,
    ...cacheOptions(flags, cachePeriod),
    onProgress: progress?.update,
    // Replayed errors need no pause before a retry.
    execute: flags.replay ? { retryDelayMs: 0, waitDelayMs: 0 } : undefined,
    accountId: provider.accountId,
    regions: provider.regions,
    dryrun: Boolean(flags.dryrun),
    // Replayed traffic is served by call order: run one policy at a time so it is stable.
    concurrency: flags.replay ? 1 : flags.concurrency,
    vars,
    templateDirs: flags.templateDir,
    versions: { 'c7n-ts': version, node: process.version },
    onResult: json
      ? undefined
      : (r) => {
          progress?.clear();
          process.stdout.write(`${summaryLine(r, Boolean(flags.dryrun))}\n`);
        },
  });
  progress?.clear();
  if (provider.clients.mode !== 'live') {
    // Every call replayed or recorded, in order: what tests and reviewers assert on.
    const file = flags.flightLog ?? (s3Output ? undefined : join(flags.outputDir, 'flight-log.json'));
    if (file) await writeFlightLog(provider, file);
  }
  if (!json) {
    const failed = results.filter((r) => r.status === 'failed').length;
    if (failed)
      process.stderr.write(`${failed} of ${results.length} policy runs failed; see ${sink.location}\n`);
  }
  const failedDeploys = deployed.filter((d) => d.status === 'failed').length;
  if (!json && failedDeploys)
    process.stderr.write(`${failedDeploys} of ${deployed.length} deployments failed\n`);
  // Deployments follow the run results, each with its `status` and `changes`.
  if (json) process.stdout.write(`${JSON.stringify([...results, ...deployed], null, 2)}\n`);
  throw new Exit(results.some((r) => r.status === 'failed') || failedDeploys ? EXIT_FAILURE : EXIT_OK);
}

/** The resource cache, when --cache-period asks for one; never while recording traffic. */
function cacheOptions(flags: Flags, minutes: number) {
  if (minutes <= 0) return {};
  if (flags.record) {
    process.stderr.write('--cache-period is ignored with --record: every call must be recorded\n');
    return {};
  }
  const dir = flags.cacheDir ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'c7n-ts');
  return {
    resourceCache: new FileResourceCache({
      dir,
      periodMinutes: minutes,
      warn: (m) => process.stderr.write(`c7n-ts: ${m}\n`),
    }),
    // Recorded traffic is not an account: key it by its directory; live data by its credentials.
    cacheNamespace: flags.replay
      ? `replay:${resolve(flags.replay)}`
      : `live:${flags.profile ?? ''}:${flags.assumeRole ?? ''}`,
  };
}

/**
 * "fetching aws.s3 (120 listed, 40 done) in us-east-1 for POLICY..." rewritten in place on a terminal's
 * stderr, at most ten times a second; nothing when stderr is not a terminal.
 */
export function progressLine(
  stream: NodeJS.WriteStream,
): { update: (e: ProgressEvent) => void; clear: () => void } | undefined {
  if (!stream.isTTY) return undefined;
  let shown = false;
  let last = 0;
  return {
    update(e) {
      const now = Date.now();
      if (now - last < 100 && e.done !== undefined && e.done !== e.listed) return;
      last = now;
      const counts = e.done === undefined ? `${e.listed} listed` : `${e.listed} listed, ${e.done} done`;
      const text = `fetching ${e.resourceType} (${counts}) in ${e.region} for ${e.policy}...`;
      const width = stream.columns ? stream.columns - 1 : 120;
      stream.write(`\r\x1b[K${text.length > width ? `${text.slice(0, width - 3)}...` : text}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** -p, --resource, --category and --severity: a policy passes each one given. */
export function select(
  policies: LoadedPolicy[],
  flags: Pick<Flags, 'policyFilter' | 'resource' | 'category' | 'severity'>,
): LoadedPolicy[] {
  const globs = (flags.policyFilter ?? []).map(globToRegExp);
  const types = flags.resource ?? [];
  return policies.filter(
    (p) =>
      (globs.length === 0 || globs.some((g) => g.test(p.name))) &&
      (types.length === 0 || types.some((t) => t === p.resourceType || `aws.${t}` === p.resourceType)) &&
      metadataIn(p, 'category', flags.category) &&
      metadataIn(p, 'severity', flags.severity),
  );
}

/**
 * Whether `metadata.<key>` is one of `wanted` (no flag: every policy). Metadata is free-form, as
 * in Cloud Custodian: a string, or a list of strings when a policy belongs to several; compared
 * without case. Any other value (absent, a number, a map) is not selected.
 */
function metadataIn(p: LoadedPolicy, key: string, wanted: string[] | undefined): boolean {
  if (!wanted?.length) return true;
  const metadata = p.data.metadata as Record<string, unknown> | undefined;
  const value = metadata?.[key];
  const values = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
  const want = new Set(wanted.map((w) => w.toLowerCase()));
  return values.some((v) => want.has(v.toLowerCase()));
}

/** fnmatch-style, as Cloud Custodian's -p: `*`, `?`, `[abc]`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[' || ch === ']') re += ch;
    else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function summaryLine(r: PolicyResult, dryrun: boolean): string {
  const mark = r.status === 'ok' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL';
  const parts = [`${mark} ${r.policy}`, r.scope.region, `${r.matched}/${r.fetched} ${r.resourceType}`];
  for (const a of r.actions) {
    const skipped = a.skipped?.ids.length ? `, ${a.skipped.ids.length} not run` : '';
    if (a.error) parts.push(`${a.type}: error`);
    else if (a.skipped && a.skipped.ids.length >= r.matched) parts.push(`${a.type}: not run`);
    else if (dryrun) parts.push(`${a.type}: would make ${a.planned.length} call(s)${skipped}`);
    else {
      const failed = a.outcomes.filter((o) => !o.ok).length;
      parts.push(
        `${a.type}: ${a.outcomes.length - failed} ok${failed ? `, ${failed} failed` : ''}${skipped}`,
      );
    }
  }
  if (r.reason) parts.push(r.reason);
  parts.push(`${(r.durationMs / 1000).toFixed(2)}s`);
  return parts.join('  ');
}
