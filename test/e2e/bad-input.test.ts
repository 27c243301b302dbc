/**
 * Every command under wrong paths and broken files: exit 2 (or 1 for a run that started and
 * failed), one line naming the path or flag, and never a Node stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, cli, root, runCli } from './harness.js';

const demo = join(root, 'examples', 'demo-account');
const ebs = join(root, 'examples', 'ebs-unattached.yml');
const notifying = join(root, 'examples', 'ec2-notify-owners.yml');
const lambda = join(root, 'test', 'e2e', 'lambda');
const lambdaPolicies = join(lambda, 'policies.yml');

const tmp = () => mkdtempSync(join(tmpdir(), 'c7n-ts-bad-'));
const context = (r: CliResult) => `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

/** A file where a directory is expected. */
function aFile(): string {
  const f = join(tmp(), 'a-file');
  writeFileSync(f, 'not a directory\n');
  return f;
}

/** A directory this process cannot create or write to (root writes anywhere but /sys). */
function unwritable(): string {
  if (process.getuid?.() === 0) return '/sys/c7n-ts-out';
  const d = join(tmp(), 'read-only');
  mkdirSync(d);
  chmodSync(d, 0o555);
  return d;
}

/** Exit code, one line on stderr containing each of `names`, and no stack trace. */
function expectOneLine(r: CliResult, code: number, ...names: string[]) {
  expect(r.code, context(r)).toBe(code);
  expect(r.stderr, 'a stack trace').not.toMatch(/^\s+at /m);
  const lines = r.stderr.trim().split('\n');
  expect(lines, context(r)).toHaveLength(1);
  for (const n of names) expect(lines[0]).toContain(n);
}

describe('bad paths and files: one line, exit 2, no stack trace', () => {
  it('run -s naming a file', () => {
    const f = aFile();
    const r = runCli(['run', '-s', f, '--replay', demo, ebs]);
    expectOneLine(r, 2, `-s ${f}`, 'not a directory');
    expect(r.stdout).toBe('');
  });

  it('run -s naming a folder that cannot be written', () => {
    const d = unwritable();
    expectOneLine(runCli(['run', '-s', d, '--replay', demo, ebs]), 2, `-s ${d}`);
  });

  it.each([
    ['run', ['run', '-s', '{out}', ebs]],
    ['notify preview', ['notify', 'preview', notifying, '-s', '{out}']],
    ['remove', ['remove', lambdaPolicies]],
    ['prune', ['prune', lambdaPolicies]],
    ['deploy', ['deploy', '--dryrun', lambdaPolicies]],
  ])('%s --replay naming a folder that does not exist', (_name, args) => {
    const missing = join(tmp(), 'no-such-flight');
    const r = runCli([...args.map((a) => a.replace('{out}', join(tmp(), 'out'))), '--replay', missing]);
    expectOneLine(r, 2, `--replay ${missing}`, 'no such directory');
  });

  it.runIf(process.platform === 'linux')('run -s under /proc fails at once instead of hanging', () => {
    // Node's recursive mkdir retries forever there; runCli's 60 s timeout would end a hang as -1.
    const r = runCli(['run', '-s', '/proc/c7n-ts-out', '--replay', demo, ebs]);
    expectOneLine(r, 2, '-s /proc/c7n-ts-out', 'cannot create the directory');
  });

  it('--template-dir naming a folder that does not exist', () => {
    const r = runCli(['validate', '--template-dir', '/nonexistent-templates', ebs]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('--template-dir  /nonexistent-templates: no such directory');
  });

  it('permissions --deploy still checks the files it is given', () => {
    const r = runCli(['permissions', '--deploy', '/nonexistent.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/nonexistent.yml  no such file');
    expect(r.stdout).toBe('');
  });

  it('run --replay naming a file', () => {
    const f = aFile();
    expectOneLine(runCli(['run', '-s', join(tmp(), 'out'), '--replay', f, ebs]), 2, `--replay ${f}`);
  });

  it('run --flight-log inside a file', () => {
    const log = join(aFile(), 'log.json');
    expectOneLine(
      runCli(['run', '-s', join(tmp(), 'out'), '--replay', demo, '--flight-log', log, ebs]),
      2,
      `--flight-log ${log}`,
    );
  });

  it.each([
    ['before', ['--debug', 'validate']],
    ['after', ['validate', '--debug']],
  ])('--debug is accepted %s the command', (_where, args) => {
    const r = runCli([...args, ebs]);
    expect(r.code, context(r)).toBe(0);
  });

  it('notify preview -s naming a file', () => {
    const f = aFile();
    expectOneLine(runCli(['notify', 'preview', notifying, '--replay', demo, '-s', f]), 2, `-s ${f}`);
  });

  it('a replay file that is not valid JSON is named', () => {
    const flight = tmp();
    writeFileSync(join(flight, 'ec2.DescribeVolumes_1.json'), '{"status_code": 200, "data": {"Volumes": [}}');
    const r = runCli(['run', '-s', join(tmp(), 'out'), '--replay', flight, ebs]);
    expect(r.code, context(r)).toBe(1);
    expect(r.stdout).toContain(`${join(flight, 'ec2.DescribeVolumes_1.json')} is not valid JSON`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('report -s naming a folder that does not exist', () => {
    const missing = join(tmp(), 'never-run');
    expectOneLine(runCli(['report', '-s', missing, ebs]), 2, `-s ${missing}`, 'no such directory');
  });

  it.each([
    ['not JSON', '[{"VolumeId": "vol-1"},', 'not valid JSON'],
    ['not an array of resources', '{"VolumeId": "vol-1"}', 'expected a JSON array'],
  ])('report on a resources.json that is %s says it is malformed', (_what, text, why) => {
    const out = tmp();
    mkdirSync(join(out, 'ebs-unattached'));
    const file = join(out, 'ebs-unattached', 'resources.json');
    writeFileSync(file, text);
    expectOneLine(runCli(['report', '-s', out, ebs]), 2, file, 'malformed', why);
  });

  it('package -o where the file cannot be written', () => {
    const target = join(aFile(), 'fn.zip');
    const r = runCli(['package', lambdaPolicies, '-p', 'ec2-auto-tag-creator', '-o', target]);
    expectOneLine(r, 2, `-o ${target}`);
  });

  it.each([
    ['validate'],
    ['permissions'],
    ['run', '-s', 'out'],
    ['report', '-s', 'out'],
    ['notify', 'preview'],
  ])('%s on a policy file that does not exist', (...command) => {
    const missing = join(tmp(), 'no-such-policy.yml');
    const r = runCli([...command, missing]);
    expect(r.code, context(r)).toBe(2);
    // validate prints its diagnostics on stdout (its output); the others on stderr.
    expect(r.stdout + r.stderr).toContain(`${missing}  no such file`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('invoke -s naming a file', () => {
    const f = aFile();
    const r = runCli(['invoke', lambdaPolicies, '-p', 'ec2-untagged-report', '--replay', demo, '-s', f]);
    expectOneLine(r, 2, `-s ${f}`);
  });
});

describe('replay without --account-id', () => {
  it('run and notify preview use 123456789012 when the flight data has no STS answer', () => {
    const out = join(tmp(), 'out');
    const run = runCli(['run', '-s', out, '--replay', demo, '--dryrun', ebs]);
    expect(run.code, context(run)).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'ebs-unattached', 'metadata.json'), 'utf8'));
    expect(JSON.stringify(meta)).toContain('123456789012');
    const preview = runCli(['notify', 'preview', notifying, '--replay', demo, '-s', join(tmp(), 'p')]);
    expect(preview.code, context(preview)).toBe(0);
  });
});

describe('Cloud Custodian reflexes', () => {
  it('-d is --dryrun and -v prints the per-policy log lines on stderr', () => {
    const out = join(tmp(), 'out');
    const r = runCli(['run', '-s', out, '-d', '-v', '--replay', demo, ebs]);
    expect(r.code, context(r)).toBe(0);
    expect(readFileSync(join(out, 'ebs-unattached', 'plan.txt'), 'utf8')).toContain('delete');
    expect(r.stderr).toMatch(/INFO ebs-unattached: matched 2 ids=\["vol-/);
  });

  it('report --format grid is the table', () => {
    const out = join(tmp(), 'out');
    expect(runCli(['run', '-s', out, '-d', '--replay', demo, ebs]).code).toBe(0);
    const grid = runCli(['report', '-s', out, '--format', 'grid', ebs]);
    expect(grid.code, context(grid)).toBe(0);
    expect(grid.stdout).toBe(runCli(['report', '-s', out, ebs]).stdout);
    expect(grid.stdout).toContain('policy ebs-unattached (aws.ebs): 2 resources');
  });
});

// Each invoke bundles the handler with esbuild: a few seconds each.
describe('invoke with a CloudTrail record', { timeout: 120_000 }, () => {
  const envelope = JSON.parse(
    readFileSync(
      join(root, 'packages', 'aws', 'src', 'lambda', '__fixtures__', 'events', 'ec2-run-instances.json'),
      'utf8',
    ),
  ) as { detail: unknown };

  it('wraps a bare record (no EventBridge envelope) and says so', () => {
    const event = join(tmp(), 'record.json');
    writeFileSync(event, JSON.stringify(envelope.detail));
    const out = tmp();
    const r = runCli([
      'invoke',
      lambdaPolicies,
      '-p',
      'ec2-auto-tag-creator',
      '--replay',
      join(lambda, 'flight-ec2'),
      '-s',
      out,
      '--event',
      event,
    ]);
    expect(r.code, context(r)).toBe(0);
    expect(r.stderr).toContain('a CloudTrail record, not an EventBridge event');
    expect(r.stderr).toContain('invoke ec2-auto-tag-creator: ok');
    const log = JSON.parse(readFileSync(join(out, 'flight-log.json'), 'utf8')) as { operation: string }[];
    expect(log.map((c) => c.operation)).toEqual(['DescribeInstances', 'CreateTags']);
  });

  it('refuses an event that is no CloudTrail event at all', () => {
    const event = join(tmp(), 'event.json');
    writeFileSync(event, JSON.stringify({ Records: [] }));
    const r = runCli([
      'invoke',
      lambdaPolicies,
      '-p',
      'ec2-auto-tag-creator',
      '--replay',
      join(lambda, 'flight-ec2'),
      '--event',
      event,
    ]);
    expectOneLine(r, 2, `--event ${event}`);
  });
});

describe('a reader that stops early', () => {
  it('`c7n-ts schema aws.ec2 | true` (a pipe closed before the first write) ends without a stack trace', () => {
    // `true` exits at once, long before node has started: every write meets a closed pipe.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" schema aws.ec2 | true`], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
