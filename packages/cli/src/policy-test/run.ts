/**
 * Runs one policy test through the CLI itself, in a child process: `c7n-ts run --replay` for a
 * pull-mode policy, `c7n-ts invoke --replay` (the Lambda handler) for one with a Lambda mode.
 * The same code paths as a user's run, and a fresh process per test, so the replay counters,
 * the clock (C7N_TS_NOW) and the environment of one test never leak into the next.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CLOCK_ENV, parseJsonData } from '@c7n-ts/core';
import {
  changingCalls,
  compareCalls,
  compareNotifications,
  compareResources,
  type MadeCall,
  type RenderedNotification,
} from './compare.js';
import type { PolicyTest } from './spec.js';

export interface TestTarget {
  test: PolicyTest;
  policy: string;
  /** The resource type's id field (`DBInstanceIdentifier`). */
  idField: string;
  /** A Lambda mode: run as `invoke` does. */
  lambda: boolean;
}

export interface TestOutcome {
  test: PolicyTest;
  passed: boolean;
  /** The diff, a line each, empty when the test passed. */
  failures: string[];
  durationMs: number;
}

interface PlanFile {
  actions?: { calls?: { service: string; operation: string; input?: unknown }[] }[];
}

/** The calls a dry run's `<policy>/plan.json` says the actions would make, in order. */
export async function plannedCalls(policyDir: string): Promise<MadeCall[]> {
  const plan = await readJson<PlanFile>(join(policyDir, 'plan.json'));
  return (plan?.actions ?? []).flatMap((a) =>
    (a.calls ?? []).map((c) => ({ service: c.service, operation: c.operation, input: c.input ?? {} })),
  );
}

export interface Child {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runTest(target: TestTarget, cli: string): Promise<TestOutcome> {
  const started = Date.now();
  const { test } = target;
  const out = await mkdtemp(join(tmpdir(), 'c7n-ts-test-'));
  try {
    const failures: string[] = [];
    const child = await runCli(cli, argsFor(target, out, Boolean(test.dryrun)), test.now);
    if (child.code !== 0) failures.push(...childFailure(target, child));
    const log = (await readJson<(MadeCall & { file?: string })[]>(join(out, 'flight-log.json'))) ?? [];
    // The usual mistake in a hand-written test: an answer the run needed is not in flight/.
    for (const c of log.filter((x) => x.errorCode === 'MissingFlightFile'))
      failures.push(`no answer in flight/ for ${c.service}.${c.operation}: add ${basename(c.file ?? '')}`);
    const resources =
      (await readJson<Record<string, unknown>[]>(join(out, target.policy, 'resources.json'))) ?? [];
    const matched = resources.map((r) => String(r[target.idField]));
    failures.push(...compareResources(test.expect.resources, matched));
    if (test.expect.calls) {
      // A dry-run test's calls are the ones its actions planned (plan.json), none made.
      const made = test.dryrun ? await plannedCalls(join(out, target.policy)) : changingCalls(log);
      failures.push(...compareCalls(test.expect.calls, made));
    }
    if (test.expect.notifications) {
      // Notify writes what it renders only in a dry run (a real one hands it to SES or c7n-mailer):
      // a second run, with --dryrun, shows the messages.
      let preview = out;
      if (!test.dryrun) {
        preview = join(out, 'dryrun');
        const dry = await runCli(cli, argsFor(target, preview, true), test.now);
        if (dry.code !== 0) failures.push(...childFailure(target, dry, ' (--dryrun, for notifications)'));
      }
      failures.push(
        ...compareNotifications(test.expect.notifications, await rendered(join(preview, target.policy))),
      );
    }
    return { test, passed: failures.length === 0, failures, durationMs: Date.now() - started };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function argsFor({ test, policy, lambda }: TestTarget, out: string, dryrun: boolean): string[] {
  const args = lambda
    ? ['invoke', test.policyFile, '-p', policy, '-s', out, ...(test.event ? ['--event', test.event] : [])]
    : ['run', test.policyFile, '-p', policy, '-s', out];
  args.push('--replay', join(test.dir, 'flight'), '-r', test.region);
  if (test.accountId) args.push('--account-id', test.accountId);
  if (dryrun) args.push('--dryrun');
  return args;
}

function childFailure(target: TestTarget, child: Child, what = ''): string[] {
  const verb = target.lambda ? 'invoke' : 'run';
  // The lines that say what went wrong: run's FAIL line and its errors, not the handler's JSON
  // log lines, nor where the (temporary, removed) output went.
  const lines = [
    ...child.stdout.split('\n').filter((l) => l.startsWith('FAIL ')),
    ...child.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{') && !/; see \//.test(l)),
  ];
  return [`the ${verb}${what} failed (exit ${child.code}):`, ...lines.slice(-20).map((l) => `  ${l}`)];
}

/** Runs the CLI in a child process (its own flight counters), with the test's clock when given. */
export function runCli(cli: string, args: string[], now: string | undefined): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (now) env[CLOCK_ENV] = now;
  else delete env[CLOCK_ENV];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}

export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    // The run's output holds the recorded answers: data, as they were decoded.
    return parseJsonData(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

interface NotifyIndex {
  action: number;
  messages: { to: string[]; subject: string; html: string }[];
}

/** What notify rendered, in action order: `<policy>/<dir>/<action>-index.json` lists it. */
export async function rendered(policyDir: string): Promise<RenderedNotification[]> {
  const indexes: NotifyIndex[] = [];
  for (const file of await filesBelow(policyDir))
    if (/\d+-index\.json$/.test(file)) {
      const index = await readJson<NotifyIndex>(file);
      if (index) indexes.push(index);
    }
  indexes.sort((a, b) => a.action - b.action);
  const messages: RenderedNotification[] = [];
  for (const m of indexes.flatMap((i) => i.messages))
    messages.push({
      to: m.to,
      subject: m.subject,
      body: await readFile(join(policyDir, m.html), 'utf8').catch(() => ''),
    });
  return messages;
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await filesBelow(p)));
    else files.push(p);
  }
  return files;
}
