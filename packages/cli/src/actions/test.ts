/** What `c7n-ts test` does (docs/policy-tests.md); its options and help are in commands/test.ts. */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  type Diagnostic,
  formatDiagnostic,
  type LoadedPolicy,
  parseFile,
  writeFileAtomic,
} from '@c7n-ts/core';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, Exit } from '../exit.js';
import { getRegistry, hasErrors, loadFiles } from '../load.js';
import { outputFileOrExit } from '../paths.js';
import { junitXml } from '../policy-test/junit.js';
import { runPool } from '../policy-test/pool.js';
import type { RecordFlags } from '../policy-test/record.js';
import { runTest, type TestTarget } from '../policy-test/run.js';
import { discover, type PolicyTest, readTest } from '../policy-test/spec.js';

interface Flags extends RecordFlags {
  output?: string[];
  record?: string;
  jobs?: number;
}

// The options that only --record reads, as commander names them and as the user wrote them.
const RECORD_ONLY: [keyof RecordFlags, string][] = [
  ['policy', '-p'],
  ['region', '-r'],
  ['accountId', '--account-id'],
  ['profile', '--profile'],
  ['assumeRole', '--assume-role'],
  ['act', '--act'],
  ['event', '--event'],
];

// Modes whose function runs without a triggering event (invoke makes the scheduled one).
const NO_EVENT_MODES = ['periodic', 'schedule'];

export default async function test(paths: string[], flags: Flags) {
  if (flags.record !== undefined) {
    if (flags.output) invalid('--output applies to running tests, not to --record');
    const { recordTest } = await import('../policy-test/record.js');
    return recordTest(flags.record, paths, flags);
  }
  for (const [key, flag] of RECORD_ONLY)
    if (flags[key] !== undefined) invalid(`${flag} applies to --record DIR only (recording a test)`);
  const { junit, rest } = outputFlag(flags.output);
  if (junit) await outputFileOrExit(junit, '--output junit');
  const found = await discover([...paths, ...rest].length ? [...paths, ...rest] : ['.']);
  const problems = [...found.problems];
  const files = new Map<string, PolicyFile>();
  const targets: Planned[] = [];
  for (const t of found.tests) {
    let file = files.get(t.policyFile);
    if (!file) {
      file = await readPolicyFile(t.policyFile);
      files.set(t.policyFile, file);
    }
    const read = await readTest(t.dir, t.policyFile, file.names);
    if (!read.test) {
      problems.push(...read.problems);
      continue;
    }
    const one = targetOf(read.test, file, problems);
    if (one) targets.push(one);
  }
  if (problems.length) {
    for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (problems.length > 1) process.stderr.write(`${problems.length} problems; nothing was run\n`);
    throw new Exit(EXIT_INVALID);
  }
  if (targets.length === 0)
    invalid(`no policy tests (<file>.tests/<name>/test.yml) below ${paths.join(' ') || '.'}`);

  const cli = process.argv[1] ?? '';
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const mark = (passed: boolean) =>
    colour ? (passed ? '\x1b[32mPASS\x1b[0m' : '\x1b[31mFAIL\x1b[0m') : passed ? 'PASS' : 'FAIL';
  const started = Date.now();
  // Tests run `jobs` at a time (each is its own process); results print in discovery order.
  const outcomes = await runPool(targets, {
    jobs: flags.jobs ?? availableParallelism(),
    run: ({ test, target, broken }) =>
      target
        ? runTest(target, cli)
        : Promise.resolve({ test, passed: false, failures: broken ?? [], durationMs: 0 }),
    groupOf: (t) => t.archive,
    onResult: (o) => {
      process.stdout.write(`${mark(o.passed)} ${o.test.name}  (${(o.durationMs / 1000).toFixed(2)}s)\n`);
      if (!o.passed) {
        process.stdout.write(
          `  ${o.test.dir}/test.yml${o.test.description ? `: ${o.test.description}` : ''}\n`,
        );
        for (const line of o.failures) process.stdout.write(`  ${line}\n`);
      }
    },
  });
  const failed = outcomes.filter((o) => !o.passed).length;
  const took = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${outcomes.length} test${outcomes.length === 1 ? '' : 's'}: ${outcomes.length - failed} passed, ${failed} failed (${took}s)\n`,
  );
  if (junit) await writeFileAtomic(junit, junitXml(outcomes));
  throw new Exit(failed ? EXIT_FAILURE : EXIT_OK);
}

function invalid(message: string): never {
  process.stderr.write(`c7n-ts: ${message}\n`);
  throw new Exit(EXIT_INVALID);
}

/**
 * `--output junit FILE`: commander collects the option's values variadically, so the file and
 * any paths after it land here.
 */
function outputFlag(values: string[] | undefined): { junit?: string; rest: string[] } {
  if (!values) return { rest: [] };
  const [format, file, ...rest] = values;
  if (format !== 'junit') invalid(`--output ${format}: the only format is junit (--output junit FILE)`);
  if (!file) invalid('--output junit needs the file to write: --output junit FILE');
  return { junit: file, rest };
}

interface PolicyFile {
  /** The names the file declares, read even when it does not validate. */
  names: string[];
  /** Each policy's `mode.type` as written (`pull` when absent). */
  modes: Map<string, string>;
  loaded: LoadedPolicy[];
  /** Validation errors: every test of the file fails with them. */
  errors: Diagnostic[];
}

async function readPolicyFile(path: string): Promise<PolicyFile> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const data = parseFile(path, text).data as { policies?: unknown } | undefined;
  const list = Array.isArray(data?.policies) ? (data.policies as Record<string, unknown>[]) : [];
  const names: string[] = [];
  const modes = new Map<string, string>();
  for (const p of list)
    if (p && typeof p.name === 'string') {
      names.push(p.name);
      const mode = p.mode as { type?: unknown } | undefined;
      modes.set(p.name, typeof mode?.type === 'string' ? mode.type : 'pull');
    }
  const loaded = await loadFiles([path], {});
  return {
    names,
    modes,
    loaded: loaded.policies,
    errors: loaded.diagnostics.filter((d) => d.severity === 'error'),
  };
}

interface Planned {
  test: PolicyTest;
  target?: TestTarget;
  /** Why the test fails without running. */
  broken?: string[];
  /**
   * For a Lambda-mode policy: tests with the same value (the file's policies on one resource
   * type, which usually make one archive, as a file's realtime and daily variants do) run after
   * the first of them, which bundles it.
   */
  archive?: string;
}

/** The run of a test; a test of a policy that does not validate fails with its diagnostics. */
function targetOf(test: PolicyTest, file: PolicyFile, problems: Diagnostic[]): Planned | undefined {
  const name = test.policy ?? '';
  const mode = file.modes.get(name) ?? 'pull';
  const at = { severity: 'error' as const, file: `${test.dir}/test.yml`, line: 0, col: 0 };
  if (test.event && mode === 'pull') {
    problems.push({
      ...at,
      messageId: 'invalid-test',
      message: `event: policy ${name} runs in pull mode, which takes no event`,
    });
    return undefined;
  }
  if (!test.event && mode !== 'pull' && !NO_EVENT_MODES.includes(mode)) {
    problems.push({
      ...at,
      messageId: 'invalid-test',
      message: `policy ${name} has mode ${mode}: give the triggering event with event: FILE`,
    });
    return undefined;
  }
  if (hasErrors(file.errors))
    return { test, broken: ['the policy file does not validate:', ...file.errors.map(formatDiagnostic)] };
  const policy = file.loaded.find((p) => p.name === name);
  const type = policy && getRegistry().resources.get(policy.resourceType);
  if (!policy || !type) return { test, broken: [`policy ${name} was not loaded`] };
  const lambda = mode !== 'pull';
  return {
    test,
    target: { test, policy: name, idField: type.id, lambda },
    archive: lambda ? `${test.policyFile}\0${policy.resourceType}` : undefined,
  };
}
