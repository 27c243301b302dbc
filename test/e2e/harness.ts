/**
 * Runs the built CLI as a user would (a subprocess), on a case directory:
 *   policy.yml      the policies
 *   flight/         recorded API traffic in Cloud Custodian's placebo layout
 *   expect.json     what must come out (see `CaseExpect`)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { awsRegistry, isMutatingOperation } from '@c7n-ts/aws';
import { parse } from 'yaml';
import { type Uncovered, uncoveredCalls } from './permission-coverage.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = join(root, 'packages', 'cli', 'bin', 'c7n-ts.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The built CLI run with `args`; `env` is added to this process's environment for that run only
 * (a test that set `process.env` instead would leak it into the test files after it).
 */
export function runCli(
  args: readonly string[],
  cwd = root,
  env?: Readonly<Record<string, string>>,
): CliResult {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    ...(env && { env: { ...process.env, ...env } }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `runCli` without blocking the test process, so concurrent tests overlap their CLI runs. */
export function runCliAsync(
  args: readonly string[],
  cwd = root,
  env?: Readonly<Record<string, string>>,
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      timeout: 60_000,
      ...(env && { env: { ...process.env, ...env } }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface FlightLogEntry {
  service: string;
  operation: string;
  file: string;
  input: Record<string, unknown>;
  ok: boolean;
  errorCode?: string;
}

export interface CaseExpect {
  description: string;
  /** Extra arguments after `run -s OUT --replay flight`; `{out}` is replaced by OUT. */
  args?: string[];
  region?: string;
  account?: string;
  exit: number;
  /** Matched ids per policy (by the resource type's id field), in any order. */
  resources?: Record<string, string[]>;
  /** The exact sequence of calls, as `service.Operation`. */
  calls?: string[];
  /** Calls that must appear (in this order, others may come between), with partial inputs. */
  callsInclude?: { operation: string; input?: Record<string, unknown>; ok?: boolean; errorCode?: string }[];
  /** No changing call was made (isMutatingOperation of @c7n-ts/aws). */
  noMutatingCalls?: boolean;
  /** Files that must exist under the output directory. */
  files?: string[];
  /** Lines (substrings) each output file must contain: `{"policy/plan.txt": ["delete: delete vol-1"]}`. */
  fileIncludes?: Record<string, string[]>;
  stdoutIncludes?: string[];
  stderrIncludes?: string[];
  /** Per-policy action outcomes: `{policy: {action: {ok: n, failed: n}}}` from metadata.json. */
  outcomes?: Record<string, Record<string, { ok: number; failed: number }>>;
}

export interface CaseRun {
  expect: CaseExpect;
  result: CliResult;
  out: string;
  log: FlightLogEntry[];
  ids: (policy: string) => string[] | undefined;
  metadata: (policy: string) => Record<string, any> | undefined;
  /** Calls of the run that no permission of its policies names (permission-coverage.ts). */
  uncovered: Uncovered[];
}

// The product's one definition, as policy tests' expect.calls counts changing calls.
export const isMutating = isMutatingOperation;

export async function runCase(dir: string): Promise<CaseRun> {
  const expect = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as CaseExpect;
  const out = mkdtempSync(join(tmpdir(), 'c7n-ts-e2e-'));
  const policyFile = join(dir, 'policy.yml');
  const result = await runCliAsync([
    'run',
    '-s',
    out,
    '--replay',
    join(dir, 'flight'),
    '-r',
    expect.region ?? 'us-east-1',
    '--account-id',
    expect.account ?? '123456789012',
    ...(expect.args ?? []).map((a) => a.replaceAll('{out}', out)),
    policyFile,
  ]);
  const logPath = join(out, 'flight-log.json');
  const log = existsSync(logPath) ? (JSON.parse(readFileSync(logPath, 'utf8')) as FlightLogEntry[]) : [];
  const registry = awsRegistry();
  const policyText = readFileSync(policyFile, 'utf8');
  const { uncovered } = uncoveredCalls({ path: policyFile, text: policyText }, expect.args ?? [], log);
  const policies = (parse(policyText) as { policies: { name: string; resource: string }[] }).policies;
  const readJson = (p: string) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined);
  return {
    expect,
    result,
    out,
    log,
    ids(policy) {
      const p = policies.find((x) => x.name === policy);
      const idField = p ? registry.resource(p.resource)?.id : undefined;
      const rs = readJson(join(out, policy, 'resources.json')) as Record<string, unknown>[] | undefined;
      return rs && idField ? rs.map((r) => String(r[idField])) : undefined;
    },
    metadata: (policy) => readJson(join(out, policy, 'metadata.json')),
    uncovered,
  };
}
