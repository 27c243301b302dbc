/** What `c7n-ts invoke` does; its options and help are declared in commands/invoke.ts. */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createClients,
  functionName,
  isTrailEvent,
  isTrailRecord,
  type LambdaSummary,
  localContext,
  modeOf,
  RUNNER_SOURCE,
  scheduledEvent,
  trailEnvelope,
  unzipTo,
} from '@c7n-ts/aws';
import { parseJsonData } from '@c7n-ts/core';
import { replayAccountId } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { type LoadFlags, loadOrExit } from '../load.js';
import { outputDirOrExit, recordDirOrExit, replayDirOrExit } from '../paths.js';
import { buildOrExit, lambdaPolicyOrExit } from './package.js';

interface Flags extends LoadFlags {
  policyFilter: string[];
  event?: string;
  replay?: string;
  record?: string;
  outputDir?: string;
  accountId?: string;
  region?: string;
  keep?: boolean;
  dryrun?: boolean;
}

export default async function invoke(files: string[], flags: Flags) {
  const { policies } = await loadOrExit(files, flags);
  const policy = lambdaPolicyOrExit(policies, flags.policyFilter);
  const mode = modeOf(policy.data);
  const region = flags.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  if (flags.replay) await replayDirOrExit(flags.replay);
  if (flags.replay && flags.record) invalid('--replay and --record: give one of them');
  if (flags.record) await recordDirOrExit(flags.record);
  if (flags.outputDir) await outputDirOrExit(flags.outputDir);
  // Bad input first (exit 2), before asking STS for the account.
  if (!flags.event && mode.type !== 'periodic' && mode.type !== 'schedule')
    invalid(`policy ${policy.name} has mode ${mode.type}: give the event to invoke it with --event FILE`);
  const read = flags.event ? await readEvent(flags.event) : undefined;
  const given = flags.event && mode.type === 'cloudtrail' ? trailEventOrExit(read, flags.event) : read;
  const accountId =
    flags.accountId ??
    (flags.replay ? replayAccountId(flags.replay) : undefined) ??
    (await callerAccount(region, flags.record));
  const name = functionName(policy.name, mode);
  // EventBridge Scheduler sends its target's input, which c7n leaves empty: `{}`.
  const event = given ?? (mode.type === 'schedule' ? {} : scheduledEvent(name, region, accountId));

  const archive = await buildOrExit(policy, flags.templateDir ?? []);
  const dir = await mkdtemp(join(tmpdir(), 'c7n-ts-invoke-'));
  try {
    await unzipTo(archive.zip, dir);
    await writeFile(join(dir, 'runner.mjs'), RUNNER_SOURCE);
    await writeFile(join(dir, 'event.json'), JSON.stringify(event));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      AWS_REGION: region,
      AWS_LAMBDA_FUNCTION_NAME: name,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    delete env.C7N_TS_REPLAY;
    delete env.C7N_TS_RECORD;
    delete env.C7N_TS_OUTPUT_DIR;
    delete env.C7N_TS_DRYRUN;
    if (flags.dryrun) env.C7N_TS_DRYRUN = 'true';
    if (flags.replay) env.C7N_TS_REPLAY = resolve(flags.replay);
    if (flags.record) env.C7N_TS_RECORD = resolve(flags.record);
    if (flags.outputDir)
      env.C7N_TS_OUTPUT_DIR = flags.outputDir.startsWith('s3://')
        ? flags.outputDir
        : resolve(flags.outputDir);
    const context = localContext(name, region, accountId);
    const code = await runNode(
      dir,
      ['runner.mjs', 'event.json', 'result.json', JSON.stringify(context)],
      env,
    );
    const summary = await readSummary(join(dir, 'result.json'));
    if (!summary) {
      process.stderr.write(`invoke ${policy.name}: the handler failed (exit ${code}); see its log above\n`);
      throw new Exit(EXIT_FAILURE);
    }
    process.stderr.write(`${summaryLine(summary)}\n`);
    const failed = summary.status === 'failed' || summary.actions.some((a) => a.failed > 0 || a.error);
    throw new Exit(failed ? EXIT_FAILURE : EXIT_OK);
  } finally {
    if (flags.keep) process.stderr.write(`archive unzipped in ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

function invalid(message: string): never {
  process.stderr.write(`${message}\n`);
  throw new Exit(EXIT_INVALID);
}

/**
 * The event a `cloudtrail` function gets: an EventBridge event with the CloudTrail record in
 * `detail`. A bare record (as the console's event history or a trail's log file shows it) is
 * wrapped, saying so; anything else would name no resource, so it is refused.
 */
function trailEventOrExit(event: unknown, file: string): unknown {
  if (isTrailEvent(event)) return event;
  let record = event;
  const records = (event as { Records?: unknown }).Records;
  if (Array.isArray(records)) {
    if (records.length !== 1)
      invalid(
        `--event ${file}: a CloudTrail log file with ${records.length} records; give one record, or one EventBridge event`,
      );
    record = records[0];
  }
  if (isTrailRecord(record)) {
    process.stderr.write(
      `c7n-ts: --event ${file}: a CloudTrail record, not an EventBridge event; invoking with it wrapped as {"detail-type": "AWS API Call via CloudTrail", "detail": {...}}\n`,
    );
    return trailEnvelope(record);
  }
  invalid(
    `--event ${file}: not a CloudTrail event: expected an EventBridge event {"detail": {"eventSource", "eventName", ...}} or a CloudTrail record {"eventSource", "eventName", ...}`,
  );
}

async function readEvent(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    invalid(`--event ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    const event = parseJsonData(text);
    if (typeof event !== 'object' || event === null || Array.isArray(event))
      invalid(
        `--event ${file}: an event is a JSON object, not ${Array.isArray(event) ? 'an array' : String(event)}`,
      );
    return event;
  } catch (err) {
    if (err instanceof Exit) throw err;
    invalid(`--event ${file}: not valid JSON (${(err as Error).message})`);
  }
}

/**
 * The account of the caller's credentials, as the function ARN needs one; recorded with --record,
 * so a replay of the recording (`--replay DIR`) stands for the same account.
 */
async function callerAccount(region: string, record: string | undefined): Promise<string> {
  const clients = createClients({ regions: [region], ...(record && { record }) });
  try {
    return await clients.accountId();
  } catch (err) {
    process.stderr.write(
      `c7n-ts: cannot tell the account id (${(err as Error).message}); pass --account-id, or --replay to run offline\n`,
    );
    throw new Exit(EXIT_FAILURE);
  } finally {
    clients.destroy();
  }
}

/** Runs node in `cwd`, passing its output through as it comes; resolves with the exit code. */
function runNode(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(process.stdout, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
    child.on('error', fail);
    child.on('close', (code) => done(code ?? 1));
  });
}

async function readSummary(file: string): Promise<LambdaSummary | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LambdaSummary;
  } catch {
    return undefined;
  }
}

function summaryLine(s: LambdaSummary): string {
  const parts = [`invoke ${s.policy}: ${s.status}`];
  if (s.ids) parts.push(`event names ${s.ids.length ? s.ids.join(', ') : 'nothing'}`);
  if (s.status !== 'no-op') parts.push(`${s.matched}/${s.fetched} matched`);
  for (const a of s.actions)
    parts.push(
      a.error ? `${a.type}: error` : `${a.type}: ${a.ok} ok${a.failed ? `, ${a.failed} failed` : ''}`,
    );
  if (s.reason) parts.push(s.reason);
  return parts.join('  ');
}
