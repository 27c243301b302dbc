/**
 * `c7n-ts test --record DIR POLICY_FILE`: runs one policy against the live account with every
 * AWS answer recorded into DIR/flight/, writes DIR/test.yml from what happened, then replays the
 * new test once. Without --act the run is a dry run: recording a test changes nothing.
 * The run is `c7n-ts run --record` in a child process, as tests are replayed (policy-test/run.ts).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import {
  fixedClock,
  formatDiagnostic,
  type LoadedPolicy,
  parseJsonData,
  suggestion,
  writeFileAtomic,
} from '@c7n-ts/core';
import { replayAccountId } from '../account.js';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, hasErrors, loadFiles } from '../load.js';
import { changingCalls, type MadeCall, type RenderedNotification } from './compare.js';
import { type Child, plannedCalls, readJson, rendered, runCli, runTest } from './run.js';
import { readTest } from './spec.js';
import { testYaml } from './test-yaml.js';

export interface RecordFlags {
  policy?: string;
  /** For a Lambda-mode policy: the triggering event, copied into the test folder. */
  event?: string;
  region?: string;
  accountId?: string;
  profile?: string;
  assumeRole?: string;
  act?: boolean;
}

const POLICY_EXTENSIONS = ['.yml', '.yaml', '.json'];
// Lambda modes whose function runs without a triggering event (invoke makes the scheduled one).
const NO_EVENT_MODES = ['periodic', 'schedule'];

function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

export async function recordTest(
  dirArg: string,
  paths: readonly string[],
  flags: RecordFlags,
): Promise<never> {
  // Every check of the input comes before the run: a refusal has touched nothing.
  if (paths.length !== 1)
    invalid(
      `--record ${dirArg} records one policy file's test: c7n-ts test --record DIR POLICY_FILE (given ${paths.length} paths)`,
    );
  const policyFile = paths[0] as string;
  const ext = extname(policyFile);
  if (!POLICY_EXTENSIONS.includes(ext.toLowerCase()))
    invalid(`${policyFile}: not a policy file (.yml, .yaml or .json)`);
  if (!(await stat(policyFile).catch(() => undefined))?.isFile()) invalid(`${policyFile}: no such file`);
  const policy = await policyOrExit(policyFile, flags.policy);
  const mode = String((policy.data.mode as { type?: unknown } | undefined)?.type ?? 'pull');
  const lambda = mode !== 'pull';
  if (flags.event !== undefined) {
    if (!lambda)
      invalid(`--event ${flags.event}: policy ${policy.name} runs in pull mode, which takes no event`);
    await eventOrExit(flags.event);
  } else if (lambda && !NO_EVENT_MODES.includes(mode))
    invalid(`policy ${policy.name} has mode ${mode}: give the triggering event to record with, --event FILE`);
  if (lambda && flags.assumeRole)
    invalid(`--assume-role: not supported yet for policy ${policy.name}, which has a Lambda mode (${mode})`);
  const dir = await testDirOrExit(dirArg, policyFile);
  const region = flags.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const now = clockOrExit();
  const idField = getRegistry().resources.get(policy.resourceType)?.id ?? 'id';

  const cli = process.argv[1] ?? '';
  const flight = join(dir, 'flight');
  const out = await mkdtemp(join(tmpdir(), 'c7n-ts-record-'));
  const testsDirMade = !(await stat(dirname(dir)).catch(() => undefined));
  await mkdir(dir, { recursive: true });
  const event = flags.event === undefined ? undefined : 'event.json';
  try {
    if (flags.event !== undefined) await copyFile(flags.event, join(dir, 'event.json'));
    // A Lambda-mode policy runs in its handler, as `c7n-ts invoke` (and its test) runs it.
    const args = lambda
      ? ['invoke', policyFile, '-p', policy.name, '-s', out, '--record', flight, '-r', region]
      : ['run', policyFile, '-p', policy.name, '-s', out, '--record', flight, '-r', region];
    if (event) args.push('--event', join(dir, event));
    if (flags.accountId) args.push('--account-id', flags.accountId);
    // invoke takes the SDK's profile from the environment, which the child inherits.
    if (flags.profile && lambda) process.env.AWS_PROFILE = flags.profile;
    else if (flags.profile) args.push('--profile', flags.profile);
    if (flags.assumeRole) args.push('--assume-role', flags.assumeRole);
    if (!flags.act) args.push('--dryrun');
    process.stderr.write(
      `recording ${policy.name} in ${region}${lambda ? ` in its Lambda handler (mode ${mode})` : ''}${flags.act ? ', its actions acting on the account (--act)' : ' as a dry run (no change to the account)'}\n`,
    );
    const child = await runCli(cli, args, now);
    // run's line per policy; invoke's summary (its handler's JSON log lines are left out).
    process.stdout.write(
      lambda
        ? `${child.stderr
            .split('\n')
            .filter((l) => l.startsWith('invoke '))
            .join('\n')}\n`
        : child.stdout,
    );
    if (child.code !== 0) {
      await rm(dir, { recursive: true, force: true });
      if (testsDirMade) await rmdir(dirname(dir)).catch(() => undefined);
      process.stderr.write(
        [
          ...childErrors(child),
          `c7n-ts: the recording run failed (exit ${child.code})${flags.act ? '; its actions may have acted' : ''}; ${dir} was removed`,
          '',
        ].join('\n'),
      );
      throw new Exit(child.code === EXIT_INVALID ? EXIT_INVALID : EXIT_FAILURE);
    }
    const log = (await readJson<MadeCall[]>(join(out, 'flight-log.json'))) ?? [];
    const found = (await readJson<Record<string, unknown>[]>(join(out, policy.name, 'resources.json'))) ?? [];
    const accountId = flags.accountId ?? replayAccountId(flight) ?? '';
    const test = testYaml({
      policy: policy.name,
      region,
      accountId,
      now,
      ...(event && { event }),
      acted: Boolean(flags.act),
      resources: found.map((r) => String(r[idField])),
      calls: flags.act ? changingCalls(log) : await plannedCalls(join(out, policy.name)),
      notifications: flags.act
        ? await notificationsOf(cli, policyFile, policy, {
            flight,
            region,
            accountId,
            now,
            out,
            lambda,
            event: event && join(dir, event),
          })
        : await rendered(join(out, policy.name)),
    });
    await writeFileAtomic(join(dir, 'test.yml'), test);
    process.stdout.write(
      `wrote ${join(dir, 'test.yml')} and ${flight}/ (${log.length} call${log.length === 1 ? '' : 's'}); review the expectation before committing it\n`,
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  return replayOnce(dir, policyFile, policy, { idField, lambda }, cli);
}

/** The one policy of the file, or the one -p names; a file that does not validate is refused. */
async function policyOrExit(policyFile: string, name: string | undefined): Promise<LoadedPolicy> {
  const loaded = await loadFiles([policyFile], {});
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (hasErrors(errors)) {
    for (const d of errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
    invalid(`${policyFile} does not validate; nothing was recorded`);
  }
  const names = loaded.policies.map((p) => p.name);
  if (name !== undefined) {
    const p = loaded.policies.find((x) => x.name === name);
    if (!p)
      invalid(
        `-p ${name}: no such policy in ${policyFile}${suggestion(name, names)} (it holds ${names.join(', ')})`,
      );
    return p;
  }
  const [only] = loaded.policies;
  if (loaded.policies.length !== 1 || !only)
    invalid(
      loaded.policies.length
        ? `${policyFile} holds ${names.length} policies (${names.join(', ')}): choose one with -p NAME`
        : `${policyFile} holds no policy`,
    );
  return only;
}

/**
 * The test folder: `c7n-ts test` finds a file's tests in `<file>.tests/<name>/` only, so DIR is
 * a bare name (recorded there) or a path to such a folder; anywhere else could not be replayed.
 * It must not exist yet, or be empty: a recording never mixes with other flight data.
 */
async function testDirOrExit(dirArg: string, policyFile: string): Promise<string> {
  const testsDir = `${policyFile.slice(0, policyFile.length - extname(policyFile).length)}.tests`;
  const bare = !dirArg.includes('/') && !dirArg.includes(sep) && dirArg !== '.' && dirArg !== '..';
  const dir = bare ? join(testsDir, dirArg) : dirArg.replace(/\/+$/, '');
  if (!bare && resolve(dirname(dir)) !== resolve(testsDir))
    invalid(
      `--record ${dirArg}: the tests of ${policyFile} live in ${testsDir}/<name>/, where c7n-ts test finds them; give --record ${join(testsDir, basename(dir))} or just a name`,
    );
  if (!basename(dir) || basename(dir).startsWith('.'))
    invalid(`--record ${dirArg}: name the test folder (a name not starting with a dot)`);
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) invalid(`--record ${dir}: is a file, not a directory`);
  if (info && (await readdir(dir)).length)
    invalid(`--record ${dir}: is not empty; a test is recorded into a new (or empty) folder`);
  return dir;
}

/** `--event FILE`: a JSON object, as `invoke --event` takes (and test.yml's event). */
async function eventOrExit(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    invalid(`--event ${file}: no such file`);
  }
  let event: unknown;
  try {
    event = parseJsonData(text);
  } catch (err) {
    invalid(`--event ${file}: not valid JSON (${(err as Error).message})`);
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event))
    invalid(`--event ${file}: an event is a JSON object`);
}

/** The run's clock: C7N_TS_NOW when set, else now (to the second); test.yml keeps it as `now`. */
function clockOrExit(): string {
  try {
    const fixed = fixedClock(process.env);
    const ms = fixed ?? Math.floor(Date.now() / 1000) * 1000;
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  } catch (err) {
    invalid((err as Error).message);
  }
}

/**
 * What notify rendered in a run that acted: it handed the messages to SES or c7n-mailer without
 * keeping them, so (as a test does) a dry run over the new recording renders them.
 */
async function notificationsOf(
  cli: string,
  policyFile: string,
  policy: LoadedPolicy,
  at: {
    flight: string;
    region: string;
    accountId: string;
    now: string;
    out: string;
    lambda: boolean;
    event: string | undefined;
  },
): Promise<RenderedNotification[]> {
  const actions = Array.isArray(policy.data.actions) ? (policy.data.actions as unknown[]) : [];
  if (!actions.some((a) => (a as { type?: unknown } | null)?.type === 'notify')) return [];
  const preview = join(at.out, 'notify-preview');
  const args = [at.lambda ? 'invoke' : 'run', policyFile, '-p', policy.name, '-s', preview];
  args.push('--replay', at.flight, '-r', at.region, ...(at.event ? ['--event', at.event] : []));
  const dry = await runCli(cli, [...args, '--account-id', at.accountId, '--dryrun'], at.now);
  if (dry.code !== 0) {
    process.stderr.write(
      `c7n-ts: rendering the notifications failed (exit ${dry.code}); none are expected\n`,
    );
    return [];
  }
  return rendered(join(preview, policy.name));
}

/** Replays the new test once, as `c7n-ts test DIR` would: exit 0 when it passes, 1 when not. */
async function replayOnce(
  dir: string,
  policyFile: string,
  policy: LoadedPolicy,
  { idField, lambda }: { idField: string; lambda: boolean },
  cli: string,
): Promise<never> {
  const read = await readTest(dir, policyFile, [policy.name]);
  if (!read.test) {
    for (const d of read.problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`c7n-ts: the recorded test ${dir} does not read back\n`);
    throw new Exit(EXIT_FAILURE);
  }
  const outcome = await runTest({ test: read.test, policy: policy.name, idField, lambda }, cli);
  process.stdout.write(`${outcome.passed ? 'PASS' : 'FAIL'} ${outcome.test.name} (replayed)\n`);
  for (const line of outcome.failures) process.stdout.write(`  ${line}\n`);
  if (!outcome.passed) {
    process.stderr.write(
      `c7n-ts: the recorded test does not replay; fix ${dir} (a missing flight file, a call that differs) before committing it\n`,
    );
    throw new Exit(EXIT_FAILURE);
  }
  process.stdout.write(`run it with: c7n-ts test ${dir}\n`);
  throw new Exit(EXIT_OK);
}

function childErrors(child: Child): string[] {
  return child.stderr
    .split('\n')
    .filter((l) => l.trim() && !/; see \//.test(l))
    .slice(-20);
}
